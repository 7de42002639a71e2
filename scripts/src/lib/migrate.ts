export { runMigrations as migrate } from '@hp/cms/migrate'
