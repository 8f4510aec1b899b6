-- Schema version 1 of a Corroborate case file.
CREATE TABLE case_info (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    title TEXT NOT NULL,
    created TEXT NOT NULL,
    editor TEXT NOT NULL
);

CREATE TABLE source (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    is_base INTEGER NOT NULL DEFAULT 0,
    file_name TEXT NOT NULL,
    path TEXT NOT NULL,
    raw BLOB NOT NULL,
    sha256 TEXT NOT NULL,
    format TEXT NOT NULL,
    encoding TEXT NOT NULL,
    title TEXT,
    outlet TEXT,
    published TEXT,
    byline TEXT,
    imported TEXT NOT NULL,
    text TEXT NOT NULL,
    text_sha256 TEXT NOT NULL
);

-- Earlier versions of a source replaced by a re-import: nothing the editor brought in is ever lost.
CREATE TABLE source_history (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    source_id TEXT NOT NULL REFERENCES source(id),
    file_name TEXT NOT NULL,
    raw BLOB NOT NULL,
    sha256 TEXT NOT NULL,
    text TEXT NOT NULL,
    imported TEXT NOT NULL,
    replaced TEXT NOT NULL
);

-- The editor's decisions on page furniture: a span included again (excluded = 0) or excluded (excluded = 1).
CREATE TABLE furniture_override (
    source_id TEXT NOT NULL REFERENCES source(id),
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    excluded INTEGER NOT NULL,
    reason TEXT,
    PRIMARY KEY (source_id, start, end)
);

CREATE TABLE verdict (
    target_kind TEXT NOT NULL CHECK (target_kind IN ('flag', 'claim')),
    target_id TEXT NOT NULL,
    verdict TEXT NOT NULL CHECK (verdict IN ('unreviewed', 'verified', 'disputed', 'false', 'unverifiable')),
    note TEXT,
    evidence TEXT,
    author TEXT NOT NULL,
    updated TEXT NOT NULL,
    PRIMARY KEY (target_kind, target_id)
);

CREATE TABLE annotation (
    id TEXT PRIMARY KEY,
    source_id TEXT NOT NULL REFERENCES source(id),
    exact TEXT NOT NULL,
    prefix TEXT NOT NULL,
    suffix TEXT NOT NULL,
    start INTEGER,
    end INTEGER,
    text_sha256 TEXT NOT NULL,
    note TEXT,
    verdict TEXT NOT NULL CHECK (verdict IN ('unreviewed', 'verified', 'disputed', 'false', 'unverifiable')),
    tags TEXT NOT NULL DEFAULT '',
    orphaned INTEGER NOT NULL DEFAULT 0,
    author TEXT NOT NULL,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE INDEX annotation_by_source ON annotation(source_id);

-- Append-only: every verdict and note change, who made it and when.
CREATE TABLE audit (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    author TEXT NOT NULL,
    target_kind TEXT NOT NULL,
    target_id TEXT NOT NULL,
    field TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT
);
CREATE TRIGGER audit_is_append_only_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_is_append_only_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
