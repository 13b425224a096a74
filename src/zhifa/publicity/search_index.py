"""The full-text index over ``Publication.search_tokens``, one per database (house style: Chinese search).

* SQLite: an FTS5 table with external content (``publicity_publication_fts``), kept in step by triggers, so
  bulk writes (the demo, the benchmark) are indexed too. Tokens are already split (``domain.tokens``), so the
  ``unicode61`` tokenizer only splits on the spaces between them.
* PostgreSQL: a stored generated ``tsvector`` column (``search_vector``, 'simple' configuration: no stemming,
  no stop words) with a GIN index; a 2-character word is one lexeme, a phrase uses ``<->``.
* Organisation names are searched by prefix: on PostgreSQL a ``varchar_pattern_ops`` index serves
  ``LIKE '…%'`` in any collation; on SQLite (whose LIKE ignores case and cannot use an index) the selector adds
  a range on the plain index ``publication_org_party``.

Used by migration 0002 (the schema Django does not model) and by the benchmark.
"""

SQLITE = [
    "CREATE VIRTUAL TABLE publicity_publication_fts USING fts5("
    "search_tokens, content='publicity_publication', content_rowid='id', tokenize='unicode61')",
    "CREATE TRIGGER publicity_publication_ai AFTER INSERT ON publicity_publication BEGIN "
    "INSERT INTO publicity_publication_fts(rowid, search_tokens) VALUES (new.id, new.search_tokens); END",
    "CREATE TRIGGER publicity_publication_ad AFTER DELETE ON publicity_publication BEGIN "
    "INSERT INTO publicity_publication_fts(publicity_publication_fts, rowid, search_tokens) "
    "VALUES ('delete', old.id, old.search_tokens); END",
    "CREATE TRIGGER publicity_publication_au AFTER UPDATE OF search_tokens ON publicity_publication BEGIN "
    "INSERT INTO publicity_publication_fts(publicity_publication_fts, rowid, search_tokens) "
    "VALUES ('delete', old.id, old.search_tokens); "
    "INSERT INTO publicity_publication_fts(rowid, search_tokens) VALUES (new.id, new.search_tokens); END",
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS publicity_publication_au",
    "DROP TRIGGER IF EXISTS publicity_publication_ad",
    "DROP TRIGGER IF EXISTS publicity_publication_ai",
    "DROP TABLE IF EXISTS publicity_publication_fts",
]
POSTGRESQL = [
    "ALTER TABLE publicity_publication ADD COLUMN search_vector tsvector "
    "GENERATED ALWAYS AS (to_tsvector('simple', search_tokens)) STORED",
    "CREATE INDEX publicity_publication_search ON publicity_publication USING gin (search_vector)",
    # Statistics on the 10,000 commonest bigrams, not 1,000: a rare word must be estimated as rare, or the
    # planner walks the date index through millions of rows (measured by the benchmark).
    "ALTER TABLE publicity_publication ALTER COLUMN search_vector SET STATISTICS 1000",
    "CREATE INDEX publicity_publication_party ON publicity_publication (party_name varchar_pattern_ops) "
    "WHERE party_is_org",
]
POSTGRESQL_DROP = [
    "DROP INDEX IF EXISTS publicity_publication_party",
    "DROP INDEX IF EXISTS publicity_publication_search",
    "ALTER TABLE publicity_publication DROP COLUMN IF EXISTS search_vector",
]


def _run(schema_editor, statements: dict[str, list[str]]) -> None:
    for sql in statements.get(schema_editor.connection.vendor, []):
        schema_editor.execute(sql)


def create(apps, schema_editor) -> None:
    _run(schema_editor, {"sqlite": SQLITE, "postgresql": POSTGRESQL})


def drop(apps, schema_editor) -> None:
    _run(schema_editor, {"sqlite": SQLITE_DROP, "postgresql": POSTGRESQL_DROP})
