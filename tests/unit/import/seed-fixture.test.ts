import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSeed, REFERENCE_SEED_PATH } from '../../support/seed';

describe('vendored seed article', () => {
  it('is the reference sample, byte for byte, wherever the reference folder is beside the repo', () => {
    const seed = readSeed();
    expect(seed.startsWith('Syria Peace Talks Stall')).toBe(true);
    if (fs.existsSync(REFERENCE_SEED_PATH)) expect(seed).toBe(fs.readFileSync(REFERENCE_SEED_PATH, 'utf8'));
  });
});
