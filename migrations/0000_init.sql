CREATE TABLE `audit_log` (
	`id` text PRIMARY KEY NOT NULL,
	`organization_id` text NOT NULL,
	`actor_id` text,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`detail` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_org_idx` ON `audit_log` (`organization_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `contact_requests` (
	`id` text PRIMARY KEY NOT NULL,
	`listing_id` text NOT NULL,
	`organization_id` text NOT NULL,
	`embed_id` text,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`message` text NOT NULL,
	`snapshot` text NOT NULL,
	`algorithm_version` text NOT NULL,
	`score` integer NOT NULL,
	`consent` text NOT NULL,
	`status` text DEFAULT 'new' NOT NULL,
	`idempotency_key` text NOT NULL,
	`manage_token_hash` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`listing_id`) REFERENCES `listings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`embed_id`) REFERENCES `embeds`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `contact_requests_idempotency_key_unique` ON `contact_requests` (`idempotency_key`);--> statement-breakpoint
CREATE INDEX `contact_requests_org_idx` ON `contact_requests` (`organization_id`,`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `contact_requests_listing_idx` ON `contact_requests` (`listing_id`);--> statement-breakpoint
CREATE TABLE `demand_records` (
	`id` text PRIMARY KEY NOT NULL,
	`embed_id` text,
	`region_organization_id` text NOT NULL,
	`origin_district_key` text,
	`iso_week` text NOT NULL,
	`seeker_type` text NOT NULL,
	`household_type` text NOT NULL,
	`size_band` text NOT NULL,
	`age_bands` text NOT NULL,
	`budget_band` text NOT NULL,
	`equity_band` text NOT NULL,
	`legal_forms` text NOT NULL,
	`timeline` text NOT NULL,
	`priorities` text NOT NULL,
	`barrier_free_need` integer NOT NULL,
	`best_score_band` text NOT NULL,
	`any_match` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `demand_region_week_idx` ON `demand_records` (`region_organization_id`,`iso_week`);--> statement-breakpoint
CREATE INDEX `demand_embed_week_idx` ON `demand_records` (`embed_id`,`iso_week`);--> statement-breakpoint
CREATE TABLE `embeds` (
	`id` text PRIMARY KEY NOT NULL,
	`organization_id` text NOT NULL,
	`name` text NOT NULL,
	`publishable_key` text NOT NULL,
	`allowed_origins` text NOT NULL,
	`scope` text NOT NULL,
	`theme` text DEFAULT '{}' NOT NULL,
	`default_locale` text DEFAULT 'de' NOT NULL,
	`created_at` integer NOT NULL,
	`revoked_at` integer,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `embeds_publishable_key_unique` ON `embeds` (`publishable_key`);--> statement-breakpoint
CREATE INDEX `embeds_org_idx` ON `embeds` (`organization_id`);--> statement-breakpoint
CREATE TABLE `idempotency_keys` (
	`key` text PRIMARY KEY NOT NULL,
	`route` text NOT NULL,
	`request_hash` text NOT NULL,
	`status` integer NOT NULL,
	`body` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `idempotency_route_key_idx` ON `idempotency_keys` (`route`,`key`);--> statement-breakpoint
CREATE TABLE `listings` (
	`id` text PRIMARY KEY NOT NULL,
	`organization_id` text NOT NULL,
	`kind` text NOT NULL,
	`status` text NOT NULL,
	`title` text NOT NULL,
	`summary` text NOT NULL,
	`description` text NOT NULL,
	`photos` text DEFAULT '[]' NOT NULL,
	`postcode` text NOT NULL,
	`place` text NOT NULL,
	`district_key` text NOT NULL,
	`lat` real NOT NULL,
	`lon` real NOT NULL,
	`settlement` text NOT NULL,
	`stage` text NOT NULL,
	`legal_form` text NOT NULL,
	`units_total` integer DEFAULT 0 NOT NULL,
	`free_places` integer DEFAULT 0 NOT NULL,
	`free_units` text DEFAULT '{}' NOT NULL,
	`monthly_cost_min_cents` integer,
	`monthly_cost_max_cents` integer,
	`equity_required_cents` integer DEFAULT 0 NOT NULL,
	`living_space_min_sqm` integer,
	`living_space_max_sqm` integer,
	`plot_sqm` integer,
	`barrier_free` integer DEFAULT false NOT NULL,
	`children_welcome` integer DEFAULT true NOT NULL,
	`pets_allowed` text DEFAULT 'small' NOT NULL,
	`catalogue_version` text DEFAULT 'v1' NOT NULL,
	`profile` text DEFAULT '{}' NOT NULL,
	`contact_email` text,
	`website` text,
	`confirmed_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `listings_search_idx` ON `listings` (`status`,`kind`,`lat`,`lon`);--> statement-breakpoint
CREATE INDEX `listings_district_idx` ON `listings` (`status`,`district_key`);--> statement-breakpoint
CREATE INDEX `listings_org_idx` ON `listings` (`organization_id`,`status`);--> statement-breakpoint
CREATE INDEX `listings_confirmed_idx` ON `listings` (`status`,`confirmed_at`);--> statement-breakpoint
CREATE TABLE `organizations` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`slug` text NOT NULL,
	`region_district_keys` text DEFAULT '[]' NOT NULL,
	`region_postcodes` text DEFAULT '[]' NOT NULL,
	`website` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organizations_slug_unique` ON `organizations` (`slug`);--> statement-breakpoint
CREATE TABLE `postcodes` (
	`postcode` text PRIMARY KEY NOT NULL,
	`place` text NOT NULL,
	`district_key` text NOT NULL,
	`district_name` text NOT NULL,
	`state` text NOT NULL,
	`lat` real NOT NULL,
	`lon` real NOT NULL
);
--> statement-breakpoint
CREATE INDEX `postcodes_district_idx` ON `postcodes` (`district_key`);--> statement-breakpoint
CREATE TABLE `saved_searches` (
	`id` text PRIMARY KEY NOT NULL,
	`embed_id` text NOT NULL,
	`email` text NOT NULL,
	`answers` text NOT NULL,
	`confirmed_at` integer,
	`confirm_token_hash` text,
	`manage_token_hash` text,
	`created_at` integer NOT NULL
);
