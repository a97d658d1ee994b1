// The sample article from the project's reference material, vendored into
// tests/fixtures so the suite runs from any checkout; seed-fixture.test.ts
// checks it still matches ../shared/fixtures/seed-article.txt when present.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SEED_PATH = fileURLToPath(new URL('../fixtures/seed-article.txt', import.meta.url));
export const REFERENCE_SEED_PATH = fileURLToPath(new URL('../../../shared/fixtures/seed-article.txt', import.meta.url));

export function readSeed(): string {
  return fs.readFileSync(SEED_PATH, 'utf8');
}
