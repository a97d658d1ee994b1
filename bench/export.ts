// export --all per article at 1k and 10k articles: the same exporter the CLI
// runs (HtmlExporter.writeAll: keyset pages inside one read transaction, the
// indexed "More from" query per article), writing real files to a temp folder.
// Per-article time at 10k is compared with 1k's in the same run; a cost that
// grows with the library (a re-sort per article, say) shows as a ratio above 1.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openServices } from '../electron/main/services';
import { libraryDb } from './library-db';
import { ratioRow, writeSuite } from './report';

const started = new Date();
const SIZES = (process.env.BENCH_EXPORT_SIZES ?? '1000,10000').split(',').map(Number);
const label = (n: number) => `${n / 1000}k`;

function perArticle(count: number): number {
  const services = openServices(libraryDb(count));
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-export-'));
  try {
    const t0 = performance.now();
    const { written, failed } = services.exporter.writeAll(out);
    const ms = performance.now() - t0;
    if (failed.length || written.length !== count) throw new Error(`exported ${written.length} of ${count}; ${failed.length} failed`);
    console.log(`[export] ${label(count)}: ${(ms / 1000).toFixed(1)} s, ${(ms / count).toFixed(2)} ms per article`);
    return ms / count;
  } finally {
    services.close();
    fs.rmSync(out, { recursive: true, force: true });
  }
}

const [small, large] = SIZES as [number, number];
// The first export also pays for JIT warm-up and a cold page cache: run the small one again after the
// large one and compare with that.
perArticle(small);
const b = perArticle(large);
const a = perArticle(small);
writeSuite(
  'export',
  [
    ratioRow(
      {
        id: `export.per-article.${label(large)}`,
        what: `export --all, time per article at ${label(large)}`,
        value: b,
        unit: 'ms',
        baseline: { what: `same at ${label(small)}`, value: a },
        target: `≤ 1.5× the ${label(small)} figure`,
      },
      1.5,
    ),
  ],
  started,
);
