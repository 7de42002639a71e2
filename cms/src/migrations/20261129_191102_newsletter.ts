import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`subscribers\` ADD \`confirmed_at\` text;`)
  await db.run(sql`ALTER TABLE \`subscribers\` ADD \`unsubscribed_at\` text;`)
  await db.run(sql`ALTER TABLE \`subscribers\` ADD \`confirm_token_hash\` text;`)
  await db.run(sql`ALTER TABLE \`subscribers\` ADD \`confirm_token_expires_at\` text;`)
  await db.run(sql`ALTER TABLE \`subscribers\` ADD \`manage_nonce\` text;`)
  await db.run(sql`ALTER TABLE \`subscribers\` ADD \`manage_token_hash\` text;`)
  await db.run(sql`CREATE INDEX \`subscribers_status_idx\` ON \`subscribers\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_confirm_token_hash_idx\` ON \`subscribers\` (\`confirm_token_hash\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_manage_token_hash_idx\` ON \`subscribers\` (\`manage_token_hash\`);`)
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`message_id\` text;`)
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`claimed_at\` text;`)
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`next_attempt_at\` text;`)
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`sent_at\` text;`)
  await db.run(sql`CREATE INDEX \`deliveries_status_idx\` ON \`deliveries\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_next_attempt_at_idx\` ON \`deliveries\` (\`next_attempt_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`subscribers_status_idx\`;`)
  await db.run(sql`DROP INDEX \`subscribers_confirm_token_hash_idx\`;`)
  await db.run(sql`DROP INDEX \`subscribers_manage_token_hash_idx\`;`)
  await db.run(sql`ALTER TABLE \`subscribers\` DROP COLUMN \`confirmed_at\`;`)
  await db.run(sql`ALTER TABLE \`subscribers\` DROP COLUMN \`unsubscribed_at\`;`)
  await db.run(sql`ALTER TABLE \`subscribers\` DROP COLUMN \`confirm_token_hash\`;`)
  await db.run(sql`ALTER TABLE \`subscribers\` DROP COLUMN \`confirm_token_expires_at\`;`)
  await db.run(sql`ALTER TABLE \`subscribers\` DROP COLUMN \`manage_nonce\`;`)
  await db.run(sql`ALTER TABLE \`subscribers\` DROP COLUMN \`manage_token_hash\`;`)
  await db.run(sql`DROP INDEX \`deliveries_status_idx\`;`)
  await db.run(sql`DROP INDEX \`deliveries_next_attempt_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`deliveries\` DROP COLUMN \`message_id\`;`)
  await db.run(sql`ALTER TABLE \`deliveries\` DROP COLUMN \`claimed_at\`;`)
  await db.run(sql`ALTER TABLE \`deliveries\` DROP COLUMN \`next_attempt_at\`;`)
  await db.run(sql`ALTER TABLE \`deliveries\` DROP COLUMN \`sent_at\`;`)
}
