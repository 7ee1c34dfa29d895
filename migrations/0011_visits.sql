CREATE TABLE `visits` (
	`id` text PRIMARY KEY NOT NULL,
	`contact_request_id` text NOT NULL,
	`organization_id` text NOT NULL,
	`kind` text NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text,
	`place` text NOT NULL,
	`notes` text,
	`state` text DEFAULT 'proposed' NOT NULL,
	`seeker_outcome` text,
	`team_outcome` text,
	`proposed_by` text,
	`created_at` integer NOT NULL,
	`decided_at` integer,
	FOREIGN KEY (`contact_request_id`) REFERENCES `contact_requests`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `visits_request_idx` ON `visits` (`contact_request_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `visits_org_idx` ON `visits` (`organization_id`,`created_at`);