-- Schema version 3: sources removed by the editor stay in the case (with their bytes) and can be restored;
-- sources fetched from the web keep the address asked for, the address after redirects and when it was fetched;
-- an annotation the editor withdrew (an undone annotation) stays in the case and its audit log.
ALTER TABLE source ADD COLUMN removed TEXT;
ALTER TABLE source ADD COLUMN address TEXT;
ALTER TABLE source ADD COLUMN final_address TEXT;
ALTER TABLE source ADD COLUMN retrieved TEXT;
ALTER TABLE annotation ADD COLUMN withdrawn TEXT;
