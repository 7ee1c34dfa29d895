CREATE TABLE `outcome_events` (
	`id` text PRIMARY KEY NOT NULL,
	`region_organization_id` text NOT NULL,
	`embed_id` text DEFAULT '' NOT NULL,
	`quarter` text NOT NULL,
	`kind` text NOT NULL,
	`n` integer DEFAULT 1 NOT NULL,
	`adults` integer DEFAULT 0 NOT NULL,
	`children` integer DEFAULT 0 NOT NULL,
	`from_outside` integer,
	`cell_key` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `outcome_events_region_idx` ON `outcome_events` (`region_organization_id`,`quarter`);--> statement-breakpoint
-- Backfill (hand-written): the outcomes the dashboard counted from the pipeline until now, as events, so nothing shown before is lost (worker/demand/outcome-events.ts writes them from now on). Move-ins in the quarter of the request's last change, visits and verdicts in the quarter of the first day, initiatives in the quarter they were created, buildings in the quarter they were taken on.
INSERT INTO `outcome_events` (id, region_organization_id, embed_id, quarter, kind, n, adults, children, from_outside, cell_key)
SELECT lower(hex(randomblob(16))), o.id, coalesce(c.embed_id, ''), strftime('%Y', c.updated_at / 1000, 'unixepoch') || '-Q' || ((CAST(strftime('%m', c.updated_at / 1000, 'unixepoch') AS INTEGER) + 2) / 3), 'moved_in', 1,
  CAST(coalesce(json_extract(c.snapshot, '$.household.adults'), CASE WHEN json_extract(c.snapshot, '$.household.seekerType') = 'group' THEN 0 ELSE 1 END) AS INTEGER),
  CAST(coalesce(json_extract(c.snapshot, '$.household.children'), 0) AS INTEGER),
  CASE WHEN c.origin_district_key IS NULL THEN NULL WHEN c.origin_district_key IN (SELECT value FROM json_each(o.region_district_keys)) THEN 0 ELSE 1 END,
  (max(instr('0123456789abcdef', lower(substr(c.id, -2, 1))) - 1, 0) * 16 + max(instr('0123456789abcdef', lower(substr(c.id, -1))) - 1, 0))
FROM contact_requests c JOIN listings l ON l.id = c.listing_id JOIN organizations o ON o.kind = 'municipality' AND (l.district_key IN (SELECT value FROM json_each(o.region_district_keys)) OR l.postcode IN (SELECT value FROM json_each(o.region_postcodes)))
WHERE c.status = 'moved_in';
--> statement-breakpoint
INSERT INTO `outcome_events` (id, region_organization_id, embed_id, quarter, kind, n, adults, children, from_outside, cell_key)
SELECT lower(hex(randomblob(16))), o.id, coalesce(c.embed_id, ''), substr(v.starts_on, 1, 4) || '-Q' || ((CAST(substr(v.starts_on, 6, 2) AS INTEGER) + 2) / 3), CASE v.kind WHEN 'trial' THEN 'trial_stay' ELSE 'visit' END, 1, 0, 0, NULL, (max(instr('0123456789abcdef', lower(substr(v.id, -2, 1))) - 1, 0) * 16 + max(instr('0123456789abcdef', lower(substr(v.id, -1))) - 1, 0))
FROM visits v JOIN contact_requests c ON c.id = v.contact_request_id JOIN listings l ON l.id = c.listing_id JOIN organizations o ON o.kind = 'municipality' AND (l.district_key IN (SELECT value FROM json_each(o.region_district_keys)) OR l.postcode IN (SELECT value FROM json_each(o.region_postcodes)))
WHERE v.state = 'accepted';
--> statement-breakpoint
INSERT INTO `outcome_events` (id, region_organization_id, embed_id, quarter, kind, n, adults, children, from_outside, cell_key)
SELECT lower(hex(randomblob(16))), o.id, coalesce(c.embed_id, ''), substr(v.starts_on, 1, 4) || '-Q' || ((CAST(substr(v.starts_on, 6, 2) AS INTEGER) + 2) / 3), CASE v.seeker_outcome WHEN 'fits' THEN 'trial_fit' ELSE 'trial_does_not_fit' END, 1, 0, 0, NULL, (max(instr('0123456789abcdef', lower(substr(v.id, -2, 1))) - 1, 0) * 16 + max(instr('0123456789abcdef', lower(substr(v.id, -1))) - 1, 0))
FROM visits v JOIN contact_requests c ON c.id = v.contact_request_id JOIN listings l ON l.id = c.listing_id JOIN organizations o ON o.kind = 'municipality' AND (l.district_key IN (SELECT value FROM json_each(o.region_district_keys)) OR l.postcode IN (SELECT value FROM json_each(o.region_postcodes)))
WHERE v.state = 'accepted' AND v.kind = 'trial' AND v.seeker_outcome IS NOT NULL;
--> statement-breakpoint
INSERT INTO `outcome_events` (id, region_organization_id, embed_id, quarter, kind, n, adults, children, from_outside, cell_key)
SELECT lower(hex(randomblob(16))), i.region_organization_id, coalesce(i.embed_id, ''), strftime('%Y', i.created_at / 1000, 'unixepoch') || '-Q' || ((CAST(strftime('%m', i.created_at / 1000, 'unixepoch') AS INTEGER) + 2) / 3), 'initiative_formed', 1, CAST(coalesce(json_extract(i.households, '$.adults'), 0) AS INTEGER), CAST(coalesce(json_extract(i.households, '$.children'), 0) AS INTEGER), NULL, (max(instr('0123456789abcdef', lower(substr(i.id, -2, 1))) - 1, 0) * 16 + max(instr('0123456789abcdef', lower(substr(i.id, -1))) - 1, 0))
FROM initiatives i WHERE i.state IN ('open', 'closed');
--> statement-breakpoint
INSERT INTO `outcome_events` (id, region_organization_id, embed_id, quarter, kind, n, adults, children, from_outside, cell_key)
SELECT lower(hex(randomblob(16))), o.id, coalesce(i.embed_id, ''), strftime('%Y', p.taken_on_at / 1000, 'unixepoch') || '-Q' || ((CAST(strftime('%m', p.taken_on_at / 1000, 'unixepoch') AS INTEGER) + 2) / 3), 'building_taken_on', 1, CAST(coalesce(json_extract(i.households, '$.adults'), 0) AS INTEGER), CAST(coalesce(json_extract(i.households, '$.children'), 0) AS INTEGER), NULL, (max(instr('0123456789abcdef', lower(substr(i.id, -2, 1))) - 1, 0) * 16 + max(instr('0123456789abcdef', lower(substr(i.id, -1))) - 1, 0))
FROM initiative_property_interests p JOIN initiatives i ON i.id = p.initiative_id JOIN listings l ON l.id = p.listing_id JOIN organizations o ON o.kind = 'municipality' AND (l.district_key IN (SELECT value FROM json_each(o.region_district_keys)) OR l.postcode IN (SELECT value FROM json_each(o.region_postcodes)))
WHERE p.taken_on_at IS NOT NULL;
