"""Stage 3, resolve: which printed names are the same Person, Office, District or Event.

`resolve(records, store)` reads what it needs from the store (`Stored`) and returns a
complete `Resolution` (persons, reporters, offices, places, events, source scopes and the
decisions behind merges), which `kg.graph.build` turns into nodes and relationships.

Modules: `refs` (keys of places and offices), `sources` (pages of one paper), `resolution`
(persons and events), `decisions` (what is decided and what is read from the store),
`merges` (the decisions rebuilt from a store for `kg merges`). May import: kg.model,
kg.ids, kg.extract (name parsing), kg.errors.
"""

from kg.resolve.decisions import Decision, Known, KnownEvent, KnownPerson, Stored
from kg.resolve.refs import DistrictRef, OfficeRef, office_ref, place_ref, source_scope
from kg.resolve.resolution import EventRef, PersonRef, Resolution, people_of, resolve

__all__ = ["Decision", "DistrictRef", "EventRef", "Known", "KnownEvent", "KnownPerson", "OfficeRef",
           "PersonRef", "Resolution", "Stored", "office_ref", "people_of", "place_ref", "resolve",
           "source_scope"]
