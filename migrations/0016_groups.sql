CREATE TABLE `group_blocks` (
	`blocker_kind` text NOT NULL,
	`blocker_id` text NOT NULL,
	`blocked_kind` text NOT NULL,
	`blocked_id` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`blocker_kind`, `blocker_id`, `blocked_kind`, `blocked_id`)
);
--> statement-breakpoint
CREATE INDEX `group_blocks_blocked_idx` ON `group_blocks` (`blocked_kind`,`blocked_id`);--> statement-breakpoint
CREATE TABLE `group_reports` (
	`id` text PRIMARY KEY NOT NULL,
	`region_organization_id` text NOT NULL,
	`reporter_kind` text NOT NULL,
	`reporter_id` text NOT NULL,
	`reported_kind` text NOT NULL,
	`reported_id` text NOT NULL,
	`reason` text NOT NULL,
	`note` text,
	`created_at` integer NOT NULL,
	`handled_at` integer,
	FOREIGN KEY (`region_organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `group_reports_region_idx` ON `group_reports` (`region_organization_id`,`handled_at`,`created_at`);--> statement-breakpoint
CREATE TABLE `initiative_members` (
	`id` text PRIMARY KEY NOT NULL,
	`initiative_id` text NOT NULL,
	`role` text NOT NULL,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`locale` text DEFAULT 'de' NOT NULL,
	`household` text,
	`consent` text,
	`manage_token_hash` text NOT NULL,
	`confirm_token_hash` text,
	`confirmed_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`initiative_id`) REFERENCES `initiatives`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `initiative_members_manage_idx` ON `initiative_members` (`manage_token_hash`);--> statement-breakpoint
CREATE INDEX `initiative_members_confirm_idx` ON `initiative_members` (`confirm_token_hash`);--> statement-breakpoint
CREATE INDEX `initiative_members_initiative_idx` ON `initiative_members` (`initiative_id`);--> statement-breakpoint
CREATE INDEX `initiative_members_email_idx` ON `initiative_members` (lower(trim("email")));--> statement-breakpoint
CREATE TABLE `initiatives` (
	`id` text PRIMARY KEY NOT NULL,
	`region_organization_id` text NOT NULL,
	`embed_id` text,
	`owner_organization_id` text,
	`name` text NOT NULL,
	`text` text NOT NULL,
	`profile` text NOT NULL,
	`seeking` text NOT NULL,
	`households` text NOT NULL,
	`open_places` integer NOT NULL,
	`state` text DEFAULT 'unconfirmed' NOT NULL,
	`locale` text DEFAULT 'de' NOT NULL,
	`idempotency_key` text,
	`request_hash` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`region_organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`embed_id`) REFERENCES `embeds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `initiatives_idempotency_idx` ON `initiatives` (`embed_id`,`idempotency_key`);--> statement-breakpoint
CREATE INDEX `initiatives_region_idx` ON `initiatives` (`region_organization_id`,`state`);--> statement-breakpoint
CREATE TABLE `interests` (
	`id` text PRIMARY KEY NOT NULL,
	`region_organization_id` text NOT NULL,
	`from_kind` text NOT NULL,
	`from_id` text NOT NULL,
	`to_kind` text NOT NULL,
	`to_id` text NOT NULL,
	`message` text NOT NULL,
	`state` text DEFAULT 'pending' NOT NULL,
	`idempotency_key` text NOT NULL,
	`request_hash` text,
	`created_at` integer NOT NULL,
	`decided_at` integer,
	`withdrawn_at` integer,
	FOREIGN KEY (`region_organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `interests_pair_idx` ON `interests` (`from_kind`,`from_id`,`to_kind`,`to_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `interests_idempotency_idx` ON `interests` (`from_kind`,`from_id`,`idempotency_key`);--> statement-breakpoint
CREATE INDEX `interests_to_idx` ON `interests` (`to_kind`,`to_id`);--> statement-breakpoint
CREATE TABLE `pool_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`region_organization_id` text NOT NULL,
	`embed_id` text NOT NULL,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`locale` text DEFAULT 'de' NOT NULL,
	`card` text NOT NULL,
	`text` text NOT NULL,
	`consent` text NOT NULL,
	`idempotency_key` text NOT NULL,
	`request_hash` text,
	`confirm_token_hash` text,
	`manage_token_hash` text NOT NULL,
	`renew_token_hash` text,
	`confirmed_at` integer,
	`expires_at` integer NOT NULL,
	`reminded_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`region_organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`embed_id`) REFERENCES `embeds`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pool_entries_idempotency_idx` ON `pool_entries` (`embed_id`,`idempotency_key`);--> statement-breakpoint
CREATE UNIQUE INDEX `pool_entries_manage_idx` ON `pool_entries` (`manage_token_hash`);--> statement-breakpoint
CREATE INDEX `pool_entries_confirm_idx` ON `pool_entries` (`confirm_token_hash`);--> statement-breakpoint
CREATE INDEX `pool_entries_renew_idx` ON `pool_entries` (`renew_token_hash`);--> statement-breakpoint
CREATE INDEX `pool_entries_region_idx` ON `pool_entries` (`region_organization_id`,`confirmed_at`,`expires_at`);--> statement-breakpoint
CREATE INDEX `pool_entries_email_idx` ON `pool_entries` (lower(trim("email")));--> statement-breakpoint
CREATE INDEX `pool_entries_expiry_idx` ON `pool_entries` (`expires_at`);