#!/usr/bin/env node
// `npm run docs:screenshots`: after tests/e2e/first-story.spec.ts has walked
// README's "Your first story" in the real app, copies the screenshots it took
// (test-results/screenshots/first-story-*.png) to docs/images/, where README
// shows them. Refuses to copy a partial set, so README never mixes two runs.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const from = path.join(root, 'test-results', 'screenshots');
const to = path.join(root, 'docs', 'images');
const STEPS = ['1-headline', '2-body', '3-photo', '4-preview', '5-exported', '6-page'];

const missing = STEPS.filter((step) => !fs.existsSync(path.join(from, `first-story-${step}.png`)));
if (missing.length > 0) {
  console.error(`No screenshot for ${missing.join(', ')} in ${path.relative(root, from)}: run \`npx playwright test tests/e2e/first-story.spec.ts\` after \`npm run build\`.`);
  process.exit(1);
}
fs.mkdirSync(to, { recursive: true });
for (const step of STEPS) fs.copyFileSync(path.join(from, `first-story-${step}.png`), path.join(to, `first-story-${step}.png`));
console.log(`Copied ${STEPS.length} screenshots to ${path.relative(root, to)}/.`);
