-- Schema version 3: removed sources, web provenance, withdrawn annotations (as sqlite/V3__removal_and_web_addresses.sql).
ALTER TABLE source ADD COLUMN removed TEXT;
ALTER TABLE source ADD COLUMN address TEXT;
ALTER TABLE source ADD COLUMN final_address TEXT;
ALTER TABLE source ADD COLUMN retrieved TEXT;
ALTER TABLE annotation ADD COLUMN withdrawn TEXT;
