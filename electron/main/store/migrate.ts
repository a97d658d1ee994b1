// Brings a database up to the app's schema, one migration per transaction.
import type { Database } from 'better-sqlite3';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/migration';
import { APPLICATION_ID } from './application-id';

export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS, target = migrations[migrations.length - 1]?.version ?? 0): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  if (current > latest) {
    throw new Error(`database version ${current} is newer than this Copydesk (version ${latest})`);
  }
  for (const migration of migrations) {
    if (migration.version <= current || migration.version > target) continue;
    db.transaction(() => {
      if (migration.version === 1) db.pragma(`application_id = ${APPLICATION_ID}`);
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}
