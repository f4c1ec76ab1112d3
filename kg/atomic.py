"""Files that appear whole or not at all: every file kg writes (exports, the embedded store,
the neo4j-admin CSV files) is written to a temporary file in the same folder, flushed to
disk (fsync) and renamed over its name. A failure at any point (a full disk, `ulimit -f`,
an error while rendering) removes the temporary file and leaves whatever was there before
untouched; a process killed mid-write leaves only a `.<name>.*.tmp` file beside it.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


def _default_mode(path: Path) -> int:
    """The mode the replaced file had, else what a plain open() would give (0666 & ~umask)."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


@contextmanager
def atomic_open(path: str | os.PathLike, mode: str = "w", *, encoding: str | None = "utf-8",
                newline: str | None = None, prefix: str | None = None, private: bool = False
                ) -> Iterator[IO]:
    """Open a temporary file next to `path` for writing; when the block ends without an
    error it is fsynced and renamed to `path` (and the folder fsynced); on any error it is
    removed and `path` is as it was. `private`: mode 600, else the mode `path` had (or the
    umask's). `prefix`: of the temporary file's name (default `.<name>.`)."""
    path = Path(path)
    binary = "b" in mode
    fd, tmp = tempfile.mkstemp(prefix=prefix if prefix is not None else f".{path.name}.", suffix=".tmp",
                               dir=path.parent)
    try:
        if not private:
            os.fchmod(fd, _default_mode(path))
        with os.fdopen(fd, "wb" if binary else "w", **({} if binary else {"encoding": encoding,
                                                                           "newline": newline})) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def write_atomic(path: str | os.PathLike, data: str | bytes, **kwargs) -> None:
    """Write `data` to `path` whole or not at all (see `atomic_open`)."""
    with atomic_open(path, "wb" if isinstance(data, bytes) else "w", **kwargs) as f:
        f.write(data)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
