-- Hand edits: old idempotency rows are copied with an empty scope (they expire within 24 h anyway);
-- no PRAGMA foreign_keys around the rebuild: idempotency_keys has no foreign keys.
CREATE TABLE `hidden_listings` (
	`municipality_id` text NOT NULL,
	`listing_id` text NOT NULL,
	`reason` text NOT NULL,
	`hidden_by` text,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`municipality_id`, `listing_id`),
	FOREIGN KEY (`municipality_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`listing_id`) REFERENCES `listings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `hidden_listings_listing_idx` ON `hidden_listings` (`listing_id`);--> statement-breakpoint
CREATE TABLE `region_approvals` (
	`municipality_id` text NOT NULL,
	`provider_id` text NOT NULL,
	`state` text NOT NULL,
	`message` text,
	`decided_by` text,
	`decided_at` integer,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`municipality_id`, `provider_id`),
	FOREIGN KEY (`municipality_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`provider_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `region_approvals_provider_idx` ON `region_approvals` (`provider_id`);--> statement-breakpoint
DROP INDEX `contact_requests_idempotency_key_unique`;--> statement-breakpoint
ALTER TABLE `contact_requests` ADD `request_hash` text;--> statement-breakpoint
CREATE UNIQUE INDEX `contact_requests_idempotency_idx` ON `contact_requests` (`embed_id`,`idempotency_key`);--> statement-breakpoint
CREATE TABLE `__new_idempotency_keys` (
	`route` text NOT NULL,
	`scope` text NOT NULL,
	`key` text NOT NULL,
	`request_hash` text NOT NULL,
	`status` integer NOT NULL,
	`body` text NOT NULL,
	`lease_until` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`route`, `scope`, `key`)
);
--> statement-breakpoint
INSERT INTO `__new_idempotency_keys`("route", "scope", "key", "request_hash", "status", "body", "lease_until", "created_at") SELECT "route", '', "key", "request_hash", "status", "body", 0, "created_at" FROM `idempotency_keys`;--> statement-breakpoint
DROP TABLE `idempotency_keys`;--> statement-breakpoint
ALTER TABLE `__new_idempotency_keys` RENAME TO `idempotency_keys`;--> statement-breakpoint
CREATE INDEX `idempotency_created_idx` ON `idempotency_keys` (`created_at`);--> statement-breakpoint
ALTER TABLE `dev_mail` ADD `reply_to` text;--> statement-breakpoint
ALTER TABLE `dev_mail` ADD `headers` text;--> statement-breakpoint
ALTER TABLE `listings` ADD `searches_notified_at` integer;--> statement-breakpoint
ALTER TABLE `organizations` ADD `locale` text DEFAULT 'de' NOT NULL;--> statement-breakpoint
ALTER TABLE `organizations` ADD `suspended_at` integer;--> statement-breakpoint
ALTER TABLE `organizations` ADD `suspension_reason` text;--> statement-breakpoint
ALTER TABLE `saved_searches` ADD `locale` text DEFAULT 'de' NOT NULL;--> statement-breakpoint
ALTER TABLE `saved_searches` ADD `idempotency_key` text;--> statement-breakpoint
ALTER TABLE `saved_searches` ADD `request_hash` text;--> statement-breakpoint
CREATE UNIQUE INDEX `saved_searches_idempotency_idx` ON `saved_searches` (`embed_id`,`idempotency_key`);--> statement-breakpoint
CREATE INDEX `audit_action_idx` ON `audit_log` (`action`,`created_at`);