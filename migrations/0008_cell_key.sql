ALTER TABLE `demand_records` ADD `cell_key` integer;--> statement-breakpoint
ALTER TABLE `demand_weekly` ADD `ksum` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Hand-written below: the cell-key method (worker/demand/cell-key.ts). Existing records get a
-- random key, demand_weekly is rebuilt with the key sum per cell, and the triggers of 0007 are
-- replaced by the same triggers that also keep ksum (a writer that sets no key counts as key 0).
DROP TRIGGER demand_weekly_on_insert;
--> statement-breakpoint
DROP TRIGGER demand_weekly_on_delete;
--> statement-breakpoint
DROP TRIGGER demand_weekly_on_update;
--> statement-breakpoint
UPDATE demand_records SET cell_key = abs(random()) % 256 WHERE cell_key IS NULL;
--> statement-breakpoint
DELETE FROM demand_weekly;
--> statement-breakpoint
INSERT INTO demand_weekly (region_organization_id, iso_week, embed_id, dimension, key, n, ksum)
  SELECT x.region_organization_id, t.value, coalesce(x.embed_id, ''), x.d, x.k, count(*), sum(x.ck) FROM (
    SELECT r.id, coalesce(r.cell_key, 0) AS ck, r.region_organization_id, r.iso_week, r.embed_id, json_extract(p.value, '$[0]') AS d, json_extract(p.value, '$[1]') AS k FROM demand_records r, json_each(json_array(
        json_array('week', r.iso_week),
        json_array('size', r.size_band),
        json_array('timeline', r.timeline),
        json_array('origin', coalesce(r.origin_district_key, '')),
        json_array('household', r.household_type),
        json_array('budget', r.budget_band),
        json_array('equity', r.equity_band),
        json_array('barrier_free', CASE WHEN r.barrier_free_need = 1 THEN 'yes' ELSE 'no' END),
        json_array('unmet', CASE WHEN r.any_match IS NOT 1 THEN json_array(r.household_type, r.budget_band) END))) p WHERE k IS NOT NULL
    UNION ALL SELECT DISTINCT r.id, coalesce(r.cell_key, 0), r.region_organization_id, r.iso_week, r.embed_id, 'fit', json_array(r.seeker_type, r.household_type, f.value, r.equity_band, r.budget_band, CASE WHEN r.barrier_free_need = 1 THEN 1 ELSE 0 END) FROM demand_records r, json_each(CASE WHEN json_array_length(r.legal_forms) = 0 THEN '[""]' ELSE r.legal_forms END) f
    UNION ALL SELECT DISTINCT r.id, coalesce(r.cell_key, 0), r.region_organization_id, r.iso_week, r.embed_id, 'age', j.value FROM demand_records r, json_each(r.age_bands) j
    UNION ALL SELECT DISTINCT r.id, coalesce(r.cell_key, 0), r.region_organization_id, r.iso_week, r.embed_id, 'priority', j.value FROM demand_records r, json_each(r.priorities) j
  ) x, json_each(json_array(x.iso_week, 'M' || printf('%06d', CAST((julianday(substr(x.iso_week, 1, 4) || '-01-04') - ((CAST(strftime('%w', substr(x.iso_week, 1, 4) || '-01-04') AS INTEGER) + 6) % 7) + (CAST(substr(x.iso_week, 7, 2) AS INTEGER) - 1) * 7 - julianday('1970-01-05')) / 7 AS INTEGER) / 4), 'Q' || printf('%06d', CAST((julianday(substr(x.iso_week, 1, 4) || '-01-04') - ((CAST(strftime('%w', substr(x.iso_week, 1, 4) || '-01-04') AS INTEGER) + 6) % 7) + (CAST(substr(x.iso_week, 7, 2) AS INTEGER) - 1) * 7 - julianday('1970-01-05')) / 7 AS INTEGER) / 16))) t GROUP BY 1, 2, 3, 4, 5;
--> statement-breakpoint
CREATE TRIGGER demand_weekly_on_insert AFTER INSERT ON demand_records BEGIN
  INSERT INTO demand_weekly (region_organization_id, iso_week, embed_id, dimension, key, n, ksum)
    SELECT NEW.region_organization_id, t.value, coalesce(NEW.embed_id, ''), d, k, 1, coalesce(NEW.cell_key, 0) FROM (
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
    ON CONFLICT DO UPDATE SET n = n + 1, ksum = ksum + excluded.ksum;
END;
--> statement-breakpoint
CREATE TRIGGER demand_weekly_on_delete AFTER DELETE ON demand_records BEGIN
  UPDATE demand_weekly SET n = n - 1, ksum = ksum - coalesce(OLD.cell_key, 0) WHERE region_organization_id = OLD.region_organization_id AND embed_id = coalesce(OLD.embed_id, '') AND iso_week IN (SELECT value FROM json_each(json_array(OLD.iso_week, 'M' || printf('%06d', CAST((julianday(substr(OLD.iso_week, 1, 4) || '-01-04') - ((CAST(strftime('%w', substr(OLD.iso_week, 1, 4) || '-01-04') AS INTEGER) + 6) % 7) + (CAST(substr(OLD.iso_week, 7, 2) AS INTEGER) - 1) * 7 - julianday('1970-01-05')) / 7 AS INTEGER) / 4), 'Q' || printf('%06d', CAST((julianday(substr(OLD.iso_week, 1, 4) || '-01-04') - ((CAST(strftime('%w', substr(OLD.iso_week, 1, 4) || '-01-04') AS INTEGER) + 6) % 7) + (CAST(substr(OLD.iso_week, 7, 2) AS INTEGER) - 1) * 7 - julianday('1970-01-05')) / 7 AS INTEGER) / 16)))) AND (dimension, key) IN (
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
  UPDATE demand_weekly SET n = n - 1, ksum = ksum - coalesce(OLD.cell_key, 0) WHERE region_organization_id = OLD.region_organization_id AND embed_id = coalesce(OLD.embed_id, '') AND iso_week IN (SELECT value FROM json_each(json_array(OLD.iso_week, 'M' || printf('%06d', CAST((julianday(substr(OLD.iso_week, 1, 4) || '-01-04') - ((CAST(strftime('%w', substr(OLD.iso_week, 1, 4) || '-01-04') AS INTEGER) + 6) % 7) + (CAST(substr(OLD.iso_week, 7, 2) AS INTEGER) - 1) * 7 - julianday('1970-01-05')) / 7 AS INTEGER) / 4), 'Q' || printf('%06d', CAST((julianday(substr(OLD.iso_week, 1, 4) || '-01-04') - ((CAST(strftime('%w', substr(OLD.iso_week, 1, 4) || '-01-04') AS INTEGER) + 6) % 7) + (CAST(substr(OLD.iso_week, 7, 2) AS INTEGER) - 1) * 7 - julianday('1970-01-05')) / 7 AS INTEGER) / 16)))) AND (dimension, key) IN (
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
  INSERT INTO demand_weekly (region_organization_id, iso_week, embed_id, dimension, key, n, ksum)
    SELECT NEW.region_organization_id, t.value, coalesce(NEW.embed_id, ''), d, k, 1, coalesce(NEW.cell_key, 0) FROM (
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
    ON CONFLICT DO UPDATE SET n = n + 1, ksum = ksum + excluded.ksum;
END;
