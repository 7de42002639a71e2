import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`pages_blocks_hero\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`text\` text,
  	\`image_id\` integer,
  	\`block_name\` text,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_blocks_hero_order_idx\` ON \`pages_blocks_hero\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_hero_parent_id_idx\` ON \`pages_blocks_hero\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_hero_path_idx\` ON \`pages_blocks_hero\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_hero_image_idx\` ON \`pages_blocks_hero\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_rich_text\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`body\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_blocks_rich_text_order_idx\` ON \`pages_blocks_rich_text\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_rich_text_parent_id_idx\` ON \`pages_blocks_rich_text\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_rich_text_path_idx\` ON \`pages_blocks_rich_text\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_call_to_action_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`href\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages_blocks_call_to_action\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_blocks_call_to_action_links_order_idx\` ON \`pages_blocks_call_to_action_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_call_to_action_links_parent_id_idx\` ON \`pages_blocks_call_to_action_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_call_to_action\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_blocks_call_to_action_order_idx\` ON \`pages_blocks_call_to_action\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_call_to_action_parent_id_idx\` ON \`pages_blocks_call_to_action\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_call_to_action_path_idx\` ON \`pages_blocks_call_to_action\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_offence_tiles\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_blocks_offence_tiles_order_idx\` ON \`pages_blocks_offence_tiles\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_offence_tiles_parent_id_idx\` ON \`pages_blocks_offence_tiles\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_offence_tiles_path_idx\` ON \`pages_blocks_offence_tiles\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_advice_line\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_blocks_advice_line_order_idx\` ON \`pages_blocks_advice_line\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_advice_line_parent_id_idx\` ON \`pages_blocks_advice_line\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_advice_line_path_idx\` ON \`pages_blocks_advice_line\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`pages\` (
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
  await db.run(sql`CREATE INDEX \`pages_slug_idx\` ON \`pages\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`pages_updated_at_idx\` ON \`pages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pages_created_at_idx\` ON \`pages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`pages__status_idx\` ON \`pages\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_hero\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`text\` text,
  	\`image_id\` integer,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_hero_order_idx\` ON \`_pages_v_blocks_hero\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_hero_parent_id_idx\` ON \`_pages_v_blocks_hero\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_hero_path_idx\` ON \`_pages_v_blocks_hero\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_hero_image_idx\` ON \`_pages_v_blocks_hero\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_rich_text\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`body\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_rich_text_order_idx\` ON \`_pages_v_blocks_rich_text\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_rich_text_parent_id_idx\` ON \`_pages_v_blocks_rich_text\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_rich_text_path_idx\` ON \`_pages_v_blocks_rich_text\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_call_to_action_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`href\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v_blocks_call_to_action\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_call_to_action_links_order_idx\` ON \`_pages_v_blocks_call_to_action_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_call_to_action_links_parent_id_idx\` ON \`_pages_v_blocks_call_to_action_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_call_to_action\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_call_to_action_order_idx\` ON \`_pages_v_blocks_call_to_action\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_call_to_action_parent_id_idx\` ON \`_pages_v_blocks_call_to_action\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_call_to_action_path_idx\` ON \`_pages_v_blocks_call_to_action\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_offence_tiles\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_offence_tiles_order_idx\` ON \`_pages_v_blocks_offence_tiles\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_offence_tiles_parent_id_idx\` ON \`_pages_v_blocks_offence_tiles\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_offence_tiles_path_idx\` ON \`_pages_v_blocks_offence_tiles\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_advice_line\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_advice_line_order_idx\` ON \`_pages_v_blocks_advice_line\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_advice_line_parent_id_idx\` ON \`_pages_v_blocks_advice_line\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_advice_line_path_idx\` ON \`_pages_v_blocks_advice_line\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v\` (
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
  await db.run(sql`CREATE INDEX \`_pages_v_parent_idx\` ON \`_pages_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_slug_idx\` ON \`_pages_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_updated_at_idx\` ON \`_pages_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_created_at_idx\` ON \`_pages_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version__status_idx\` ON \`_pages_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_created_at_idx\` ON \`_pages_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_updated_at_idx\` ON \`_pages_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_latest_idx\` ON \`_pages_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`offences\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`offences_slug_idx\` ON \`offences\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`offences_updated_at_idx\` ON \`offences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`offences_created_at_idx\` ON \`offences\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`offences__status_idx\` ON \`offences\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`offences_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`offences\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`offences_texts_order_parent\` ON \`offences_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_offences_v\` (
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
  await db.run(sql`CREATE INDEX \`_offences_v_parent_idx\` ON \`_offences_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_offences_v_version_version_slug_idx\` ON \`_offences_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_offences_v_version_version_updated_at_idx\` ON \`_offences_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_offences_v_version_version_created_at_idx\` ON \`_offences_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_offences_v_version_version__status_idx\` ON \`_offences_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_offences_v_created_at_idx\` ON \`_offences_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_offences_v_updated_at_idx\` ON \`_offences_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_offences_v_latest_idx\` ON \`_offences_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_offences_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_offences_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_offences_v_texts_order_parent\` ON \`_offences_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`checklists_sections_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`key\` text,
  	\`body\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`checklists_sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`checklists_sections_items_order_idx\` ON \`checklists_sections_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`checklists_sections_items_parent_id_idx\` ON \`checklists_sections_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`checklists_sections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`checklists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`checklists_sections_order_idx\` ON \`checklists_sections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`checklists_sections_parent_id_idx\` ON \`checklists_sections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`checklists\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`checklists_slug_idx\` ON \`checklists\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`checklists_offence_idx\` ON \`checklists\` (\`offence_id\`);`)
  await db.run(sql`CREATE INDEX \`checklists_updated_at_idx\` ON \`checklists\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`checklists_created_at_idx\` ON \`checklists\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`checklists__status_idx\` ON \`checklists\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`checklists_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`tips_id\` integer,
  	\`videos_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`checklists\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tips_id\`) REFERENCES \`tips\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`checklists_rels_order_idx\` ON \`checklists_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`checklists_rels_parent_idx\` ON \`checklists_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`checklists_rels_path_idx\` ON \`checklists_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`checklists_rels_tips_id_idx\` ON \`checklists_rels\` (\`tips_id\`);`)
  await db.run(sql`CREATE INDEX \`checklists_rels_videos_id_idx\` ON \`checklists_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE TABLE \`_checklists_v_version_sections_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`key\` text,
  	\`body\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_checklists_v_version_sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_checklists_v_version_sections_items_order_idx\` ON \`_checklists_v_version_sections_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_checklists_v_version_sections_items_parent_id_idx\` ON \`_checklists_v_version_sections_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_checklists_v_version_sections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_checklists_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_checklists_v_version_sections_order_idx\` ON \`_checklists_v_version_sections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_checklists_v_version_sections_parent_id_idx\` ON \`_checklists_v_version_sections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_checklists_v\` (
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
  await db.run(sql`CREATE INDEX \`_checklists_v_parent_idx\` ON \`_checklists_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_checklists_v_version_version_slug_idx\` ON \`_checklists_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_checklists_v_version_version_offence_idx\` ON \`_checklists_v\` (\`version_offence_id\`);`)
  await db.run(sql`CREATE INDEX \`_checklists_v_version_version_updated_at_idx\` ON \`_checklists_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_checklists_v_version_version_created_at_idx\` ON \`_checklists_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_checklists_v_version_version__status_idx\` ON \`_checklists_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_checklists_v_created_at_idx\` ON \`_checklists_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_checklists_v_updated_at_idx\` ON \`_checklists_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_checklists_v_latest_idx\` ON \`_checklists_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_checklists_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`tips_id\` integer,
  	\`videos_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_checklists_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tips_id\`) REFERENCES \`tips\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_checklists_v_rels_order_idx\` ON \`_checklists_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_checklists_v_rels_parent_idx\` ON \`_checklists_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_checklists_v_rels_path_idx\` ON \`_checklists_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_checklists_v_rels_tips_id_idx\` ON \`_checklists_v_rels\` (\`tips_id\`);`)
  await db.run(sql`CREATE INDEX \`_checklists_v_rels_videos_id_idx\` ON \`_checklists_v_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE TABLE \`tips_platforms\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tips\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tips_platforms_order_idx\` ON \`tips_platforms\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`tips_platforms_parent_idx\` ON \`tips_platforms\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tips\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`tips_slug_idx\` ON \`tips\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`tips_image_idx\` ON \`tips\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`tips_updated_at_idx\` ON \`tips\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`tips_created_at_idx\` ON \`tips\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`tips__status_idx\` ON \`tips\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`tips_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`offences_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tips\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`offences_id\`) REFERENCES \`offences\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tips_rels_order_idx\` ON \`tips_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`tips_rels_parent_idx\` ON \`tips_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`tips_rels_path_idx\` ON \`tips_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`tips_rels_offences_id_idx\` ON \`tips_rels\` (\`offences_id\`);`)
  await db.run(sql`CREATE TABLE \`_tips_v_version_platforms\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_tips_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_tips_v_version_platforms_order_idx\` ON \`_tips_v_version_platforms\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_tips_v_version_platforms_parent_idx\` ON \`_tips_v_version_platforms\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_tips_v\` (
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
  await db.run(sql`CREATE INDEX \`_tips_v_parent_idx\` ON \`_tips_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_tips_v_version_version_slug_idx\` ON \`_tips_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_tips_v_version_version_image_idx\` ON \`_tips_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_tips_v_version_version_updated_at_idx\` ON \`_tips_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_tips_v_version_version_created_at_idx\` ON \`_tips_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_tips_v_version_version__status_idx\` ON \`_tips_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_tips_v_created_at_idx\` ON \`_tips_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_tips_v_updated_at_idx\` ON \`_tips_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_tips_v_latest_idx\` ON \`_tips_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_tips_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`offences_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_tips_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`offences_id\`) REFERENCES \`offences\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_tips_v_rels_order_idx\` ON \`_tips_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_tips_v_rels_parent_idx\` ON \`_tips_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_tips_v_rels_path_idx\` ON \`_tips_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_tips_v_rels_offences_id_idx\` ON \`_tips_v_rels\` (\`offences_id\`);`)
  await db.run(sql`CREATE TABLE \`videos_platforms\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`videos_platforms_order_idx\` ON \`videos_platforms\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`videos_platforms_parent_idx\` ON \`videos_platforms\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`videos\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`videos_slug_idx\` ON \`videos\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`videos_source_source_file_idx\` ON \`videos\` (\`source_file_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_poster_idx\` ON \`videos\` (\`poster_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_updated_at_idx\` ON \`videos\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`videos_created_at_idx\` ON \`videos\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`videos__status_idx\` ON \`videos\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`videos_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`offences_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`offences_id\`) REFERENCES \`offences\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`videos_rels_order_idx\` ON \`videos_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`videos_rels_parent_idx\` ON \`videos_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_rels_path_idx\` ON \`videos_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`videos_rels_offences_id_idx\` ON \`videos_rels\` (\`offences_id\`);`)
  await db.run(sql`CREATE TABLE \`_videos_v_version_platforms\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_videos_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_videos_v_version_platforms_order_idx\` ON \`_videos_v_version_platforms\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_platforms_parent_idx\` ON \`_videos_v_version_platforms\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_videos_v\` (
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
  await db.run(sql`CREATE TABLE \`_videos_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`offences_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_videos_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`offences_id\`) REFERENCES \`offences\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_videos_v_rels_order_idx\` ON \`_videos_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_rels_parent_idx\` ON \`_videos_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_rels_path_idx\` ON \`_videos_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_rels_offences_id_idx\` ON \`_videos_v_rels\` (\`offences_id\`);`)
  await db.run(sql`CREATE TABLE \`step_plans_sectors\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`step_plans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`step_plans_sectors_order_idx\` ON \`step_plans_sectors\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`step_plans_sectors_parent_idx\` ON \`step_plans_sectors\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`step_plans_phases_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`key\` text,
  	\`body\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`step_plans_phases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`step_plans_phases_steps_order_idx\` ON \`step_plans_phases_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`step_plans_phases_steps_parent_id_idx\` ON \`step_plans_phases_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`step_plans_phases\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`phase\` text,
  	\`intro\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`step_plans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`step_plans_phases_order_idx\` ON \`step_plans_phases\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`step_plans_phases_parent_id_idx\` ON \`step_plans_phases\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`step_plans\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`step_plans_slug_idx\` ON \`step_plans\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`step_plans_updated_at_idx\` ON \`step_plans\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`step_plans_created_at_idx\` ON \`step_plans\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`step_plans__status_idx\` ON \`step_plans\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`step_plans_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`offences_id\` integer,
  	\`organisations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`step_plans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`offences_id\`) REFERENCES \`offences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`step_plans_rels_order_idx\` ON \`step_plans_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`step_plans_rels_parent_idx\` ON \`step_plans_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`step_plans_rels_path_idx\` ON \`step_plans_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`step_plans_rels_offences_id_idx\` ON \`step_plans_rels\` (\`offences_id\`);`)
  await db.run(sql`CREATE INDEX \`step_plans_rels_organisations_id_idx\` ON \`step_plans_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE TABLE \`_step_plans_v_version_sectors\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_step_plans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_step_plans_v_version_sectors_order_idx\` ON \`_step_plans_v_version_sectors\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_step_plans_v_version_sectors_parent_idx\` ON \`_step_plans_v_version_sectors\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_step_plans_v_version_phases_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`key\` text,
  	\`body\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_step_plans_v_version_phases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_step_plans_v_version_phases_steps_order_idx\` ON \`_step_plans_v_version_phases_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_step_plans_v_version_phases_steps_parent_id_idx\` ON \`_step_plans_v_version_phases_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_step_plans_v_version_phases\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`phase\` text,
  	\`intro\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_step_plans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_step_plans_v_version_phases_order_idx\` ON \`_step_plans_v_version_phases\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_step_plans_v_version_phases_parent_id_idx\` ON \`_step_plans_v_version_phases\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_step_plans_v\` (
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
  await db.run(sql`CREATE INDEX \`_step_plans_v_parent_idx\` ON \`_step_plans_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_step_plans_v_version_version_slug_idx\` ON \`_step_plans_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_step_plans_v_version_version_updated_at_idx\` ON \`_step_plans_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_step_plans_v_version_version_created_at_idx\` ON \`_step_plans_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_step_plans_v_version_version__status_idx\` ON \`_step_plans_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_step_plans_v_created_at_idx\` ON \`_step_plans_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_step_plans_v_updated_at_idx\` ON \`_step_plans_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_step_plans_v_latest_idx\` ON \`_step_plans_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_step_plans_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`offences_id\` integer,
  	\`organisations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_step_plans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`offences_id\`) REFERENCES \`offences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_step_plans_v_rels_order_idx\` ON \`_step_plans_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_step_plans_v_rels_parent_idx\` ON \`_step_plans_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_step_plans_v_rels_path_idx\` ON \`_step_plans_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_step_plans_v_rels_offences_id_idx\` ON \`_step_plans_v_rels\` (\`offences_id\`);`)
  await db.run(sql`CREATE INDEX \`_step_plans_v_rels_organisations_id_idx\` ON \`_step_plans_v_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE TABLE \`signals_sectors\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`signals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`signals_sectors_order_idx\` ON \`signals_sectors\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`signals_sectors_parent_idx\` ON \`signals_sectors\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`signals\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`signals_slug_idx\` ON \`signals\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`signals_updated_at_idx\` ON \`signals\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`signals_created_at_idx\` ON \`signals\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`signals__status_idx\` ON \`signals\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_signals_v_version_sectors\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_signals_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_signals_v_version_sectors_order_idx\` ON \`_signals_v_version_sectors\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_signals_v_version_sectors_parent_idx\` ON \`_signals_v_version_sectors\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_signals_v\` (
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
  await db.run(sql`CREATE INDEX \`_signals_v_parent_idx\` ON \`_signals_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_signals_v_version_version_slug_idx\` ON \`_signals_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_signals_v_version_version_updated_at_idx\` ON \`_signals_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_signals_v_version_version_created_at_idx\` ON \`_signals_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_signals_v_version_version__status_idx\` ON \`_signals_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_signals_v_created_at_idx\` ON \`_signals_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_signals_v_updated_at_idx\` ON \`_signals_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_signals_v_latest_idx\` ON \`_signals_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`organisations\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`organisations_slug_idx\` ON \`organisations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`organisations_updated_at_idx\` ON \`organisations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organisations_created_at_idx\` ON \`organisations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`organisations__status_idx\` ON \`organisations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_organisations_v\` (
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
  await db.run(sql`CREATE INDEX \`_organisations_v_parent_idx\` ON \`_organisations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_slug_idx\` ON \`_organisations_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_updated_at_idx\` ON \`_organisations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_created_at_idx\` ON \`_organisations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version__status_idx\` ON \`_organisations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_created_at_idx\` ON \`_organisations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_updated_at_idx\` ON \`_organisations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_latest_idx\` ON \`_organisations_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`referral_trees_blocks_question_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`next\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`referral_trees_blocks_question\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`referral_trees_blocks_question_options_order_idx\` ON \`referral_trees_blocks_question_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`referral_trees_blocks_question_options_parent_id_idx\` ON \`referral_trees_blocks_question_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`referral_trees_blocks_question\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`question\` text,
  	\`hint\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`referral_trees\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`referral_trees_blocks_question_order_idx\` ON \`referral_trees_blocks_question\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`referral_trees_blocks_question_parent_id_idx\` ON \`referral_trees_blocks_question\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`referral_trees_blocks_question_path_idx\` ON \`referral_trees_blocks_question\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`referral_trees_blocks_outcome\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`title\` text,
  	\`body\` text,
  	\`what_to_say\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`referral_trees\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`referral_trees_blocks_outcome_order_idx\` ON \`referral_trees_blocks_outcome\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`referral_trees_blocks_outcome_parent_id_idx\` ON \`referral_trees_blocks_outcome\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`referral_trees_blocks_outcome_path_idx\` ON \`referral_trees_blocks_outcome\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`referral_trees\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`referral_trees_slug_idx\` ON \`referral_trees\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`referral_trees_updated_at_idx\` ON \`referral_trees\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`referral_trees_created_at_idx\` ON \`referral_trees\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`referral_trees__status_idx\` ON \`referral_trees\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`referral_trees_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`organisations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`referral_trees\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`referral_trees_rels_order_idx\` ON \`referral_trees_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`referral_trees_rels_parent_idx\` ON \`referral_trees_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`referral_trees_rels_path_idx\` ON \`referral_trees_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`referral_trees_rels_organisations_id_idx\` ON \`referral_trees_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE TABLE \`_referral_trees_v_blocks_question_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`next\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_referral_trees_v_blocks_question\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_referral_trees_v_blocks_question_options_order_idx\` ON \`_referral_trees_v_blocks_question_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_referral_trees_v_blocks_question_options_parent_id_idx\` ON \`_referral_trees_v_blocks_question_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_referral_trees_v_blocks_question\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`question\` text,
  	\`hint\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_referral_trees_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_referral_trees_v_blocks_question_order_idx\` ON \`_referral_trees_v_blocks_question\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_referral_trees_v_blocks_question_parent_id_idx\` ON \`_referral_trees_v_blocks_question\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_referral_trees_v_blocks_question_path_idx\` ON \`_referral_trees_v_blocks_question\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_referral_trees_v_blocks_outcome\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`title\` text,
  	\`body\` text,
  	\`what_to_say\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_referral_trees_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_referral_trees_v_blocks_outcome_order_idx\` ON \`_referral_trees_v_blocks_outcome\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_referral_trees_v_blocks_outcome_parent_id_idx\` ON \`_referral_trees_v_blocks_outcome\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_referral_trees_v_blocks_outcome_path_idx\` ON \`_referral_trees_v_blocks_outcome\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_referral_trees_v\` (
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
  await db.run(sql`CREATE INDEX \`_referral_trees_v_parent_idx\` ON \`_referral_trees_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_referral_trees_v_version_version_slug_idx\` ON \`_referral_trees_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_referral_trees_v_version_version_updated_at_idx\` ON \`_referral_trees_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_referral_trees_v_version_version_created_at_idx\` ON \`_referral_trees_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_referral_trees_v_version_version__status_idx\` ON \`_referral_trees_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_referral_trees_v_created_at_idx\` ON \`_referral_trees_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_referral_trees_v_updated_at_idx\` ON \`_referral_trees_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_referral_trees_v_latest_idx\` ON \`_referral_trees_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_referral_trees_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`organisations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_referral_trees_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_referral_trees_v_rels_order_idx\` ON \`_referral_trees_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_referral_trees_v_rels_parent_idx\` ON \`_referral_trees_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_referral_trees_v_rels_path_idx\` ON \`_referral_trees_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_referral_trees_v_rels_organisations_id_idx\` ON \`_referral_trees_v_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE TABLE \`assessments_themes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`title\` text,
  	\`threshold\` numeric,
  	\`attention_point\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`assessments_themes_order_idx\` ON \`assessments_themes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`assessments_themes_parent_id_idx\` ON \`assessments_themes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`assessments_questions_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`score\` numeric DEFAULT 0,
  	\`red_flag_band\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`assessments_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`assessments_questions_options_order_idx\` ON \`assessments_questions_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`assessments_questions_options_parent_id_idx\` ON \`assessments_questions_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`assessments_questions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`theme\` text,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`assessments_questions_order_idx\` ON \`assessments_questions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`assessments_questions_parent_id_idx\` ON \`assessments_questions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`assessments_bands\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`min\` numeric,
  	\`title\` text,
  	\`advice\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`assessments_bands_order_idx\` ON \`assessments_bands\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`assessments_bands_parent_id_idx\` ON \`assessments_bands\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`assessments\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`assessments_slug_idx\` ON \`assessments\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`assessments_updated_at_idx\` ON \`assessments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`assessments_created_at_idx\` ON \`assessments\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`assessments__status_idx\` ON \`assessments\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_assessments_v_version_themes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`title\` text,
  	\`threshold\` numeric,
  	\`attention_point\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_assessments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_assessments_v_version_themes_order_idx\` ON \`_assessments_v_version_themes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_version_themes_parent_id_idx\` ON \`_assessments_v_version_themes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_assessments_v_version_questions_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`score\` numeric DEFAULT 0,
  	\`red_flag_band\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_assessments_v_version_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_assessments_v_version_questions_options_order_idx\` ON \`_assessments_v_version_questions_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_version_questions_options_parent_id_idx\` ON \`_assessments_v_version_questions_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_assessments_v_version_questions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`theme\` text,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_assessments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_assessments_v_version_questions_order_idx\` ON \`_assessments_v_version_questions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_version_questions_parent_id_idx\` ON \`_assessments_v_version_questions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_assessments_v_version_bands\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`min\` numeric,
  	\`title\` text,
  	\`advice\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_assessments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_assessments_v_version_bands_order_idx\` ON \`_assessments_v_version_bands\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_version_bands_parent_id_idx\` ON \`_assessments_v_version_bands\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_assessments_v\` (
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
  await db.run(sql`CREATE INDEX \`_assessments_v_parent_idx\` ON \`_assessments_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_version_version_slug_idx\` ON \`_assessments_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_version_version_updated_at_idx\` ON \`_assessments_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_version_version_created_at_idx\` ON \`_assessments_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_version_version__status_idx\` ON \`_assessments_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_created_at_idx\` ON \`_assessments_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_updated_at_idx\` ON \`_assessments_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_latest_idx\` ON \`_assessments_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`newsletter_issues_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`summary\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`newsletter_issues\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`newsletter_issues_items_order_idx\` ON \`newsletter_issues_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_issues_items_parent_id_idx\` ON \`newsletter_issues_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`newsletter_issues\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`newsletter_issues_number_idx\` ON \`newsletter_issues\` (\`number\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`newsletter_issues_slug_idx\` ON \`newsletter_issues\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_issues_updated_at_idx\` ON \`newsletter_issues\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_issues_created_at_idx\` ON \`newsletter_issues\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_issues__status_idx\` ON \`newsletter_issues\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`newsletter_issues_rels\` (
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
  	FOREIGN KEY (\`referral_trees_id\`) REFERENCES \`referral_trees\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`assessments_id\`) REFERENCES \`assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletter_issues_id\`) REFERENCES \`newsletter_issues\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
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
  await db.run(sql`CREATE INDEX \`newsletter_issues_rels_referral_trees_id_idx\` ON \`newsletter_issues_rels\` (\`referral_trees_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_issues_rels_assessments_id_idx\` ON \`newsletter_issues_rels\` (\`assessments_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_issues_rels_newsletter_issues_id_idx\` ON \`newsletter_issues_rels\` (\`newsletter_issues_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_issues_rels_pages_id_idx\` ON \`newsletter_issues_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE TABLE \`_newsletter_issues_v_version_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`summary\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_newsletter_issues_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_newsletter_issues_v_version_items_order_idx\` ON \`_newsletter_issues_v_version_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_issues_v_version_items_parent_id_idx\` ON \`_newsletter_issues_v_version_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_newsletter_issues_v\` (
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
  await db.run(sql`CREATE INDEX \`_newsletter_issues_v_parent_idx\` ON \`_newsletter_issues_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_issues_v_version_version_number_idx\` ON \`_newsletter_issues_v\` (\`version_number\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_issues_v_version_version_slug_idx\` ON \`_newsletter_issues_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_issues_v_version_version_updated_at_idx\` ON \`_newsletter_issues_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_issues_v_version_version_created_at_idx\` ON \`_newsletter_issues_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_issues_v_version_version__status_idx\` ON \`_newsletter_issues_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_issues_v_created_at_idx\` ON \`_newsletter_issues_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_issues_v_updated_at_idx\` ON \`_newsletter_issues_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_issues_v_latest_idx\` ON \`_newsletter_issues_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_newsletter_issues_v_rels\` (
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
  	FOREIGN KEY (\`referral_trees_id\`) REFERENCES \`referral_trees\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`assessments_id\`) REFERENCES \`assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletter_issues_id\`) REFERENCES \`newsletter_issues\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
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
  await db.run(sql`CREATE INDEX \`_newsletter_issues_v_rels_referral_trees_id_idx\` ON \`_newsletter_issues_v_rels\` (\`referral_trees_id\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_issues_v_rels_assessments_id_idx\` ON \`_newsletter_issues_v_rels\` (\`assessments_id\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_issues_v_rels_newsletter_issues_id_idx\` ON \`_newsletter_issues_v_rels\` (\`newsletter_issues_id\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_issues_v_rels_pages_id_idx\` ON \`_newsletter_issues_v_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE TABLE \`subscribers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`email\` text NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`sector\` text,
  	\`consent_at\` text,
  	\`consent_text_version\` text,
  	\`consent_source\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`subscribers_email_idx\` ON \`subscribers\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_updated_at_idx\` ON \`subscribers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_created_at_idx\` ON \`subscribers\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`deliveries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`issue_id\` integer NOT NULL,
  	\`subscriber_id\` integer NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`attempts\` numeric DEFAULT 0,
  	\`last_error\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`issue_id\`) REFERENCES \`newsletter_issues\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`subscriber_id\`) REFERENCES \`subscribers\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`deliveries_key_idx\` ON \`deliveries\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_issue_idx\` ON \`deliveries\` (\`issue_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_subscriber_idx\` ON \`deliveries\` (\`subscriber_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_updated_at_idx\` ON \`deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_created_at_idx\` ON \`deliveries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`credit\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_medium_url\` text,
  	\`sizes_medium_width\` numeric,
  	\`sizes_medium_height\` numeric,
  	\`sizes_medium_mime_type\` text,
  	\`sizes_medium_filesize\` numeric,
  	\`sizes_medium_filename\` text,
  	\`sizes_large_url\` text,
  	\`sizes_large_width\` numeric,
  	\`sizes_large_height\` numeric,
  	\`sizes_large_mime_type\` text,
  	\`sizes_large_filesize\` numeric,
  	\`sizes_large_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_medium_sizes_medium_filename_idx\` ON \`media\` (\`sizes_medium_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_large_sizes_large_filename_idx\` ON \`media\` (\`sizes_large_filename\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text DEFAULT 'editor' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`enable_a_p_i_key\` integer,
  	\`api_key\` text,
  	\`api_key_index\` text,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  	\`referral_trees_id\` integer,
  	\`assessments_id\` integer,
  	\`newsletter_issues_id\` integer,
  	\`subscribers_id\` integer,
  	\`deliveries_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`offences_id\`) REFERENCES \`offences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`checklists_id\`) REFERENCES \`checklists\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tips_id\`) REFERENCES \`tips\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`step_plans_id\`) REFERENCES \`step_plans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`signals_id\`) REFERENCES \`signals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`referral_trees_id\`) REFERENCES \`referral_trees\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`assessments_id\`) REFERENCES \`assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletter_issues_id\`) REFERENCES \`newsletter_issues\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`subscribers_id\`) REFERENCES \`subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`deliveries_id\`) REFERENCES \`deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_referral_trees_id_idx\` ON \`payload_locked_documents_rels\` (\`referral_trees_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_assessments_id_idx\` ON \`payload_locked_documents_rels\` (\`assessments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletter_issues_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletter_issues_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subscribers_id_idx\` ON \`payload_locked_documents_rels\` (\`subscribers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_navigation_helpers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`href\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_navigation_helpers_order_idx\` ON \`site_settings_navigation_helpers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_navigation_helpers_parent_id_idx\` ON \`site_settings_navigation_helpers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_navigation_professionals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`href\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_navigation_professionals_order_idx\` ON \`site_settings_navigation_professionals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_navigation_professionals_parent_id_idx\` ON \`site_settings_navigation_professionals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`organisation_name\` text,
  	\`advice_line_phone\` text,
  	\`advice_line_chat_url\` text,
  	\`advice_line_hours\` text,
  	\`advice_line_example_data\` integer DEFAULT true,
  	\`quick_exit_url\` text DEFAULT 'https://www.google.nl/',
  	\`_status\` text DEFAULT 'draft',
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings__status_idx\` ON \`site_settings\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_site_settings_v_version_navigation_helpers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`href\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_site_settings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_navigation_helpers_order_idx\` ON \`_site_settings_v_version_navigation_helpers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_navigation_helpers_parent_id_idx\` ON \`_site_settings_v_version_navigation_helpers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_site_settings_v_version_navigation_professionals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`href\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_site_settings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_navigation_professionals_order_idx\` ON \`_site_settings_v_version_navigation_professionals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_navigation_professionals_parent_id_idx\` ON \`_site_settings_v_version_navigation_professionals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_site_settings_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_organisation_name\` text,
  	\`version_advice_line_phone\` text,
  	\`version_advice_line_chat_url\` text,
  	\`version_advice_line_hours\` text,
  	\`version_advice_line_example_data\` integer DEFAULT true,
  	\`version_quick_exit_url\` text DEFAULT 'https://www.google.nl/',
  	\`version__status\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer
  );
  `)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_version__status_idx\` ON \`_site_settings_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_created_at_idx\` ON \`_site_settings_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_updated_at_idx\` ON \`_site_settings_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_latest_idx\` ON \`_site_settings_v\` (\`latest\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`pages_blocks_hero\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_rich_text\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_call_to_action_links\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_call_to_action\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_offence_tiles\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_advice_line\`;`)
  await db.run(sql`DROP TABLE \`pages\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_hero\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_rich_text\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_call_to_action_links\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_call_to_action\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_offence_tiles\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_advice_line\`;`)
  await db.run(sql`DROP TABLE \`_pages_v\`;`)
  await db.run(sql`DROP TABLE \`offences\`;`)
  await db.run(sql`DROP TABLE \`offences_texts\`;`)
  await db.run(sql`DROP TABLE \`_offences_v\`;`)
  await db.run(sql`DROP TABLE \`_offences_v_texts\`;`)
  await db.run(sql`DROP TABLE \`checklists_sections_items\`;`)
  await db.run(sql`DROP TABLE \`checklists_sections\`;`)
  await db.run(sql`DROP TABLE \`checklists\`;`)
  await db.run(sql`DROP TABLE \`checklists_rels\`;`)
  await db.run(sql`DROP TABLE \`_checklists_v_version_sections_items\`;`)
  await db.run(sql`DROP TABLE \`_checklists_v_version_sections\`;`)
  await db.run(sql`DROP TABLE \`_checklists_v\`;`)
  await db.run(sql`DROP TABLE \`_checklists_v_rels\`;`)
  await db.run(sql`DROP TABLE \`tips_platforms\`;`)
  await db.run(sql`DROP TABLE \`tips\`;`)
  await db.run(sql`DROP TABLE \`tips_rels\`;`)
  await db.run(sql`DROP TABLE \`_tips_v_version_platforms\`;`)
  await db.run(sql`DROP TABLE \`_tips_v\`;`)
  await db.run(sql`DROP TABLE \`_tips_v_rels\`;`)
  await db.run(sql`DROP TABLE \`videos_platforms\`;`)
  await db.run(sql`DROP TABLE \`videos\`;`)
  await db.run(sql`DROP TABLE \`videos_rels\`;`)
  await db.run(sql`DROP TABLE \`_videos_v_version_platforms\`;`)
  await db.run(sql`DROP TABLE \`_videos_v\`;`)
  await db.run(sql`DROP TABLE \`_videos_v_rels\`;`)
  await db.run(sql`DROP TABLE \`step_plans_sectors\`;`)
  await db.run(sql`DROP TABLE \`step_plans_phases_steps\`;`)
  await db.run(sql`DROP TABLE \`step_plans_phases\`;`)
  await db.run(sql`DROP TABLE \`step_plans\`;`)
  await db.run(sql`DROP TABLE \`step_plans_rels\`;`)
  await db.run(sql`DROP TABLE \`_step_plans_v_version_sectors\`;`)
  await db.run(sql`DROP TABLE \`_step_plans_v_version_phases_steps\`;`)
  await db.run(sql`DROP TABLE \`_step_plans_v_version_phases\`;`)
  await db.run(sql`DROP TABLE \`_step_plans_v\`;`)
  await db.run(sql`DROP TABLE \`_step_plans_v_rels\`;`)
  await db.run(sql`DROP TABLE \`signals_sectors\`;`)
  await db.run(sql`DROP TABLE \`signals\`;`)
  await db.run(sql`DROP TABLE \`_signals_v_version_sectors\`;`)
  await db.run(sql`DROP TABLE \`_signals_v\`;`)
  await db.run(sql`DROP TABLE \`organisations\`;`)
  await db.run(sql`DROP TABLE \`_organisations_v\`;`)
  await db.run(sql`DROP TABLE \`referral_trees_blocks_question_options\`;`)
  await db.run(sql`DROP TABLE \`referral_trees_blocks_question\`;`)
  await db.run(sql`DROP TABLE \`referral_trees_blocks_outcome\`;`)
  await db.run(sql`DROP TABLE \`referral_trees\`;`)
  await db.run(sql`DROP TABLE \`referral_trees_rels\`;`)
  await db.run(sql`DROP TABLE \`_referral_trees_v_blocks_question_options\`;`)
  await db.run(sql`DROP TABLE \`_referral_trees_v_blocks_question\`;`)
  await db.run(sql`DROP TABLE \`_referral_trees_v_blocks_outcome\`;`)
  await db.run(sql`DROP TABLE \`_referral_trees_v\`;`)
  await db.run(sql`DROP TABLE \`_referral_trees_v_rels\`;`)
  await db.run(sql`DROP TABLE \`assessments_themes\`;`)
  await db.run(sql`DROP TABLE \`assessments_questions_options\`;`)
  await db.run(sql`DROP TABLE \`assessments_questions\`;`)
  await db.run(sql`DROP TABLE \`assessments_bands\`;`)
  await db.run(sql`DROP TABLE \`assessments\`;`)
  await db.run(sql`DROP TABLE \`_assessments_v_version_themes\`;`)
  await db.run(sql`DROP TABLE \`_assessments_v_version_questions_options\`;`)
  await db.run(sql`DROP TABLE \`_assessments_v_version_questions\`;`)
  await db.run(sql`DROP TABLE \`_assessments_v_version_bands\`;`)
  await db.run(sql`DROP TABLE \`_assessments_v\`;`)
  await db.run(sql`DROP TABLE \`newsletter_issues_items\`;`)
  await db.run(sql`DROP TABLE \`newsletter_issues\`;`)
  await db.run(sql`DROP TABLE \`newsletter_issues_rels\`;`)
  await db.run(sql`DROP TABLE \`_newsletter_issues_v_version_items\`;`)
  await db.run(sql`DROP TABLE \`_newsletter_issues_v\`;`)
  await db.run(sql`DROP TABLE \`_newsletter_issues_v_rels\`;`)
  await db.run(sql`DROP TABLE \`subscribers\`;`)
  await db.run(sql`DROP TABLE \`deliveries\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`site_settings_navigation_helpers\`;`)
  await db.run(sql`DROP TABLE \`site_settings_navigation_professionals\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v_version_navigation_helpers\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v_version_navigation_professionals\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v\`;`)
}
