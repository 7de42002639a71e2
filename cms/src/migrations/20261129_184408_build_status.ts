import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`build_status\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`last_build_state\` text,
  	\`last_build_started_at\` text,
  	\`last_build_finished_at\` text,
  	\`last_build_message\` text,
  	\`last_triggered_at\` text,
  	\`last_trigger_result\` text,
  	\`last_trigger_http_status\` numeric,
  	\`last_trigger_error\` text,
  	\`triggered_by_collection\` text,
  	\`triggered_by_slug\` text,
  	\`triggered_by_action\` text,
  	\`triggered_by_user\` text,
  	\`triggered_by_changes\` numeric,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`build_status\`;`)
}
