CREATE TABLE `demand_weekly` (
	`region_organization_id` text NOT NULL,
	`iso_week` text NOT NULL,
	`embed_id` text NOT NULL,
	`dimension` text NOT NULL,
	`key` text NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`region_organization_id`, `iso_week`, `embed_id`, `dimension`, `key`)
) WITHOUT ROWID;
--> statement-breakpoint
-- Hand-written below (drizzle-kit knows tables, not triggers): keep demand_weekly exact for every
-- writer of demand_records. Each record adds 1 to one cell per dimension value (the (dimension, key)
-- pairs below) in each of its three periods (week, 4-week block, 16-week block); the same pairs are
-- used for insert, delete and update, so the table is always the GROUP BY of the records. Lists
-- count a value once per record (DISTINCT), as the dashboard did; 'fit' has one row per legal form
-- the record names, or one with '' when it names none. Backfill first, then the triggers.
INSERT INTO demand_weekly (region_organization_id, iso_week, embed_id, dimension, key, n)
  SELECT x.region_organization_id, t.value, coalesce(x.embed_id, ''), x.d, x.k, count(*) FROM (
    SELECT r.id, r.region_organization_id, r.iso_week, r.embed_id, json_extract(p.value, '$[0]') AS d, json_extract(p.value, '$[1]') AS k FROM demand_records r, json_each(json_array(
        json_array('week', r.iso_week),
        json_array('size', r.size_band),
        json_array('timeline', r.timeline),
        json_array('origin', coalesce(r.origin_district_key, '')),
        json_array('household', r.household_type),
        json_array('budget', r.budget_band),
        json_array('equity', r.equity_band),
        json_array('barrier_free', CASE WHEN r.barrier_free_need = 1 THEN 'yes' ELSE 'no' END),
        json_array('unmet', CASE WHEN r.any_match IS NOT 1 THEN json_array(r.household_type, r.budget_band) END))) p WHERE k IS NOT NULL
    UNION ALL SELECT DISTINCT r.id, r.region_organization_id, r.iso_week, r.embed_id, 'fit', json_array(r.seeker_type, r.household_type, f.value, r.equity_band, r.budget_band, CASE WHEN r.barrier_free_need = 1 THEN 1 ELSE 0 END) FROM demand_records r, json_each(CASE WHEN json_array_length(r.legal_forms) = 0 THEN '[""]' ELSE r.legal_forms END) f
    UNION ALL SELECT DISTINCT r.id, r.region_organization_id, r.iso_week, r.embed_id, 'age', j.value FROM demand_records r, json_each(r.age_bands) j
    UNION ALL SELECT DISTINCT r.id, r.region_organization_id, r.iso_week, r.embed_id, 'priority', j.value FROM demand_records r, json_each(r.priorities) j
  ) x, json_each(json_array(x.iso_week, 'M' || printf('%06d', CAST((julianday(substr(x.iso_week, 1, 4) || '-01-04') - ((CAST(strftime('%w', substr(x.iso_week, 1, 4) || '-01-04') AS INTEGER) + 6) % 7) + (CAST(substr(x.iso_week, 7, 2) AS INTEGER) - 1) * 7 - julianday('1970-01-05')) / 7 AS INTEGER) / 4), 'Q' || printf('%06d', CAST((julianday(substr(x.iso_week, 1, 4) || '-01-04') - ((CAST(strftime('%w', substr(x.iso_week, 1, 4) || '-01-04') AS INTEGER) + 6) % 7) + (CAST(substr(x.iso_week, 7, 2) AS INTEGER) - 1) * 7 - julianday('1970-01-05')) / 7 AS INTEGER) / 16))) t GROUP BY 1, 2, 3, 4, 5;
--> statement-breakpoint
CREATE TRIGGER demand_weekly_on_insert AFTER INSERT ON demand_records BEGIN
  INSERT INTO demand_weekly (region_organization_id, iso_week, embed_id, dimension, key, n)
    SELECT NEW.region_organization_id, t.value, coalesce(NEW.embed_id, ''), d, k, 1 FROM (
      SELECT json_extract(p.value, '$[0]') AS d, json_extract(p.value, '$[1]') AS k FROM json_each(json_array(
        json_array('week', NEW.iso_week),
        json_array('size', NEW.size_band),
        json_array('timeline', NEW.timeline),
        json_array('origin', coalesce(NEW.origin_district_key, '')),
        json_array('household', NEW.household_type),
        json_array('budget', NEW.budget_band),
        json_array('equity', NEW.equity_band),
        json_array('barrier_free', CASE WHEN NEW.barrier_free_need = 1 THEN 'yes' ELSE 'no' END),
        json_array('unmet', CASE WHEN NEW.any_match IS NOT 1 THEN json_array(NEW.household_type, NEW.budget_band) END))) p WHERE k IS NOT NULL
      UNION ALL SELECT DISTINCT 'fit', json_array(NEW.seeker_type, NEW.household_type, f.value, NEW.equity_band, NEW.budget_band, CASE WHEN NEW.barrier_free_need = 1 THEN 1 ELSE 0 END) FROM json_each(CASE WHEN json_array_length(NEW.legal_forms) = 0 THEN '[""]' ELSE NEW.legal_forms END) f
      UNION ALL SELECT DISTINCT 'age', value FROM json_each(NEW.age_bands)
      UNION ALL SELECT DISTINCT 'priority', value FROM json_each(NEW.priorities)
    ), json_each(json_array(NEW.iso_week, 'M' || printf('%06d', CAST((julianday(substr(NEW.iso_week, 1, 4) || '-01-04') - ((CAST(strftime('%w', substr(NEW.iso_week, 1, 4) || '-01-04') AS INTEGER) + 6) % 7) + (CAST(substr(NEW.iso_week, 7, 2) AS INTEGER) - 1) * 7 - julianday('1970-01-05')) / 7 AS INTEGER) / 4), 'Q' || printf('%06d', CAST((julianday(substr(NEW.iso_week, 1, 4) || '-01-04') - ((CAST(strftime('%w', substr(NEW.iso_week, 1, 4) || '-01-04') AS INTEGER) + 6) % 7) + (CAST(substr(NEW.iso_week, 7, 2) AS INTEGER) - 1) * 7 - julianday('1970-01-05')) / 7 AS INTEGER) / 16))) t WHERE true
    ON CONFLICT DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER demand_weekly_on_delete AFTER DELETE ON demand_records BEGIN
  UPDATE demand_weekly SET n = n - 1 WHERE region_organization_id = OLD.region_organization_id AND embed_id = coalesce(OLD.embed_id, '') AND iso_week IN (SELECT value FROM json_each(json_array(OLD.iso_week, 'M' || printf('%06d', CAST((julianday(substr(OLD.iso_week, 1, 4) || '-01-04') - ((CAST(strftime('%w', substr(OLD.iso_week, 1, 4) || '-01-04') AS INTEGER) + 6) % 7) + (CAST(substr(OLD.iso_week, 7, 2) AS INTEGER) - 1) * 7 - julianday('1970-01-05')) / 7 AS INTEGER) / 4), 'Q' || printf('%06d', CAST((julianday(substr(OLD.iso_week, 1, 4) || '-01-04') - ((CAST(strftime('%w', substr(OLD.iso_week, 1, 4) || '-01-04') AS INTEGER) + 6) % 7) + (CAST(substr(OLD.iso_week, 7, 2) AS INTEGER) - 1) * 7 - julianday('1970-01-05')) / 7 AS INTEGER) / 16)))) AND (dimension, key) IN (
      SELECT json_extract(p.value, '$[0]') AS d, json_extract(p.value, '$[1]') AS k FROM json_each(json_array(
        json_array('week', OLD.iso_week),
        json_array('size', OLD.size_band),
        json_array('timeline', OLD.timeline),
        json_array('origin', coalesce(OLD.origin_district_key, '')),
        json_array('household', OLD.household_type),
        json_array('budget', OLD.budget_band),
        json_array('equity', OLD.equity_band),
        json_array('barrier_free', CASE WHEN OLD.barrier_free_need = 1 THEN 'yes' ELSE 'no' END),
        json_array('unmet', CASE WHEN OLD.any_match IS NOT 1 THEN json_array(OLD.household_type, OLD.budget_band) END))) p WHERE k IS NOT NULL
      UNION ALL SELECT DISTINCT 'fit', json_array(OLD.seeker_type, OLD.household_type, f.value, OLD.equity_band, OLD.budget_band, CASE WHEN OLD.barrier_free_need = 1 THEN 1 ELSE 0 END) FROM json_each(CASE WHEN json_array_length(OLD.legal_forms) = 0 THEN '[""]' ELSE OLD.legal_forms END) f
      UNION ALL SELECT DISTINCT 'age', value FROM json_each(OLD.age_bands)
      UNION ALL SELECT DISTINCT 'priority', value FROM json_each(OLD.priorities)
    );
  DELETE FROM demand_weekly WHERE region_organization_id = OLD.region_organization_id AND embed_id = coalesce(OLD.embed_id, '') AND iso_week IN (SELECT value FROM json_each(json_array(OLD.iso_week, 'M' || printf('%06d', CAST((julianday(substr(OLD.iso_week, 1, 4) || '-01-04') - ((CAST(strftime('%w', substr(OLD.iso_week, 1, 4) || '-01-04') AS INTEGER) + 6) % 7) + (CAST(substr(OLD.iso_week, 7, 2) AS INTEGER) - 1) * 7 - julianday('1970-01-05')) / 7 AS INTEGER) / 4), 'Q' || printf('%06d', CAST((julianday(substr(OLD.iso_week, 1, 4) || '-01-04') - ((CAST(strftime('%w', substr(OLD.iso_week, 1, 4) || '-01-04') AS INTEGER) + 6) % 7) + (CAST(substr(OLD.iso_week, 7, 2) AS INTEGER) - 1) * 7 - julianday('1970-01-05')) / 7 AS INTEGER) / 16)))) AND n <= 0 AND (dimension, key) IN (
      SELECT json_extract(p.value, '$[0]') AS d, json_extract(p.value, '$[1]') AS k FROM json_each(json_array(
        json_array('week', OLD.iso_week),
        json_array('size', OLD.size_band),
        json_array('timeline', OLD.timeline),
        json_array('origin', coalesce(OLD.origin_district_key, '')),
        json_array('household', OLD.household_type),
        json_array('budget', OLD.budget_band),
        json_array('equity', OLD.equity_band),
        json_array('barrier_free', CASE WHEN OLD.barrier_free_need = 1 THEN 'yes' ELSE 'no' END),
        json_array('unmet', CASE WHEN OLD.any_match IS NOT 1 THEN json_array(OLD.household_type, OLD.budget_band) END))) p WHERE k IS NOT NULL
      UNION ALL SELECT DISTINCT 'fit', json_array(OLD.seeker_type, OLD.household_type, f.value, OLD.equity_band, OLD.budget_band, CASE WHEN OLD.barrier_free_need = 1 THEN 1 ELSE 0 END) FROM json_each(CASE WHEN json_array_length(OLD.legal_forms) = 0 THEN '[""]' ELSE OLD.legal_forms END) f
      UNION ALL SELECT DISTINCT 'age', value FROM json_each(OLD.age_bands)
      UNION ALL SELECT DISTINCT 'priority', value FROM json_each(OLD.priorities)
    );
END;
--> statement-breakpoint
CREATE TRIGGER demand_weekly_on_update AFTER UPDATE ON demand_records BEGIN
  UPDATE demand_weekly SET n = n - 1 WHERE region_organization_id = OLD.region_organization_id AND embed_id = coalesce(OLD.embed_id, '') AND iso_week IN (SELECT value FROM json_each(json_array(OLD.iso_week, 'M' || printf('%06d', CAST((julianday(substr(OLD.iso_week, 1, 4) || '-01-04') - ((CAST(strftime('%w', substr(OLD.iso_week, 1, 4) || '-01-04') AS INTEGER) + 6) % 7) + (CAST(substr(OLD.iso_week, 7, 2) AS INTEGER) - 1) * 7 - julianday('1970-01-05')) / 7 AS INTEGER) / 4), 'Q' || printf('%06d', CAST((julianday(substr(OLD.iso_week, 1, 4) || '-01-04') - ((CAST(strftime('%w', substr(OLD.iso_week, 1, 4) || '-01-04') AS INTEGER) + 6) % 7) + (CAST(substr(OLD.iso_week, 7, 2) AS INTEGER) - 1) * 7 - julianday('1970-01-05')) / 7 AS INTEGER) / 16)))) AND (dimension, key) IN (
      SELECT json_extract(p.value, '$[0]') AS d, json_extract(p.value, '$[1]') AS k FROM json_each(json_array(
        json_array('week', OLD.iso_week),
        json_array('size', OLD.size_band),
        json_array('timeline', OLD.timeline),
        json_array('origin', coalesce(OLD.origin_district_key, '')),
        json_array('household', OLD.household_type),
        json_array('budget', OLD.budget_band),
        json_array('equity', OLD.equity_band),
        json_array('barrier_free', CASE WHEN OLD.barrier_free_need = 1 THEN 'yes' ELSE 'no' END),
        json_array('unmet', CASE WHEN OLD.any_match IS NOT 1 THEN json_array(OLD.household_type, OLD.budget_band) END))) p WHERE k IS NOT NULL
      UNION ALL SELECT DISTINCT 'fit', json_array(OLD.seeker_type, OLD.household_type, f.value, OLD.equity_band, OLD.budget_band, CASE WHEN OLD.barrier_free_need = 1 THEN 1 ELSE 0 END) FROM json_each(CASE WHEN json_array_length(OLD.legal_forms) = 0 THEN '[""]' ELSE OLD.legal_forms END) f
      UNION ALL SELECT DISTINCT 'age', value FROM json_each(OLD.age_bands)
      UNION ALL SELECT DISTINCT 'priority', value FROM json_each(OLD.priorities)
    );
  DELETE FROM demand_weekly WHERE region_organization_id = OLD.region_organization_id AND embed_id = coalesce(OLD.embed_id, '') AND iso_week IN (SELECT value FROM json_each(json_array(OLD.iso_week, 'M' || printf('%06d', CAST((julianday(substr(OLD.iso_week, 1, 4) || '-01-04') - ((CAST(strftime('%w', substr(OLD.iso_week, 1, 4) || '-01-04') AS INTEGER) + 6) % 7) + (CAST(substr(OLD.iso_week, 7, 2) AS INTEGER) - 1) * 7 - julianday('1970-01-05')) / 7 AS INTEGER) / 4), 'Q' || printf('%06d', CAST((julianday(substr(OLD.iso_week, 1, 4) || '-01-04') - ((CAST(strftime('%w', substr(OLD.iso_week, 1, 4) || '-01-04') AS INTEGER) + 6) % 7) + (CAST(substr(OLD.iso_week, 7, 2) AS INTEGER) - 1) * 7 - julianday('1970-01-05')) / 7 AS INTEGER) / 16)))) AND n <= 0 AND (dimension, key) IN (
      SELECT json_extract(p.value, '$[0]') AS d, json_extract(p.value, '$[1]') AS k FROM json_each(json_array(
        json_array('week', OLD.iso_week),
        json_array('size', OLD.size_band),
        json_array('timeline', OLD.timeline),
        json_array('origin', coalesce(OLD.origin_district_key, '')),
        json_array('household', OLD.household_type),
        json_array('budget', OLD.budget_band),
        json_array('equity', OLD.equity_band),
        json_array('barrier_free', CASE WHEN OLD.barrier_free_need = 1 THEN 'yes' ELSE 'no' END),
        json_array('unmet', CASE WHEN OLD.any_match IS NOT 1 THEN json_array(OLD.household_type, OLD.budget_band) END))) p WHERE k IS NOT NULL
      UNION ALL SELECT DISTINCT 'fit', json_array(OLD.seeker_type, OLD.household_type, f.value, OLD.equity_band, OLD.budget_band, CASE WHEN OLD.barrier_free_need = 1 THEN 1 ELSE 0 END) FROM json_each(CASE WHEN json_array_length(OLD.legal_forms) = 0 THEN '[""]' ELSE OLD.legal_forms END) f
      UNION ALL SELECT DISTINCT 'age', value FROM json_each(OLD.age_bands)
      UNION ALL SELECT DISTINCT 'priority', value FROM json_each(OLD.priorities)
    );
  INSERT INTO demand_weekly (region_organization_id, iso_week, embed_id, dimension, key, n)
    SELECT NEW.region_organization_id, t.value, coalesce(NEW.embed_id, ''), d, k, 1 FROM (
      SELECT json_extract(p.value, '$[0]') AS d, json_extract(p.value, '$[1]') AS k FROM json_each(json_array(
        json_array('week', NEW.iso_week),
        json_array('size', NEW.size_band),
        json_array('timeline', NEW.timeline),
        json_array('origin', coalesce(NEW.origin_district_key, '')),
        json_array('household', NEW.household_type),
        json_array('budget', NEW.budget_band),
        json_array('equity', NEW.equity_band),
        json_array('barrier_free', CASE WHEN NEW.barrier_free_need = 1 THEN 'yes' ELSE 'no' END),
        json_array('unmet', CASE WHEN NEW.any_match IS NOT 1 THEN json_array(NEW.household_type, NEW.budget_band) END))) p WHERE k IS NOT NULL
      UNION ALL SELECT DISTINCT 'fit', json_array(NEW.seeker_type, NEW.household_type, f.value, NEW.equity_band, NEW.budget_band, CASE WHEN NEW.barrier_free_need = 1 THEN 1 ELSE 0 END) FROM json_each(CASE WHEN json_array_length(NEW.legal_forms) = 0 THEN '[""]' ELSE NEW.legal_forms END) f
      UNION ALL SELECT DISTINCT 'age', value FROM json_each(NEW.age_bands)
      UNION ALL SELECT DISTINCT 'priority', value FROM json_each(NEW.priorities)
    ), json_each(json_array(NEW.iso_week, 'M' || printf('%06d', CAST((julianday(substr(NEW.iso_week, 1, 4) || '-01-04') - ((CAST(strftime('%w', substr(NEW.iso_week, 1, 4) || '-01-04') AS INTEGER) + 6) % 7) + (CAST(substr(NEW.iso_week, 7, 2) AS INTEGER) - 1) * 7 - julianday('1970-01-05')) / 7 AS INTEGER) / 4), 'Q' || printf('%06d', CAST((julianday(substr(NEW.iso_week, 1, 4) || '-01-04') - ((CAST(strftime('%w', substr(NEW.iso_week, 1, 4) || '-01-04') AS INTEGER) + 6) % 7) + (CAST(substr(NEW.iso_week, 7, 2) AS INTEGER) - 1) * 7 - julianday('1970-01-05')) / 7 AS INTEGER) / 16))) t WHERE true
    ON CONFLICT DO UPDATE SET n = n + 1;
END;
