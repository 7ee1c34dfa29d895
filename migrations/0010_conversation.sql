CREATE TABLE `manage_links` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`contact_request_id` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`contact_request_id`) REFERENCES `contact_requests`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `manage_links_request_idx` ON `manage_links` (`contact_request_id`);--> statement-breakpoint
CREATE TABLE `messages` (
	`id` text PRIMARY KEY NOT NULL,
	`contact_request_id` text NOT NULL,
	`organization_id` text NOT NULL,
	`author` text NOT NULL,
	`author_id` text,
	`author_name` text NOT NULL,
	`body` text NOT NULL,
	`via` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`contact_request_id`) REFERENCES `contact_requests`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `messages_request_idx` ON `messages` (`contact_request_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `outbox` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`to` text NOT NULL,
	`locale` text NOT NULL,
	`subject` text NOT NULL,
	`text` text NOT NULL,
	`reply_to` text,
	`headers` text,
	`state` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_at` integer NOT NULL,
	`claimed_at` integer,
	`last_error` text,
	`cause_table` text NOT NULL,
	`cause_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`sent_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_cause_idx` ON `outbox` (`cause_table`,`cause_id`,`kind`,`to`);--> statement-breakpoint
CREATE INDEX `outbox_state_idx` ON `outbox` (`state`,`next_at`);--> statement-breakpoint
ALTER TABLE `contact_requests` ADD `reply_token` text;--> statement-breakpoint
CREATE UNIQUE INDEX `contact_requests_reply_idx` ON `contact_requests` (`reply_token`);--> statement-breakpoint
-- Hand edit: replies the inbox sent before the thread existed were kept as team notes starting "✉ ";
-- they become the team's first messages of their conversation.
INSERT INTO `messages` (`id`, `contact_request_id`, `organization_id`, `author`, `author_id`, `author_name`, `body`, `via`, `created_at`)
SELECT `id`, `contact_request_id`, `organization_id`, 'member', `author_id`, `author_name`, substr(`text`, 3), 'web', `created_at` FROM `contact_notes` WHERE `text` LIKE '✉ %';--> statement-breakpoint
DELETE FROM `contact_notes` WHERE `text` LIKE '✉ %';
