CREATE TABLE `advice_offices` (
	`id` text PRIMARY KEY NOT NULL,
	`organization_id` text NOT NULL,
	`name` text NOT NULL,
	`hours` text NOT NULL,
	`phone` text,
	`email` text,
	`website` text,
	`address` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `advice_offices_org_idx` ON `advice_offices` (`organization_id`,`name`);--> statement-breakpoint
CREATE TABLE `group_links` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`pool_entry_id` text,
	`member_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`pool_entry_id`) REFERENCES `pool_entries`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`member_id`) REFERENCES `initiative_members`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `group_links_pool_idx` ON `group_links` (`pool_entry_id`);--> statement-breakpoint
CREATE INDEX `group_links_member_idx` ON `group_links` (`member_id`);