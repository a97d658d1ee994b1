// npm run bench -- libraries (run first by `npm run bench`): builds the cached
// reference libraries of DESIGN §8 (1k, 10k and 100k articles, bench/library-db.ts)
// that are missing, so their one-off build time is reported on its own and not
// inside the suite that first needs them. A cached library costs nothing here.
import fs from 'node:fs';
import os from 'node:os';
import { libraryDb } from './library-db';
import { writeSuite, type BenchRow } from './report';

const started = new Date();
const SIZES = (process.env.BENCH_LIBRARIES ?? '1000,10000,100000').split(',').map(Number);
const rows: BenchRow[] = [];
for (const count of SIZES) {
  const t0 = performance.now();
  const file = libraryDb(count);
  const seconds = (performance.now() - t0) / 1000;
  const label = count >= 1000 ? `${count / 1000}k` : String(count);
  rows.push({
    id: `libraries.build.${label}`,
    what: `build the ${label}-article library (0 = cached; ${(fs.statSync(file).size / 2 ** 30).toFixed(2)} GiB; loadavg ${os.loadavg()[0]!.toFixed(1)}), seconds`,
    value: seconds < 1 ? 0 : seconds,
    unit: 'count',
  });
}
writeSuite('libraries', rows, started);
