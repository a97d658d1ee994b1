// npm run test:crash -- 500: the long run of the crash harness (harness.ts).
import { describeFigures, runCrashTrials } from './harness';

const count = Number(process.argv[2] ?? 500);
if (!Number.isInteger(count) || count < 1) {
  console.error('usage: npm run test:crash -- <trials>');
  process.exit(2);
}
const started = Date.now();
const figures = await runCrashTrials(count, {
  onTrial: (i, f) => {
    if ((i + 1) % 50 === 0) console.log(`  ${describeFigures(f)} (${Math.round((Date.now() - started) / 1000)} s)`);
  },
});
for (const failure of figures.failures) console.log(`  ${failure}`);
console.log(describeFigures(figures));
const passed = figures.integrityFailures === 0 && figures.lostAcknowledgedSaves === 0 && figures.versionMismatches === 0 && figures.failures.length === 0;
console.log(`${passed ? figures.trials : 0} passed, ${passed ? 0 : 1} failed`);
process.exit(passed ? 0 : 1);
