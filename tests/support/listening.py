"""Which local addresses a TCP port listens on (scripts/neo4j must serve loopback only)."""

from __future__ import annotations

import os
import socket


def listen_addresses(port: int) -> set[str]:
    """Local addresses of the TCP sockets listening on `port`, read from /proc/net/tcp{,6}."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not os.path.exists(table):
            continue
        with open(table) as lines:
            next(lines)
            for line in lines:
                local, state = line.split()[1], line.split()[3]
                address, port_hex = local.split(":")
                if state == "0A" and int(port_hex, 16) == port:
                    raw = bytes.fromhex(address)
                    # /proc prints each 32-bit word in host (little-endian) order
                    raw = b"".join(raw[i : i + 4][::-1] for i in range(0, len(raw), 4))
                    family = socket.AF_INET if len(raw) == 4 else socket.AF_INET6
                    found.add(socket.inet_ntop(family, raw))
    return found


def is_loopback(address: str) -> bool:
    return address in {"127.0.0.1", "::1", "::ffff:127.0.0.1"}
