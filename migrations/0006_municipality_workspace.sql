CREATE TABLE `digest_subscriptions` (
	`user_id` text NOT NULL,
	`organization_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`last_sent_at` integer,
	PRIMARY KEY(`user_id`, `organization_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `property_notifications` (
	`listing_id` text NOT NULL,
	`saved_search_id` text NOT NULL,
	`sent_at` integer NOT NULL,
	PRIMARY KEY(`listing_id`, `saved_search_id`),
	FOREIGN KEY (`listing_id`) REFERENCES `listings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`saved_search_id`) REFERENCES `saved_searches`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `property_notifications_search_idx` ON `property_notifications` (`saved_search_id`);--> statement-breakpoint
ALTER TABLE `embeds` ADD `scope_kinds` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `embeds` ADD `scope_organization_ids` text DEFAULT '[]' NOT NULL;