-- Schema version 2: what the editor saw when setting a verdict (kept when rules change or a source is re-imported).
-- Verdicts set before version 2 have no snapshot; a summary then uses the current analysis and says so.
CREATE TABLE verdict_snapshot (
    target_kind TEXT NOT NULL CHECK (target_kind IN ('flag', 'claim')),
    target_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    severity TEXT,
    explanation TEXT,
    text TEXT,
    -- JSON list of passages: source id, label, role, raw sha256, start, end, exact, prefix, suffix
    passages TEXT NOT NULL,
    app_version TEXT NOT NULL,
    taken TEXT NOT NULL,
    PRIMARY KEY (target_kind, target_id)
);
