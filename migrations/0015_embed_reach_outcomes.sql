CREATE TABLE `embed_loads_weekly` (
	`embed_id` text NOT NULL,
	`iso_week` text NOT NULL,
	`n` integer NOT NULL,
	`ksum` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`embed_id`, `iso_week`)
);
--> statement-breakpoint
ALTER TABLE `contact_requests` ADD `origin_district_key` text;