-- Schema version 4: every verdict (with its note and evidence) and every annotation carries a version counting its
-- changes, so that a change made against an older version is refused as a conflict instead of overwriting it.
ALTER TABLE verdict ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE annotation ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
