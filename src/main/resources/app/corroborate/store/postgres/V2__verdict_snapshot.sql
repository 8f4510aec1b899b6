-- Schema version 2: what the editor saw when setting a verdict (as sqlite/V2__verdict_snapshot.sql).
CREATE TABLE verdict_snapshot (
    target_kind TEXT COLLATE "C" NOT NULL CHECK (target_kind IN ('flag', 'claim')),
    target_id TEXT COLLATE "C" NOT NULL,
    kind TEXT NOT NULL,
    severity TEXT,
    explanation TEXT,
    text TEXT,
    passages TEXT NOT NULL,
    app_version TEXT NOT NULL,
    taken TEXT NOT NULL,
    PRIMARY KEY (target_kind, target_id)
);
