// One import in a fresh process, printing its peak memory as JSON:
//   tsx bench/import-peak.ts FORMAT FILE
// → {"idleMB": …, "importMB": …, "inputMB": …, "refused": null | "why"}
// idle is the resident set with the importer loaded and the file read; import
// is the process's peak resident set (getrusage's maxrss) after the import.
import fs from 'node:fs';
import { prepareImport } from '../electron/main/import/prepare-import';
import type { ImportFormat } from '../shared/import/analysis';

const [format, file] = process.argv.slice(2) as [ImportFormat, string];
const bytes = fs.readFileSync(file);
const MB = 1024 * 1024;
const idleMB = process.memoryUsage().rss / MB;
let refused: string | null = null;
await prepareImport(format, bytes).catch((error: Error) => (refused = error.message));
// maxRSS is in kilobytes.
const importMB = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ idleMB, importMB, inputMB: bytes.length / MB, refused }));
