// The sample article from the project's reference material, vendored into
// tests/fixtures so the suite runs from any checkout; seed-fixture.test.ts
// checks it still matches ../shared/fixtures/seed-article.txt when present.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// From the URL string, not `new URL(...)`: DOM test environments (happy-dom)
// replace the global URL with one Node's fileURLToPath does not accept.
const here = path.dirname(fileURLToPath(import.meta.url));
export const SEED_PATH = path.resolve(here, '../fixtures/seed-article.txt');
export const REFERENCE_SEED_PATH = path.resolve(here, '../../../shared/fixtures/seed-article.txt');

export function readSeed(): string {
  return fs.readFileSync(SEED_PATH, 'utf8');
}
