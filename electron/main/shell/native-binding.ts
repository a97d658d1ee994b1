// better-sqlite3 compiled for Electron's ABI lives apart from the Node build in
// node_modules (which the CLI and the tests use); `npm start` builds it there.
import fs from 'node:fs';
import path from 'node:path';

export function electronNativeBinding(appRoot: string): string | undefined {
  const candidate = path.join(appRoot, '.electron-native', 'better_sqlite3.node');
  return fs.existsSync(candidate) ? candidate : undefined;
}
