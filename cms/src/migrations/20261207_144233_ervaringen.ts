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
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`submission_id\`) REFERENCES \`submissions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`ervaringen_slug_idx\` ON \`ervaringen\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`ervaringen_submission_idx\` ON \`ervaringen\` (\`submission_id\`);`)
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
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`ervaringen\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submission_id\`) REFERENCES \`submissions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_ervaringen_v_parent_idx\` ON \`_ervaringen_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_ervaringen_v_version_version_slug_idx\` ON \`_ervaringen_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_ervaringen_v_version_version_submission_idx\` ON \`_ervaringen_v\` (\`version_submission_id\`);`)
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
  await db.run(sql`ALTER TABLE \`newsletter_issues_rels\` ADD \`ervaringen_id\` integer REFERENCES ervaringen(id);`)
  await db.run(sql`CREATE INDEX \`newsletter_issues_rels_ervaringen_id_idx\` ON \`newsletter_issues_rels\` (\`ervaringen_id\`);`)
  await db.run(sql`ALTER TABLE \`_newsletter_issues_v_rels\` ADD \`ervaringen_id\` integer REFERENCES ervaringen(id);`)
  await db.run(sql`CREATE INDEX \`_newsletter_issues_v_rels_ervaringen_id_idx\` ON \`_newsletter_issues_v_rels\` (\`ervaringen_id\`);`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`ervaring_id\` integer REFERENCES ervaringen(id);`)
  await db.run(sql`CREATE INDEX \`submissions_ervaring_idx\` ON \`submissions\` (\`ervaring_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`ervaringen_id\` integer REFERENCES ervaringen(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ervaringen_id_idx\` ON \`payload_locked_documents_rels\` (\`ervaringen_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`ervaringen\`;`)
  await db.run(sql`DROP TABLE \`ervaringen_texts\`;`)
  await db.run(sql`DROP TABLE \`ervaringen_rels\`;`)
  await db.run(sql`DROP TABLE \`_ervaringen_v\`;`)
  await db.run(sql`DROP TABLE \`_ervaringen_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_ervaringen_v_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE TABLE \`__new_submissions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	\`status\` text DEFAULT 'nieuw' NOT NULL,
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
  	FOREIGN KEY (\`offence_id\`) REFERENCES \`offences\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_submissions\`("id", "text", "status", "offence_id", "theme", "name", "email", "notify_on_publish", "notified_at", "consent", "consent_text_version", "consent_at", "text_hash", "updated_at", "created_at") SELECT "id", "text", "status", "offence_id", "theme", "name", "email", "notify_on_publish", "notified_at", "consent", "consent_text_version", "consent_at", "text_hash", "updated_at", "created_at" FROM \`submissions\`;`)
  await db.run(sql`DROP TABLE \`submissions\`;`)
  await db.run(sql`ALTER TABLE \`__new_submissions\` RENAME TO \`submissions\`;`)
  await db.run(sql`CREATE INDEX \`submissions_status_idx\` ON \`submissions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`submissions_offence_idx\` ON \`submissions\` (\`offence_id\`);`)
  await db.run(sql`CREATE INDEX \`submissions_text_hash_idx\` ON \`submissions\` (\`text_hash\`);`)
  await db.run(sql`CREATE INDEX \`submissions_updated_at_idx\` ON \`submissions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`submissions_created_at_idx\` ON \`submissions\` (\`created_at\`);`)
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
  	\`submissions_id\` integer,
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
  	FOREIGN KEY (\`submissions_id\`) REFERENCES \`submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`subscribers_id\`) REFERENCES \`subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`deliveries_id\`) REFERENCES \`deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rate_limits_id\`) REFERENCES \`rate_limits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "pages_id", "offences_id", "checklists_id", "tips_id", "videos_id", "step_plans_id", "signals_id", "organisations_id", "external_services_id", "referral_trees_id", "assessments_id", "newsletter_issues_id", "submissions_id", "subscribers_id", "deliveries_id", "media_id", "users_id", "rate_limits_id") SELECT "id", "order", "parent_id", "path", "pages_id", "offences_id", "checklists_id", "tips_id", "videos_id", "step_plans_id", "signals_id", "organisations_id", "external_services_id", "referral_trees_id", "assessments_id", "newsletter_issues_id", "submissions_id", "subscribers_id", "deliveries_id", "media_id", "users_id", "rate_limits_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_submissions_id_idx\` ON \`payload_locked_documents_rels\` (\`submissions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subscribers_id_idx\` ON \`payload_locked_documents_rels\` (\`subscribers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rate_limits_id_idx\` ON \`payload_locked_documents_rels\` (\`rate_limits_id\`);`)
}
