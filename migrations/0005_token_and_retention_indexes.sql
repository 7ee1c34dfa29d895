CREATE INDEX `contact_requests_manage_idx` ON `contact_requests` (`manage_token_hash`);--> statement-breakpoint
CREATE INDEX `contact_requests_email_idx` ON `contact_requests` (lower(trim("email")));--> statement-breakpoint
CREATE INDEX `contact_requests_retention_idx` ON `contact_requests` (`status`,`updated_at`);--> statement-breakpoint
CREATE INDEX `idempotency_created_idx` ON `idempotency_keys` (`created_at`);--> statement-breakpoint
CREATE INDEX `saved_searches_confirm_idx` ON `saved_searches` (`confirm_token_hash`);--> statement-breakpoint
CREATE INDEX `saved_searches_manage_idx` ON `saved_searches` (`manage_token_hash`);--> statement-breakpoint
CREATE INDEX `saved_searches_email_idx` ON `saved_searches` (lower(trim("email")));--> statement-breakpoint
CREATE INDEX `saved_searches_retention_idx` ON `saved_searches` (`confirmed_at`,`created_at`);