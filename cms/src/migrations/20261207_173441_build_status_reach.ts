import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`build_status_last_reach_unreached\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`path\` text,
  	\`collection\` text,
  	\`slug\` text,
  	\`document\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`build_status\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`build_status_last_reach_unreached_order_idx\` ON \`build_status_last_reach_unreached\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`build_status_last_reach_unreached_parent_id_idx\` ON \`build_status_last_reach_unreached\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`build_status\` ADD \`last_reach_checked_at\` text;`)
  await db.run(sql`ALTER TABLE \`build_status\` ADD \`last_reach_pages\` numeric;`)
  await db.run(sql`ALTER TABLE \`build_status\` ADD \`last_reach_total\` numeric;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`build_status_last_reach_unreached\`;`)
  await db.run(sql`ALTER TABLE \`build_status\` DROP COLUMN \`last_reach_checked_at\`;`)
  await db.run(sql`ALTER TABLE \`build_status\` DROP COLUMN \`last_reach_pages\`;`)
  await db.run(sql`ALTER TABLE \`build_status\` DROP COLUMN \`last_reach_total\`;`)
}
