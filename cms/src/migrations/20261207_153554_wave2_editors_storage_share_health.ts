import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`ervaringen\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`theme\` text,
  	\`body\` text,
  	\`submission_id\` integer,
  	\`owner_id\` integer,
  	\`review_before\` text,
  	\`last_reviewed_at\` text,
  	\`last_reviewed_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`submission_id\`) REFERENCES \`submissions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`ervaringen_slug_idx\` ON \`ervaringen\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`ervaringen_submission_idx\` ON \`ervaringen\` (\`submission_id\`);`)
  await db.run(sql`CREATE INDEX \`ervaringen_owner_idx\` ON \`ervaringen\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`ervaringen_review_before_idx\` ON \`ervaringen\` (\`review_before\`);`)
  await db.run(sql`CREATE INDEX \`ervaringen_last_reviewed_by_idx\` ON \`ervaringen\` (\`last_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`ervaringen_updated_at_idx\` ON \`ervaringen\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`ervaringen_created_at_idx\` ON \`ervaringen\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`ervaringen__status_idx\` ON \`ervaringen\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`ervaringen_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`ervaringen\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`ervaringen_texts_order_parent\` ON \`ervaringen_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`ervaringen_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`offences_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`ervaringen\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`offences_id\`) REFERENCES \`offences\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`ervaringen_rels_order_idx\` ON \`ervaringen_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`ervaringen_rels_parent_idx\` ON \`ervaringen_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`ervaringen_rels_path_idx\` ON \`ervaringen_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`ervaringen_rels_offences_id_idx\` ON \`ervaringen_rels\` (\`offences_id\`);`)
  await db.run(sql`CREATE TABLE \`_ervaringen_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_theme\` text,
  	\`version_body\` text,
  	\`version_submission_id\` integer,
  	\`version_owner_id\` integer,
  	\`version_review_before\` text,
  	\`version_last_reviewed_at\` text,
  	\`version_last_reviewed_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`ervaringen\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submission_id\`) REFERENCES \`submissions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_ervaringen_v_parent_idx\` ON \`_ervaringen_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_ervaringen_v_version_version_slug_idx\` ON \`_ervaringen_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_ervaringen_v_version_version_submission_idx\` ON \`_ervaringen_v\` (\`version_submission_id\`);`)
  await db.run(sql`CREATE INDEX \`_ervaringen_v_version_version_owner_idx\` ON \`_ervaringen_v\` (\`version_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`_ervaringen_v_version_version_review_before_idx\` ON \`_ervaringen_v\` (\`version_review_before\`);`)
  await db.run(sql`CREATE INDEX \`_ervaringen_v_version_version_last_reviewed_by_idx\` ON \`_ervaringen_v\` (\`version_last_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_ervaringen_v_version_version_updated_at_idx\` ON \`_ervaringen_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_ervaringen_v_version_version_created_at_idx\` ON \`_ervaringen_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_ervaringen_v_version_version__status_idx\` ON \`_ervaringen_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_ervaringen_v_created_at_idx\` ON \`_ervaringen_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_ervaringen_v_updated_at_idx\` ON \`_ervaringen_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_ervaringen_v_latest_idx\` ON \`_ervaringen_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_ervaringen_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_ervaringen_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_ervaringen_v_texts_order_parent\` ON \`_ervaringen_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_ervaringen_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`offences_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_ervaringen_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`offences_id\`) REFERENCES \`offences\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_ervaringen_v_rels_order_idx\` ON \`_ervaringen_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_ervaringen_v_rels_parent_idx\` ON \`_ervaringen_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_ervaringen_v_rels_path_idx\` ON \`_ervaringen_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_ervaringen_v_rels_offences_id_idx\` ON \`_ervaringen_v_rels\` (\`offences_id\`);`)
  await db.run(sql`CREATE TABLE \`submissions_personal_data\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`submissions_personal_data_order_idx\` ON \`submissions_personal_data\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`submissions_personal_data_parent_id_idx\` ON \`submissions_personal_data\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`submissions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	\`status\` text DEFAULT 'nieuw' NOT NULL,
  	\`ervaring_id\` integer,
  	\`offence_id\` integer,
  	\`theme\` text,
  	\`name\` text,
  	\`email\` text,
  	\`notify_on_publish\` integer DEFAULT false,
  	\`notified_at\` text,
  	\`consent\` integer DEFAULT false NOT NULL,
  	\`consent_text_version\` text,
  	\`consent_at\` text,
  	\`text_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`ervaring_id\`) REFERENCES \`ervaringen\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`offence_id\`) REFERENCES \`offences\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`submissions_status_idx\` ON \`submissions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`submissions_ervaring_idx\` ON \`submissions\` (\`ervaring_id\`);`)
  await db.run(sql`CREATE INDEX \`submissions_offence_idx\` ON \`submissions\` (\`offence_id\`);`)
  await db.run(sql`CREATE INDEX \`submissions_text_hash_idx\` ON \`submissions\` (\`text_hash\`);`)
  await db.run(sql`CREATE INDEX \`submissions_updated_at_idx\` ON \`submissions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`submissions_created_at_idx\` ON \`submissions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`link_checks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`url\` text NOT NULL,
  	\`ok\` integer DEFAULT false NOT NULL,
  	\`status\` numeric DEFAULT 0 NOT NULL,
  	\`reason\` text,
  	\`checked_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`link_checks_url_idx\` ON \`link_checks\` (\`url\`);`)
  await db.run(sql`CREATE INDEX \`link_checks_updated_at_idx\` ON \`link_checks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`link_checks_created_at_idx\` ON \`link_checks\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`summary\` text NOT NULL,
  	\`collection_slug\` text,
  	\`doc_id\` text,
  	\`doc_title\` text,
  	\`user_id\` integer,
  	\`user_email\` text,
  	\`at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_action_idx\` ON \`audit_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_collection_slug_idx\` ON \`audit_log\` (\`collection_slug\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_doc_id_idx\` ON \`audit_log\` (\`doc_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_user_idx\` ON \`audit_log\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`review_reminders\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`week\` text NOT NULL,
  	\`owner_id\` integer NOT NULL,
  	\`item_count\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`review_reminders_key_idx\` ON \`review_reminders\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`review_reminders_owner_idx\` ON \`review_reminders\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`review_reminders_updated_at_idx\` ON \`review_reminders\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`review_reminders_created_at_idx\` ON \`review_reminders\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`content_health\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`review_before\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`last_reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`pages_owner_idx\` ON \`pages\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_review_before_idx\` ON \`pages\` (\`review_before\`);`)
  await db.run(sql`CREATE INDEX \`pages_last_reviewed_by_idx\` ON \`pages\` (\`last_reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_review_before\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_last_reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_owner_idx\` ON \`_pages_v\` (\`version_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_review_before_idx\` ON \`_pages_v\` (\`version_review_before\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_last_reviewed_by_idx\` ON \`_pages_v\` (\`version_last_reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`offences\` ADD \`owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`offences\` ADD \`review_before\` text;`)
  await db.run(sql`ALTER TABLE \`offences\` ADD \`last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`offences\` ADD \`last_reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`offences_owner_idx\` ON \`offences\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`offences_review_before_idx\` ON \`offences\` (\`review_before\`);`)
  await db.run(sql`CREATE INDEX \`offences_last_reviewed_by_idx\` ON \`offences\` (\`last_reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_offences_v\` ADD \`version_owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_offences_v\` ADD \`version_review_before\` text;`)
  await db.run(sql`ALTER TABLE \`_offences_v\` ADD \`version_last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_offences_v\` ADD \`version_last_reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_offences_v_version_version_owner_idx\` ON \`_offences_v\` (\`version_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`_offences_v_version_version_review_before_idx\` ON \`_offences_v\` (\`version_review_before\`);`)
  await db.run(sql`CREATE INDEX \`_offences_v_version_version_last_reviewed_by_idx\` ON \`_offences_v\` (\`version_last_reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`checklists\` ADD \`owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`checklists\` ADD \`review_before\` text;`)
  await db.run(sql`ALTER TABLE \`checklists\` ADD \`last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`checklists\` ADD \`last_reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`checklists_owner_idx\` ON \`checklists\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`checklists_review_before_idx\` ON \`checklists\` (\`review_before\`);`)
  await db.run(sql`CREATE INDEX \`checklists_last_reviewed_by_idx\` ON \`checklists\` (\`last_reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_checklists_v\` ADD \`version_owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_checklists_v\` ADD \`version_review_before\` text;`)
  await db.run(sql`ALTER TABLE \`_checklists_v\` ADD \`version_last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_checklists_v\` ADD \`version_last_reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_checklists_v_version_version_owner_idx\` ON \`_checklists_v\` (\`version_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`_checklists_v_version_version_review_before_idx\` ON \`_checklists_v\` (\`version_review_before\`);`)
  await db.run(sql`CREATE INDEX \`_checklists_v_version_version_last_reviewed_by_idx\` ON \`_checklists_v\` (\`version_last_reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`tips\` ADD \`owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`tips\` ADD \`review_before\` text;`)
  await db.run(sql`ALTER TABLE \`tips\` ADD \`last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`tips\` ADD \`last_reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`tips_owner_idx\` ON \`tips\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`tips_review_before_idx\` ON \`tips\` (\`review_before\`);`)
  await db.run(sql`CREATE INDEX \`tips_last_reviewed_by_idx\` ON \`tips\` (\`last_reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_tips_v\` ADD \`version_owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_tips_v\` ADD \`version_review_before\` text;`)
  await db.run(sql`ALTER TABLE \`_tips_v\` ADD \`version_last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_tips_v\` ADD \`version_last_reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_tips_v_version_version_owner_idx\` ON \`_tips_v\` (\`version_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`_tips_v_version_version_review_before_idx\` ON \`_tips_v\` (\`version_review_before\`);`)
  await db.run(sql`CREATE INDEX \`_tips_v_version_version_last_reviewed_by_idx\` ON \`_tips_v\` (\`version_last_reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`review_before\` text;`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`last_reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`videos_owner_idx\` ON \`videos\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_review_before_idx\` ON \`videos\` (\`review_before\`);`)
  await db.run(sql`CREATE INDEX \`videos_last_reviewed_by_idx\` ON \`videos\` (\`last_reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_videos_v\` ADD \`version_owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_videos_v\` ADD \`version_review_before\` text;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` ADD \`version_last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` ADD \`version_last_reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_owner_idx\` ON \`_videos_v\` (\`version_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_review_before_idx\` ON \`_videos_v\` (\`version_review_before\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_last_reviewed_by_idx\` ON \`_videos_v\` (\`version_last_reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`step_plans\` ADD \`owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`step_plans\` ADD \`review_before\` text;`)
  await db.run(sql`ALTER TABLE \`step_plans\` ADD \`last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`step_plans\` ADD \`last_reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`step_plans_owner_idx\` ON \`step_plans\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`step_plans_review_before_idx\` ON \`step_plans\` (\`review_before\`);`)
  await db.run(sql`CREATE INDEX \`step_plans_last_reviewed_by_idx\` ON \`step_plans\` (\`last_reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_step_plans_v\` ADD \`version_owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_step_plans_v\` ADD \`version_review_before\` text;`)
  await db.run(sql`ALTER TABLE \`_step_plans_v\` ADD \`version_last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_step_plans_v\` ADD \`version_last_reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_step_plans_v_version_version_owner_idx\` ON \`_step_plans_v\` (\`version_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`_step_plans_v_version_version_review_before_idx\` ON \`_step_plans_v\` (\`version_review_before\`);`)
  await db.run(sql`CREATE INDEX \`_step_plans_v_version_version_last_reviewed_by_idx\` ON \`_step_plans_v\` (\`version_last_reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`signals\` ADD \`owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`signals\` ADD \`review_before\` text;`)
  await db.run(sql`ALTER TABLE \`signals\` ADD \`last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`signals\` ADD \`last_reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`signals_owner_idx\` ON \`signals\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`signals_review_before_idx\` ON \`signals\` (\`review_before\`);`)
  await db.run(sql`CREATE INDEX \`signals_last_reviewed_by_idx\` ON \`signals\` (\`last_reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_signals_v\` ADD \`version_owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_signals_v\` ADD \`version_review_before\` text;`)
  await db.run(sql`ALTER TABLE \`_signals_v\` ADD \`version_last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_signals_v\` ADD \`version_last_reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_signals_v_version_version_owner_idx\` ON \`_signals_v\` (\`version_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`_signals_v_version_version_review_before_idx\` ON \`_signals_v\` (\`version_review_before\`);`)
  await db.run(sql`CREATE INDEX \`_signals_v_version_version_last_reviewed_by_idx\` ON \`_signals_v\` (\`version_last_reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`review_before\` text;`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`last_reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`organisations_owner_idx\` ON \`organisations\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_review_before_idx\` ON \`organisations\` (\`review_before\`);`)
  await db.run(sql`CREATE INDEX \`organisations_last_reviewed_by_idx\` ON \`organisations\` (\`last_reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` ADD \`version_owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` ADD \`version_review_before\` text;`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` ADD \`version_last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` ADD \`version_last_reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_owner_idx\` ON \`_organisations_v\` (\`version_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_review_before_idx\` ON \`_organisations_v\` (\`version_review_before\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_last_reviewed_by_idx\` ON \`_organisations_v\` (\`version_last_reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`external_services\` ADD \`owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`external_services\` ADD \`review_before\` text;`)
  await db.run(sql`ALTER TABLE \`external_services\` ADD \`last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`external_services\` ADD \`last_reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`external_services_owner_idx\` ON \`external_services\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`external_services_review_before_idx\` ON \`external_services\` (\`review_before\`);`)
  await db.run(sql`CREATE INDEX \`external_services_last_reviewed_by_idx\` ON \`external_services\` (\`last_reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_external_services_v\` ADD \`version_owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_external_services_v\` ADD \`version_review_before\` text;`)
  await db.run(sql`ALTER TABLE \`_external_services_v\` ADD \`version_last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_external_services_v\` ADD \`version_last_reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_external_services_v_version_version_owner_idx\` ON \`_external_services_v\` (\`version_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`_external_services_v_version_version_review_before_idx\` ON \`_external_services_v\` (\`version_review_before\`);`)
  await db.run(sql`CREATE INDEX \`_external_services_v_version_version_last_reviewed_by_idx\` ON \`_external_services_v\` (\`version_last_reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`referral_trees\` ADD \`owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`referral_trees\` ADD \`review_before\` text;`)
  await db.run(sql`ALTER TABLE \`referral_trees\` ADD \`last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`referral_trees\` ADD \`last_reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`referral_trees_owner_idx\` ON \`referral_trees\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`referral_trees_review_before_idx\` ON \`referral_trees\` (\`review_before\`);`)
  await db.run(sql`CREATE INDEX \`referral_trees_last_reviewed_by_idx\` ON \`referral_trees\` (\`last_reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_referral_trees_v\` ADD \`version_owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_referral_trees_v\` ADD \`version_review_before\` text;`)
  await db.run(sql`ALTER TABLE \`_referral_trees_v\` ADD \`version_last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_referral_trees_v\` ADD \`version_last_reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_referral_trees_v_version_version_owner_idx\` ON \`_referral_trees_v\` (\`version_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`_referral_trees_v_version_version_review_before_idx\` ON \`_referral_trees_v\` (\`version_review_before\`);`)
  await db.run(sql`CREATE INDEX \`_referral_trees_v_version_version_last_reviewed_by_idx\` ON \`_referral_trees_v\` (\`version_last_reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`assessments\` ADD \`owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`assessments\` ADD \`review_before\` text;`)
  await db.run(sql`ALTER TABLE \`assessments\` ADD \`last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`assessments\` ADD \`last_reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`assessments_owner_idx\` ON \`assessments\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`assessments_review_before_idx\` ON \`assessments\` (\`review_before\`);`)
  await db.run(sql`CREATE INDEX \`assessments_last_reviewed_by_idx\` ON \`assessments\` (\`last_reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_assessments_v\` ADD \`version_owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_assessments_v\` ADD \`version_review_before\` text;`)
  await db.run(sql`ALTER TABLE \`_assessments_v\` ADD \`version_last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_assessments_v\` ADD \`version_last_reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_version_version_owner_idx\` ON \`_assessments_v\` (\`version_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_version_version_review_before_idx\` ON \`_assessments_v\` (\`version_review_before\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_version_version_last_reviewed_by_idx\` ON \`_assessments_v\` (\`version_last_reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`newsletter_issues\` ADD \`owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`newsletter_issues\` ADD \`review_before\` text;`)
  await db.run(sql`ALTER TABLE \`newsletter_issues\` ADD \`last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`newsletter_issues\` ADD \`last_reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`newsletter_issues_owner_idx\` ON \`newsletter_issues\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_issues_review_before_idx\` ON \`newsletter_issues\` (\`review_before\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_issues_last_reviewed_by_idx\` ON \`newsletter_issues\` (\`last_reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`newsletter_issues_rels\` ADD \`ervaringen_id\` integer REFERENCES ervaringen(id);`)
  await db.run(sql`CREATE INDEX \`newsletter_issues_rels_ervaringen_id_idx\` ON \`newsletter_issues_rels\` (\`ervaringen_id\`);`)
  await db.run(sql`ALTER TABLE \`_newsletter_issues_v\` ADD \`version_owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_newsletter_issues_v\` ADD \`version_review_before\` text;`)
  await db.run(sql`ALTER TABLE \`_newsletter_issues_v\` ADD \`version_last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_newsletter_issues_v\` ADD \`version_last_reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_newsletter_issues_v_version_version_owner_idx\` ON \`_newsletter_issues_v\` (\`version_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_issues_v_version_version_review_before_idx\` ON \`_newsletter_issues_v\` (\`version_review_before\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_issues_v_version_version_last_reviewed_by_idx\` ON \`_newsletter_issues_v\` (\`version_last_reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_newsletter_issues_v_rels\` ADD \`ervaringen_id\` integer REFERENCES ervaringen(id);`)
  await db.run(sql`CREATE INDEX \`_newsletter_issues_v_rels_ervaringen_id_idx\` ON \`_newsletter_issues_v_rels\` (\`ervaringen_id\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`prefix\` text DEFAULT '';`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`_objectkey\` text;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`ervaringen_id\` integer REFERENCES ervaringen(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`submissions_id\` integer REFERENCES submissions(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`link_checks_id\` integer REFERENCES link_checks(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`audit_log_id\` integer REFERENCES audit_log(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`review_reminders_id\` integer REFERENCES review_reminders(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ervaringen_id_idx\` ON \`payload_locked_documents_rels\` (\`ervaringen_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_submissions_id_idx\` ON \`payload_locked_documents_rels\` (\`submissions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_link_checks_id_idx\` ON \`payload_locked_documents_rels\` (\`link_checks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_reminders_id_idx\` ON \`payload_locked_documents_rels\` (\`review_reminders_id\`);`)
  // Content that existed before review dates: due one review period from today (cms/src/collections/shared/review.ts, as of this migration).
  const reviewMonths: [string, number][] = [
    ['organisations', 6],
    ['external_services', 6],
    ['referral_trees', 6],
    ['offences', 12],
    ['checklists', 12],
    ['step_plans', 12],
    ['signals', 12],
    ['tips', 12],
    ['pages', 12],
    ['assessments', 12],
    ['videos', 24],
    ['newsletter_issues', 24],
  ]
  for (const [table, months] of reviewMonths) {
    const due = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+${months} months')`
    await db.run(sql.raw(`UPDATE \`${table}\` SET \`review_before\` = ${due} WHERE \`review_before\` IS NULL;`))
    await db.run(sql.raw(`UPDATE \`_${table}_v\` SET \`version_review_before\` = ${due} WHERE \`version_review_before\` IS NULL;`))
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`ervaringen\`;`)
  await db.run(sql`DROP TABLE \`ervaringen_texts\`;`)
  await db.run(sql`DROP TABLE \`ervaringen_rels\`;`)
  await db.run(sql`DROP TABLE \`_ervaringen_v\`;`)
  await db.run(sql`DROP TABLE \`_ervaringen_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_ervaringen_v_rels\`;`)
  await db.run(sql`DROP TABLE \`submissions_personal_data\`;`)
  await db.run(sql`DROP TABLE \`submissions\`;`)
  await db.run(sql`DROP TABLE \`link_checks\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`review_reminders\`;`)
  await db.run(sql`DROP TABLE \`content_health\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_pages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`platform\` text DEFAULT 'algemeen',
  	\`summary\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_pages\`("id", "title", "slug", "platform", "summary", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "platform", "summary", "updated_at", "created_at", "_status" FROM \`pages\`;`)
  await db.run(sql`DROP TABLE \`pages\`;`)
  await db.run(sql`ALTER TABLE \`__new_pages\` RENAME TO \`pages\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`pages_slug_idx\` ON \`pages\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`pages_updated_at_idx\` ON \`pages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pages_created_at_idx\` ON \`pages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`pages__status_idx\` ON \`pages\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__pages_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_platform\` text DEFAULT 'algemeen',
  	\`version_summary\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__pages_v\`("id", "parent_id", "version_title", "version_slug", "version_platform", "version_summary", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_platform", "version_summary", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_pages_v\`;`)
  await db.run(sql`DROP TABLE \`_pages_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__pages_v\` RENAME TO \`_pages_v\`;`)
  await db.run(sql`CREATE INDEX \`_pages_v_parent_idx\` ON \`_pages_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_slug_idx\` ON \`_pages_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_updated_at_idx\` ON \`_pages_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_created_at_idx\` ON \`_pages_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version__status_idx\` ON \`_pages_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_created_at_idx\` ON \`_pages_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_updated_at_idx\` ON \`_pages_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_latest_idx\` ON \`_pages_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_offences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`order\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_offences\`("id", "name", "slug", "summary", "order", "updated_at", "created_at", "_status") SELECT "id", "name", "slug", "summary", "order", "updated_at", "created_at", "_status" FROM \`offences\`;`)
  await db.run(sql`DROP TABLE \`offences\`;`)
  await db.run(sql`ALTER TABLE \`__new_offences\` RENAME TO \`offences\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`offences_slug_idx\` ON \`offences\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`offences_updated_at_idx\` ON \`offences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`offences_created_at_idx\` ON \`offences\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`offences__status_idx\` ON \`offences\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__offences_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_order\` numeric DEFAULT 0,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`offences\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__offences_v\`("id", "parent_id", "version_name", "version_slug", "version_summary", "version_order", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_name", "version_slug", "version_summary", "version_order", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_offences_v\`;`)
  await db.run(sql`DROP TABLE \`_offences_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__offences_v\` RENAME TO \`_offences_v\`;`)
  await db.run(sql`CREATE INDEX \`_offences_v_parent_idx\` ON \`_offences_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_offences_v_version_version_slug_idx\` ON \`_offences_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_offences_v_version_version_updated_at_idx\` ON \`_offences_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_offences_v_version_version_created_at_idx\` ON \`_offences_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_offences_v_version_version__status_idx\` ON \`_offences_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_offences_v_created_at_idx\` ON \`_offences_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_offences_v_updated_at_idx\` ON \`_offences_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_offences_v_latest_idx\` ON \`_offences_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_checklists\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`offence_id\` integer,
  	\`summary\` text,
  	\`intro\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`offence_id\`) REFERENCES \`offences\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_checklists\`("id", "title", "slug", "offence_id", "summary", "intro", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "offence_id", "summary", "intro", "updated_at", "created_at", "_status" FROM \`checklists\`;`)
  await db.run(sql`DROP TABLE \`checklists\`;`)
  await db.run(sql`ALTER TABLE \`__new_checklists\` RENAME TO \`checklists\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`checklists_slug_idx\` ON \`checklists\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`checklists_offence_idx\` ON \`checklists\` (\`offence_id\`);`)
  await db.run(sql`CREATE INDEX \`checklists_updated_at_idx\` ON \`checklists\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`checklists_created_at_idx\` ON \`checklists\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`checklists__status_idx\` ON \`checklists\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__checklists_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_offence_id\` integer,
  	\`version_summary\` text,
  	\`version_intro\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`checklists\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_offence_id\`) REFERENCES \`offences\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__checklists_v\`("id", "parent_id", "version_title", "version_slug", "version_offence_id", "version_summary", "version_intro", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_offence_id", "version_summary", "version_intro", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_checklists_v\`;`)
  await db.run(sql`DROP TABLE \`_checklists_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__checklists_v\` RENAME TO \`_checklists_v\`;`)
  await db.run(sql`CREATE INDEX \`_checklists_v_parent_idx\` ON \`_checklists_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_checklists_v_version_version_slug_idx\` ON \`_checklists_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_checklists_v_version_version_offence_idx\` ON \`_checklists_v\` (\`version_offence_id\`);`)
  await db.run(sql`CREATE INDEX \`_checklists_v_version_version_updated_at_idx\` ON \`_checklists_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_checklists_v_version_version_created_at_idx\` ON \`_checklists_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_checklists_v_version_version__status_idx\` ON \`_checklists_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_checklists_v_created_at_idx\` ON \`_checklists_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_checklists_v_updated_at_idx\` ON \`_checklists_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_checklists_v_latest_idx\` ON \`_checklists_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_tips\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`theme\` text,
  	\`image_id\` integer,
  	\`body\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_tips\`("id", "title", "slug", "summary", "theme", "image_id", "body", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "summary", "theme", "image_id", "body", "updated_at", "created_at", "_status" FROM \`tips\`;`)
  await db.run(sql`DROP TABLE \`tips\`;`)
  await db.run(sql`ALTER TABLE \`__new_tips\` RENAME TO \`tips\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`tips_slug_idx\` ON \`tips\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`tips_image_idx\` ON \`tips\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`tips_updated_at_idx\` ON \`tips\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`tips_created_at_idx\` ON \`tips\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`tips__status_idx\` ON \`tips\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__tips_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_theme\` text,
  	\`version_image_id\` integer,
  	\`version_body\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tips\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__tips_v\`("id", "parent_id", "version_title", "version_slug", "version_summary", "version_theme", "version_image_id", "version_body", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_summary", "version_theme", "version_image_id", "version_body", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_tips_v\`;`)
  await db.run(sql`DROP TABLE \`_tips_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__tips_v\` RENAME TO \`_tips_v\`;`)
  await db.run(sql`CREATE INDEX \`_tips_v_parent_idx\` ON \`_tips_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_tips_v_version_version_slug_idx\` ON \`_tips_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_tips_v_version_version_image_idx\` ON \`_tips_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_tips_v_version_version_updated_at_idx\` ON \`_tips_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_tips_v_version_version_created_at_idx\` ON \`_tips_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_tips_v_version_version__status_idx\` ON \`_tips_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_tips_v_created_at_idx\` ON \`_tips_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_tips_v_updated_at_idx\` ON \`_tips_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_tips_v_latest_idx\` ON \`_tips_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_videos\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`kind\` text,
  	\`duration_seconds\` numeric,
  	\`source_type\` text DEFAULT 'file',
  	\`source_file_id\` integer,
  	\`source_provider\` text,
  	\`source_url\` text,
  	\`poster_id\` integer,
  	\`captions\` text,
  	\`transcript\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`source_file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`poster_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_videos\`("id", "title", "slug", "summary", "kind", "duration_seconds", "source_type", "source_file_id", "source_provider", "source_url", "poster_id", "captions", "transcript", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "summary", "kind", "duration_seconds", "source_type", "source_file_id", "source_provider", "source_url", "poster_id", "captions", "transcript", "updated_at", "created_at", "_status" FROM \`videos\`;`)
  await db.run(sql`DROP TABLE \`videos\`;`)
  await db.run(sql`ALTER TABLE \`__new_videos\` RENAME TO \`videos\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`videos_slug_idx\` ON \`videos\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`videos_source_source_file_idx\` ON \`videos\` (\`source_file_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_poster_idx\` ON \`videos\` (\`poster_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_updated_at_idx\` ON \`videos\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`videos_created_at_idx\` ON \`videos\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`videos__status_idx\` ON \`videos\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__videos_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_kind\` text,
  	\`version_duration_seconds\` numeric,
  	\`version_source_type\` text DEFAULT 'file',
  	\`version_source_file_id\` integer,
  	\`version_source_provider\` text,
  	\`version_source_url\` text,
  	\`version_poster_id\` integer,
  	\`version_captions\` text,
  	\`version_transcript\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_source_file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_poster_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__videos_v\`("id", "parent_id", "version_title", "version_slug", "version_summary", "version_kind", "version_duration_seconds", "version_source_type", "version_source_file_id", "version_source_provider", "version_source_url", "version_poster_id", "version_captions", "version_transcript", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_summary", "version_kind", "version_duration_seconds", "version_source_type", "version_source_file_id", "version_source_provider", "version_source_url", "version_poster_id", "version_captions", "version_transcript", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_videos_v\`;`)
  await db.run(sql`DROP TABLE \`_videos_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__videos_v\` RENAME TO \`_videos_v\`;`)
  await db.run(sql`CREATE INDEX \`_videos_v_parent_idx\` ON \`_videos_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_slug_idx\` ON \`_videos_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_source_version_source_file_idx\` ON \`_videos_v\` (\`version_source_file_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_poster_idx\` ON \`_videos_v\` (\`version_poster_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_updated_at_idx\` ON \`_videos_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_created_at_idx\` ON \`_videos_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version__status_idx\` ON \`_videos_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_created_at_idx\` ON \`_videos_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_updated_at_idx\` ON \`_videos_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_latest_idx\` ON \`_videos_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_step_plans\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_step_plans\`("id", "title", "slug", "summary", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "summary", "updated_at", "created_at", "_status" FROM \`step_plans\`;`)
  await db.run(sql`DROP TABLE \`step_plans\`;`)
  await db.run(sql`ALTER TABLE \`__new_step_plans\` RENAME TO \`step_plans\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`step_plans_slug_idx\` ON \`step_plans\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`step_plans_updated_at_idx\` ON \`step_plans\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`step_plans_created_at_idx\` ON \`step_plans\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`step_plans__status_idx\` ON \`step_plans\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__step_plans_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`step_plans\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__step_plans_v\`("id", "parent_id", "version_title", "version_slug", "version_summary", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_summary", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_step_plans_v\`;`)
  await db.run(sql`DROP TABLE \`_step_plans_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__step_plans_v\` RENAME TO \`_step_plans_v\`;`)
  await db.run(sql`CREATE INDEX \`_step_plans_v_parent_idx\` ON \`_step_plans_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_step_plans_v_version_version_slug_idx\` ON \`_step_plans_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_step_plans_v_version_version_updated_at_idx\` ON \`_step_plans_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_step_plans_v_version_version_created_at_idx\` ON \`_step_plans_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_step_plans_v_version_version__status_idx\` ON \`_step_plans_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_step_plans_v_created_at_idx\` ON \`_step_plans_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_step_plans_v_updated_at_idx\` ON \`_step_plans_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_step_plans_v_latest_idx\` ON \`_step_plans_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_signals\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`category\` text,
  	\`order\` numeric DEFAULT 0,
  	\`description\` text,
  	\`what_to_do\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_signals\`("id", "title", "slug", "category", "order", "description", "what_to_do", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "category", "order", "description", "what_to_do", "updated_at", "created_at", "_status" FROM \`signals\`;`)
  await db.run(sql`DROP TABLE \`signals\`;`)
  await db.run(sql`ALTER TABLE \`__new_signals\` RENAME TO \`signals\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`signals_slug_idx\` ON \`signals\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`signals_updated_at_idx\` ON \`signals\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`signals_created_at_idx\` ON \`signals\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`signals__status_idx\` ON \`signals\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__signals_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_category\` text,
  	\`version_order\` numeric DEFAULT 0,
  	\`version_description\` text,
  	\`version_what_to_do\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`signals\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__signals_v\`("id", "parent_id", "version_title", "version_slug", "version_category", "version_order", "version_description", "version_what_to_do", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_category", "version_order", "version_description", "version_what_to_do", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_signals_v\`;`)
  await db.run(sql`DROP TABLE \`_signals_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__signals_v\` RENAME TO \`_signals_v\`;`)
  await db.run(sql`CREATE INDEX \`_signals_v_parent_idx\` ON \`_signals_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_signals_v_version_version_slug_idx\` ON \`_signals_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_signals_v_version_version_updated_at_idx\` ON \`_signals_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_signals_v_version_version_created_at_idx\` ON \`_signals_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_signals_v_version_version__status_idx\` ON \`_signals_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_signals_v_created_at_idx\` ON \`_signals_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_signals_v_updated_at_idx\` ON \`_signals_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_signals_v_latest_idx\` ON \`_signals_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_organisations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`slug\` text,
  	\`description\` text,
  	\`phone\` text,
  	\`chat_url\` text,
  	\`url\` text,
  	\`hours\` text,
  	\`example_data\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_organisations\`("id", "name", "slug", "description", "phone", "chat_url", "url", "hours", "example_data", "updated_at", "created_at", "_status") SELECT "id", "name", "slug", "description", "phone", "chat_url", "url", "hours", "example_data", "updated_at", "created_at", "_status" FROM \`organisations\`;`)
  await db.run(sql`DROP TABLE \`organisations\`;`)
  await db.run(sql`ALTER TABLE \`__new_organisations\` RENAME TO \`organisations\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`organisations_slug_idx\` ON \`organisations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`organisations_updated_at_idx\` ON \`organisations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organisations_created_at_idx\` ON \`organisations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`organisations__status_idx\` ON \`organisations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__organisations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_description\` text,
  	\`version_phone\` text,
  	\`version_chat_url\` text,
  	\`version_url\` text,
  	\`version_hours\` text,
  	\`version_example_data\` integer DEFAULT true,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__organisations_v\`("id", "parent_id", "version_name", "version_slug", "version_description", "version_phone", "version_chat_url", "version_url", "version_hours", "version_example_data", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_name", "version_slug", "version_description", "version_phone", "version_chat_url", "version_url", "version_hours", "version_example_data", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_organisations_v\`;`)
  await db.run(sql`DROP TABLE \`_organisations_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__organisations_v\` RENAME TO \`_organisations_v\`;`)
  await db.run(sql`CREATE INDEX \`_organisations_v_parent_idx\` ON \`_organisations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_slug_idx\` ON \`_organisations_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_updated_at_idx\` ON \`_organisations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_created_at_idx\` ON \`_organisations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version__status_idx\` ON \`_organisations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_created_at_idx\` ON \`_organisations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_updated_at_idx\` ON \`_organisations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_latest_idx\` ON \`_organisations_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_external_services\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`description\` text,
  	\`url\` text,
  	\`platform\` text,
  	\`pillar\` text,
  	\`order\` numeric DEFAULT 0,
  	\`example_data\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_external_services\`("id", "title", "slug", "description", "url", "platform", "pillar", "order", "example_data", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "description", "url", "platform", "pillar", "order", "example_data", "updated_at", "created_at", "_status" FROM \`external_services\`;`)
  await db.run(sql`DROP TABLE \`external_services\`;`)
  await db.run(sql`ALTER TABLE \`__new_external_services\` RENAME TO \`external_services\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`external_services_slug_idx\` ON \`external_services\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`external_services_updated_at_idx\` ON \`external_services\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`external_services_created_at_idx\` ON \`external_services\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`external_services__status_idx\` ON \`external_services\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__external_services_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_description\` text,
  	\`version_url\` text,
  	\`version_platform\` text,
  	\`version_pillar\` text,
  	\`version_order\` numeric DEFAULT 0,
  	\`version_example_data\` integer DEFAULT true,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`external_services\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__external_services_v\`("id", "parent_id", "version_title", "version_slug", "version_description", "version_url", "version_platform", "version_pillar", "version_order", "version_example_data", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_description", "version_url", "version_platform", "version_pillar", "version_order", "version_example_data", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_external_services_v\`;`)
  await db.run(sql`DROP TABLE \`_external_services_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__external_services_v\` RENAME TO \`_external_services_v\`;`)
  await db.run(sql`CREATE INDEX \`_external_services_v_parent_idx\` ON \`_external_services_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_external_services_v_version_version_slug_idx\` ON \`_external_services_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_external_services_v_version_version_updated_at_idx\` ON \`_external_services_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_external_services_v_version_version_created_at_idx\` ON \`_external_services_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_external_services_v_version_version__status_idx\` ON \`_external_services_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_external_services_v_created_at_idx\` ON \`_external_services_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_external_services_v_updated_at_idx\` ON \`_external_services_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_external_services_v_latest_idx\` ON \`_external_services_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_referral_trees\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`platform\` text,
  	\`intro\` text,
  	\`start\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_referral_trees\`("id", "title", "slug", "summary", "platform", "intro", "start", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "summary", "platform", "intro", "start", "updated_at", "created_at", "_status" FROM \`referral_trees\`;`)
  await db.run(sql`DROP TABLE \`referral_trees\`;`)
  await db.run(sql`ALTER TABLE \`__new_referral_trees\` RENAME TO \`referral_trees\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`referral_trees_slug_idx\` ON \`referral_trees\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`referral_trees_updated_at_idx\` ON \`referral_trees\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`referral_trees_created_at_idx\` ON \`referral_trees\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`referral_trees__status_idx\` ON \`referral_trees\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__referral_trees_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_platform\` text,
  	\`version_intro\` text,
  	\`version_start\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`referral_trees\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__referral_trees_v\`("id", "parent_id", "version_title", "version_slug", "version_summary", "version_platform", "version_intro", "version_start", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_summary", "version_platform", "version_intro", "version_start", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_referral_trees_v\`;`)
  await db.run(sql`DROP TABLE \`_referral_trees_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__referral_trees_v\` RENAME TO \`_referral_trees_v\`;`)
  await db.run(sql`CREATE INDEX \`_referral_trees_v_parent_idx\` ON \`_referral_trees_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_referral_trees_v_version_version_slug_idx\` ON \`_referral_trees_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_referral_trees_v_version_version_updated_at_idx\` ON \`_referral_trees_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_referral_trees_v_version_version_created_at_idx\` ON \`_referral_trees_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_referral_trees_v_version_version__status_idx\` ON \`_referral_trees_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_referral_trees_v_created_at_idx\` ON \`_referral_trees_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_referral_trees_v_updated_at_idx\` ON \`_referral_trees_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_referral_trees_v_latest_idx\` ON \`_referral_trees_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_assessments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`kind\` text,
  	\`platform\` text,
  	\`intro\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_assessments\`("id", "title", "slug", "summary", "kind", "platform", "intro", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "summary", "kind", "platform", "intro", "updated_at", "created_at", "_status" FROM \`assessments\`;`)
  await db.run(sql`DROP TABLE \`assessments\`;`)
  await db.run(sql`ALTER TABLE \`__new_assessments\` RENAME TO \`assessments\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`assessments_slug_idx\` ON \`assessments\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`assessments_updated_at_idx\` ON \`assessments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`assessments_created_at_idx\` ON \`assessments\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`assessments__status_idx\` ON \`assessments\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__assessments_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_kind\` text,
  	\`version_platform\` text,
  	\`version_intro\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`assessments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__assessments_v\`("id", "parent_id", "version_title", "version_slug", "version_summary", "version_kind", "version_platform", "version_intro", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_summary", "version_kind", "version_platform", "version_intro", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_assessments_v\`;`)
  await db.run(sql`DROP TABLE \`_assessments_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__assessments_v\` RENAME TO \`_assessments_v\`;`)
  await db.run(sql`CREATE INDEX \`_assessments_v_parent_idx\` ON \`_assessments_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_version_version_slug_idx\` ON \`_assessments_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_version_version_updated_at_idx\` ON \`_assessments_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_version_version_created_at_idx\` ON \`_assessments_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_version_version__status_idx\` ON \`_assessments_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_created_at_idx\` ON \`_assessments_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_updated_at_idx\` ON \`_assessments_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_latest_idx\` ON \`_assessments_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_newsletter_issues\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`number\` numeric,
  	\`slug\` text,
  	\`date\` text,
  	\`intro\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_newsletter_issues\`("id", "title", "number", "slug", "date", "intro", "updated_at", "created_at", "_status") SELECT "id", "title", "number", "slug", "date", "intro", "updated_at", "created_at", "_status" FROM \`newsletter_issues\`;`)
  await db.run(sql`DROP TABLE \`newsletter_issues\`;`)
  await db.run(sql`ALTER TABLE \`__new_newsletter_issues\` RENAME TO \`newsletter_issues\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`newsletter_issues_number_idx\` ON \`newsletter_issues\` (\`number\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`newsletter_issues_slug_idx\` ON \`newsletter_issues\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_issues_updated_at_idx\` ON \`newsletter_issues\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_issues_created_at_idx\` ON \`newsletter_issues\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_issues__status_idx\` ON \`newsletter_issues\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new_newsletter_issues_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`offences_id\` integer,
  	\`checklists_id\` integer,
  	\`tips_id\` integer,
  	\`videos_id\` integer,
  	\`step_plans_id\` integer,
  	\`signals_id\` integer,
  	\`organisations_id\` integer,
  	\`external_services_id\` integer,
  	\`referral_trees_id\` integer,
  	\`assessments_id\` integer,
  	\`newsletter_issues_id\` integer,
  	\`pages_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`newsletter_issues\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`offences_id\`) REFERENCES \`offences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`checklists_id\`) REFERENCES \`checklists\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tips_id\`) REFERENCES \`tips\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`step_plans_id\`) REFERENCES \`step_plans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`signals_id\`) REFERENCES \`signals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`external_services_id\`) REFERENCES \`external_services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`referral_trees_id\`) REFERENCES \`referral_trees\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`assessments_id\`) REFERENCES \`assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletter_issues_id\`) REFERENCES \`newsletter_issues\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_newsletter_issues_rels\`("id", "order", "parent_id", "path", "offences_id", "checklists_id", "tips_id", "videos_id", "step_plans_id", "signals_id", "organisations_id", "external_services_id", "referral_trees_id", "assessments_id", "newsletter_issues_id", "pages_id") SELECT "id", "order", "parent_id", "path", "offences_id", "checklists_id", "tips_id", "videos_id", "step_plans_id", "signals_id", "organisations_id", "external_services_id", "referral_trees_id", "assessments_id", "newsletter_issues_id", "pages_id" FROM \`newsletter_issues_rels\`;`)
  await db.run(sql`DROP TABLE \`newsletter_issues_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_newsletter_issues_rels\` RENAME TO \`newsletter_issues_rels\`;`)
  await db.run(sql`CREATE INDEX \`newsletter_issues_rels_order_idx\` ON \`newsletter_issues_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_issues_rels_parent_idx\` ON \`newsletter_issues_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_issues_rels_path_idx\` ON \`newsletter_issues_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_issues_rels_offences_id_idx\` ON \`newsletter_issues_rels\` (\`offences_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_issues_rels_checklists_id_idx\` ON \`newsletter_issues_rels\` (\`checklists_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_issues_rels_tips_id_idx\` ON \`newsletter_issues_rels\` (\`tips_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_issues_rels_videos_id_idx\` ON \`newsletter_issues_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_issues_rels_step_plans_id_idx\` ON \`newsletter_issues_rels\` (\`step_plans_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_issues_rels_signals_id_idx\` ON \`newsletter_issues_rels\` (\`signals_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_issues_rels_organisations_id_idx\` ON \`newsletter_issues_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_issues_rels_external_services_id_idx\` ON \`newsletter_issues_rels\` (\`external_services_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_issues_rels_referral_trees_id_idx\` ON \`newsletter_issues_rels\` (\`referral_trees_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_issues_rels_assessments_id_idx\` ON \`newsletter_issues_rels\` (\`assessments_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_issues_rels_newsletter_issues_id_idx\` ON \`newsletter_issues_rels\` (\`newsletter_issues_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_issues_rels_pages_id_idx\` ON \`newsletter_issues_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__newsletter_issues_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_number\` numeric,
  	\`version_slug\` text,
  	\`version_date\` text,
  	\`version_intro\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`newsletter_issues\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__newsletter_issues_v\`("id", "parent_id", "version_title", "version_number", "version_slug", "version_date", "version_intro", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_number", "version_slug", "version_date", "version_intro", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_newsletter_issues_v\`;`)
  await db.run(sql`DROP TABLE \`_newsletter_issues_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__newsletter_issues_v\` RENAME TO \`_newsletter_issues_v\`;`)
  await db.run(sql`CREATE INDEX \`_newsletter_issues_v_parent_idx\` ON \`_newsletter_issues_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_issues_v_version_version_number_idx\` ON \`_newsletter_issues_v\` (\`version_number\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_issues_v_version_version_slug_idx\` ON \`_newsletter_issues_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_issues_v_version_version_updated_at_idx\` ON \`_newsletter_issues_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_issues_v_version_version_created_at_idx\` ON \`_newsletter_issues_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_issues_v_version_version__status_idx\` ON \`_newsletter_issues_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_issues_v_created_at_idx\` ON \`_newsletter_issues_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_issues_v_updated_at_idx\` ON \`_newsletter_issues_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_issues_v_latest_idx\` ON \`_newsletter_issues_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new__newsletter_issues_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`offences_id\` integer,
  	\`checklists_id\` integer,
  	\`tips_id\` integer,
  	\`videos_id\` integer,
  	\`step_plans_id\` integer,
  	\`signals_id\` integer,
  	\`organisations_id\` integer,
  	\`external_services_id\` integer,
  	\`referral_trees_id\` integer,
  	\`assessments_id\` integer,
  	\`newsletter_issues_id\` integer,
  	\`pages_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_newsletter_issues_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`offences_id\`) REFERENCES \`offences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`checklists_id\`) REFERENCES \`checklists\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tips_id\`) REFERENCES \`tips\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`step_plans_id\`) REFERENCES \`step_plans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`signals_id\`) REFERENCES \`signals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`external_services_id\`) REFERENCES \`external_services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`referral_trees_id\`) REFERENCES \`referral_trees\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`assessments_id\`) REFERENCES \`assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletter_issues_id\`) REFERENCES \`newsletter_issues\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__newsletter_issues_v_rels\`("id", "order", "parent_id", "path", "offences_id", "checklists_id", "tips_id", "videos_id", "step_plans_id", "signals_id", "organisations_id", "external_services_id", "referral_trees_id", "assessments_id", "newsletter_issues_id", "pages_id") SELECT "id", "order", "parent_id", "path", "offences_id", "checklists_id", "tips_id", "videos_id", "step_plans_id", "signals_id", "organisations_id", "external_services_id", "referral_trees_id", "assessments_id", "newsletter_issues_id", "pages_id" FROM \`_newsletter_issues_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_newsletter_issues_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__newsletter_issues_v_rels\` RENAME TO \`_newsletter_issues_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_newsletter_issues_v_rels_order_idx\` ON \`_newsletter_issues_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_issues_v_rels_parent_idx\` ON \`_newsletter_issues_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_issues_v_rels_path_idx\` ON \`_newsletter_issues_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_issues_v_rels_offences_id_idx\` ON \`_newsletter_issues_v_rels\` (\`offences_id\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_issues_v_rels_checklists_id_idx\` ON \`_newsletter_issues_v_rels\` (\`checklists_id\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_issues_v_rels_tips_id_idx\` ON \`_newsletter_issues_v_rels\` (\`tips_id\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_issues_v_rels_videos_id_idx\` ON \`_newsletter_issues_v_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_issues_v_rels_step_plans_id_idx\` ON \`_newsletter_issues_v_rels\` (\`step_plans_id\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_issues_v_rels_signals_id_idx\` ON \`_newsletter_issues_v_rels\` (\`signals_id\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_issues_v_rels_organisations_id_idx\` ON \`_newsletter_issues_v_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_issues_v_rels_external_services_id_idx\` ON \`_newsletter_issues_v_rels\` (\`external_services_id\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_issues_v_rels_referral_trees_id_idx\` ON \`_newsletter_issues_v_rels\` (\`referral_trees_id\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_issues_v_rels_assessments_id_idx\` ON \`_newsletter_issues_v_rels\` (\`assessments_id\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_issues_v_rels_newsletter_issues_id_idx\` ON \`_newsletter_issues_v_rels\` (\`newsletter_issues_id\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_issues_v_rels_pages_id_idx\` ON \`_newsletter_issues_v_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`pages_id\` integer,
  	\`offences_id\` integer,
  	\`checklists_id\` integer,
  	\`tips_id\` integer,
  	\`videos_id\` integer,
  	\`step_plans_id\` integer,
  	\`signals_id\` integer,
  	\`organisations_id\` integer,
  	\`external_services_id\` integer,
  	\`referral_trees_id\` integer,
  	\`assessments_id\` integer,
  	\`newsletter_issues_id\` integer,
  	\`subscribers_id\` integer,
  	\`deliveries_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`rate_limits_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`offences_id\`) REFERENCES \`offences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`checklists_id\`) REFERENCES \`checklists\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tips_id\`) REFERENCES \`tips\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`step_plans_id\`) REFERENCES \`step_plans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`signals_id\`) REFERENCES \`signals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`external_services_id\`) REFERENCES \`external_services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`referral_trees_id\`) REFERENCES \`referral_trees\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`assessments_id\`) REFERENCES \`assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletter_issues_id\`) REFERENCES \`newsletter_issues\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`subscribers_id\`) REFERENCES \`subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`deliveries_id\`) REFERENCES \`deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rate_limits_id\`) REFERENCES \`rate_limits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "pages_id", "offences_id", "checklists_id", "tips_id", "videos_id", "step_plans_id", "signals_id", "organisations_id", "external_services_id", "referral_trees_id", "assessments_id", "newsletter_issues_id", "subscribers_id", "deliveries_id", "media_id", "users_id", "rate_limits_id") SELECT "id", "order", "parent_id", "path", "pages_id", "offences_id", "checklists_id", "tips_id", "videos_id", "step_plans_id", "signals_id", "organisations_id", "external_services_id", "referral_trees_id", "assessments_id", "newsletter_issues_id", "subscribers_id", "deliveries_id", "media_id", "users_id", "rate_limits_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_offences_id_idx\` ON \`payload_locked_documents_rels\` (\`offences_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_checklists_id_idx\` ON \`payload_locked_documents_rels\` (\`checklists_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tips_id_idx\` ON \`payload_locked_documents_rels\` (\`tips_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_videos_id_idx\` ON \`payload_locked_documents_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_step_plans_id_idx\` ON \`payload_locked_documents_rels\` (\`step_plans_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_signals_id_idx\` ON \`payload_locked_documents_rels\` (\`signals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_external_services_id_idx\` ON \`payload_locked_documents_rels\` (\`external_services_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_referral_trees_id_idx\` ON \`payload_locked_documents_rels\` (\`referral_trees_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_assessments_id_idx\` ON \`payload_locked_documents_rels\` (\`assessments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletter_issues_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletter_issues_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subscribers_id_idx\` ON \`payload_locked_documents_rels\` (\`subscribers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rate_limits_id_idx\` ON \`payload_locked_documents_rels\` (\`rate_limits_id\`);`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`_objectkey\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
}
