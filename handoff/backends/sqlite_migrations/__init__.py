"""The SQLite backend's schema, as numbered SQL migrations (`NNNN_name.sql`).

`handoff.backends.sqlite` reads these files as package data, applies each missing one in
its own transaction together with its row in `migrations`, and refuses a registry with a
duplicate or missing number. A released migration is never edited: a change is a new file.
"""
