CREATE TABLE `initiative_property_interests` (
	`initiative_id` text NOT NULL,
	`listing_id` text NOT NULL,
	`shortlist_consent_at` integer,
	`custom_met` text DEFAULT '[]' NOT NULL,
	`declared_at` integer NOT NULL,
	`withdrawn_at` integer,
	`taken_on_at` integer,
	`taken_on_by` text,
	PRIMARY KEY(`initiative_id`, `listing_id`),
	FOREIGN KEY (`initiative_id`) REFERENCES `initiatives`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`listing_id`) REFERENCES `listings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `initiative_property_interests_listing_idx` ON `initiative_property_interests` (`listing_id`,`withdrawn_at`);--> statement-breakpoint
CREATE TABLE `property_readiness_criteria` (
	`listing_id` text PRIMARY KEY NOT NULL,
	`min_households` integer DEFAULT 3 NOT NULL,
	`min_units_share_percent` integer DEFAULT 60 NOT NULL,
	`require_legal_form` integer DEFAULT true NOT NULL,
	`require_financing_plan` integer DEFAULT true NOT NULL,
	`require_contact_person` integer DEFAULT true NOT NULL,
	`custom` text DEFAULT '[]' NOT NULL,
	`updated_at` integer NOT NULL,
	`updated_by` text,
	FOREIGN KEY (`listing_id`) REFERENCES `listings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `initiatives` ADD `legal_form` text;--> statement-breakpoint
ALTER TABLE `initiatives` ADD `financing_plan` text;--> statement-breakpoint
ALTER TABLE `initiatives` ADD `contact_person` text;--> statement-breakpoint
ALTER TABLE `initiatives` ADD `concept` text;