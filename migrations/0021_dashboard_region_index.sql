DROP INDEX `listings_district_idx`;--> statement-breakpoint
CREATE INDEX `listings_district_idx` ON `listings` (`status`,`district_key`,`kind`,`stage`,`legal_form`,`free_places`);