// The shipped Hunspell dictionaries, read from the installed packages (never
// downloaded): resolved from this file's location, so the CLI bundle in dist/
// and the app both find them in node_modules.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Dialect } from '../../../shared/checks/dialect';
import { createSpeller, type Speller } from '../../../shared/checks/spelling/speller';

const PACKAGES: Record<Dialect, string> = { 'en-US': 'dictionary-en', 'en-GB': 'dictionary-en-gb' };
const spellers = new Map<Dialect, Speller>();

export function dictionaryFiles(dialect: Dialect): { aff: Buffer; dic: Buffer } {
  const entry = createRequire(import.meta.url).resolve(PACKAGES[dialect]);
  const dir = path.dirname(entry);
  return { aff: fs.readFileSync(path.join(dir, 'index.aff')), dic: fs.readFileSync(path.join(dir, 'index.dic')) };
}

/** One speller per dialect for the life of the process (building one takes a few hundred ms). */
export function spellerFor(dialect: Dialect): Speller {
  let speller = spellers.get(dialect);
  if (!speller) spellers.set(dialect, (speller = createSpeller(dictionaryFiles(dialect))));
  return speller;
}
