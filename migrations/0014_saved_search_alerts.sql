CREATE TABLE `listing_alerts_pending` (
	`listing_id` text PRIMARY KEY NOT NULL,
	`reason` text NOT NULL,
	`changed_at` integer NOT NULL,
	FOREIGN KEY (`listing_id`) REFERENCES `listings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `listing_alerts_pending_changed_idx` ON `listing_alerts_pending` (`changed_at`);