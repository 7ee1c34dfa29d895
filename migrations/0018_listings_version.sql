CREATE TABLE `listings_version` (
	`id` integer PRIMARY KEY NOT NULL,
	`version` text NOT NULL
);
--> statement-breakpoint
-- Hand-written below (drizzle-kit knows tables, not triggers): every write to what a widget may see
-- gives listings_version a new random token in the same statement, whoever writes (admin, curation,
-- freshness job, operator, seed, a migration) — so no write path can forget to invalidate the
-- per-isolate caches of prepared listings (worker/listings/isolate-cache.ts).
INSERT INTO listings_version (id, version) VALUES (1, lower(hex(randomblob(8))));
--> statement-breakpoint
CREATE TRIGGER listings_version_on_listings_insert AFTER INSERT ON listings BEGIN
  INSERT INTO listings_version (id, version) VALUES (1, lower(hex(randomblob(8)))) ON CONFLICT (id) DO UPDATE SET version = excluded.version;
END;
--> statement-breakpoint
CREATE TRIGGER listings_version_on_listings_update AFTER UPDATE ON listings BEGIN
  INSERT INTO listings_version (id, version) VALUES (1, lower(hex(randomblob(8)))) ON CONFLICT (id) DO UPDATE SET version = excluded.version;
END;
--> statement-breakpoint
CREATE TRIGGER listings_version_on_listings_delete AFTER DELETE ON listings BEGIN
  INSERT INTO listings_version (id, version) VALUES (1, lower(hex(randomblob(8)))) ON CONFLICT (id) DO UPDATE SET version = excluded.version;
END;
--> statement-breakpoint
CREATE TRIGGER listings_version_on_region_approvals_insert AFTER INSERT ON region_approvals BEGIN
  INSERT INTO listings_version (id, version) VALUES (1, lower(hex(randomblob(8)))) ON CONFLICT (id) DO UPDATE SET version = excluded.version;
END;
--> statement-breakpoint
CREATE TRIGGER listings_version_on_region_approvals_update AFTER UPDATE ON region_approvals BEGIN
  INSERT INTO listings_version (id, version) VALUES (1, lower(hex(randomblob(8)))) ON CONFLICT (id) DO UPDATE SET version = excluded.version;
END;
--> statement-breakpoint
CREATE TRIGGER listings_version_on_region_approvals_delete AFTER DELETE ON region_approvals BEGIN
  INSERT INTO listings_version (id, version) VALUES (1, lower(hex(randomblob(8)))) ON CONFLICT (id) DO UPDATE SET version = excluded.version;
END;
--> statement-breakpoint
CREATE TRIGGER listings_version_on_hidden_listings_insert AFTER INSERT ON hidden_listings BEGIN
  INSERT INTO listings_version (id, version) VALUES (1, lower(hex(randomblob(8)))) ON CONFLICT (id) DO UPDATE SET version = excluded.version;
END;
--> statement-breakpoint
CREATE TRIGGER listings_version_on_hidden_listings_update AFTER UPDATE ON hidden_listings BEGIN
  INSERT INTO listings_version (id, version) VALUES (1, lower(hex(randomblob(8)))) ON CONFLICT (id) DO UPDATE SET version = excluded.version;
END;
--> statement-breakpoint
CREATE TRIGGER listings_version_on_hidden_listings_delete AFTER DELETE ON hidden_listings BEGIN
  INSERT INTO listings_version (id, version) VALUES (1, lower(hex(randomblob(8)))) ON CONFLICT (id) DO UPDATE SET version = excluded.version;
END;
--> statement-breakpoint
CREATE TRIGGER listings_version_on_organizations_insert AFTER INSERT ON organizations BEGIN
  INSERT INTO listings_version (id, version) VALUES (1, lower(hex(randomblob(8)))) ON CONFLICT (id) DO UPDATE SET version = excluded.version;
END;
--> statement-breakpoint
CREATE TRIGGER listings_version_on_organizations_update AFTER UPDATE ON organizations BEGIN
  INSERT INTO listings_version (id, version) VALUES (1, lower(hex(randomblob(8)))) ON CONFLICT (id) DO UPDATE SET version = excluded.version;
END;
--> statement-breakpoint
CREATE TRIGGER listings_version_on_organizations_delete AFTER DELETE ON organizations BEGIN
  INSERT INTO listings_version (id, version) VALUES (1, lower(hex(randomblob(8)))) ON CONFLICT (id) DO UPDATE SET version = excluded.version;
END;
--> statement-breakpoint
CREATE TRIGGER listings_version_on_embeds_insert AFTER INSERT ON embeds BEGIN
  INSERT INTO listings_version (id, version) VALUES (1, lower(hex(randomblob(8)))) ON CONFLICT (id) DO UPDATE SET version = excluded.version;
END;
--> statement-breakpoint
CREATE TRIGGER listings_version_on_embeds_update AFTER UPDATE ON embeds BEGIN
  INSERT INTO listings_version (id, version) VALUES (1, lower(hex(randomblob(8)))) ON CONFLICT (id) DO UPDATE SET version = excluded.version;
END;
--> statement-breakpoint
CREATE TRIGGER listings_version_on_embeds_delete AFTER DELETE ON embeds BEGIN
  INSERT INTO listings_version (id, version) VALUES (1, lower(hex(randomblob(8)))) ON CONFLICT (id) DO UPDATE SET version = excluded.version;
END;
