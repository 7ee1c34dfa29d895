DROP INDEX `contact_requests_listing_idx`;--> statement-breakpoint
CREATE INDEX `contact_requests_status_created_idx` ON `contact_requests` (`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `contact_requests_listing_idx` ON `contact_requests` (`listing_id`,`created_at`);