// Prepared statements, each prepared once per connection: preparing costs more
// than running the small queries a list page or a save makes.
import type { Database, Statement } from 'better-sqlite3';

export function statementCache(db: Database): (sql: string) => Statement {
  const statements = new Map<string, Statement>();
  return (sql) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare(sql)));
    return statement;
  };
}
