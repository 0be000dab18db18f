"""The PostgreSQL backend's schema, as numbered SQL migrations (`NNNN_name.sql`).

`handoff.backends.postgres` applies each missing one inside the store's own schema, in
one transaction together with its row in `migrations` (PostgreSQL's DDL is
transactional), under a transaction-scoped advisory lock so two clients opening a new
store at once apply it once. A released migration is never edited: a change is a new file.
Each file is sent whole (the simple query protocol runs several statements), inside the
migration's transaction.
"""
