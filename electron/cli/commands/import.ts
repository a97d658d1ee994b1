// copydesk import FILE [--format txt|docx|html|json] [--json]
// Reads and understands the whole file before the database is opened, so
// unreadable or empty input changes nothing.
import fs from 'node:fs';
import path from 'node:path';
import { InterchangeInput, interchangeToFields } from '../../../shared/article/fields';
import { IMPORT_FORMATS, type ImportFormat } from '../../../shared/import/analysis';
import type { ImportSummary } from '../../../shared/import/summary';
import { assemble, excerpt } from '../../../shared/import/assemble';
import { analysisFromFields } from '../../../shared/import/from-fields';
import { DROP_REASON_LABELS } from '../../../shared/import/summary';
import { describeEveryIssue } from '../../../shared/errors/app-error';
import { decodeText } from '../../main/import/decode-text';
import { ImportedImages } from '../../main/import/images';
import { keepImport } from '../../main/import/keep-import';
import { ImportInputError, prepareImport } from '../../main/import/prepare-import';
import { formatFromName, MAX_IMPORT_BYTES, TOO_LARGE } from '../../../shared/import/accepted';
import { CliError, UsageError } from '../cli-error';
import type { Command } from '../command';
import { readFileOrFail } from '../read-input';
import { requireOne } from './positionals';

const USAGE = 'import FILE [--format txt|docx|html|json] [--json]';
const FORMATS = [...IMPORT_FORMATS, 'json'] as const;
type CliFormat = (typeof FORMATS)[number];

export const importCommand: Command = {
  name: 'import',
  usage: USAGE,
  summary: 'Create an article from wire copy, Word or HTML; prints what was recognized',
  options: { format: { type: 'string' }, json: { type: 'boolean' } },
  async run(positionals, flags, { io, services }) {
    const file = requireOne(positionals, 'one file to import', USAGE);
    const format = chooseFormat(file, flags.format);
    const full = path.resolve(io.cwd, file);
    // Measured before reading: a file over the limit is never loaded into memory.
    if (sizeOf(full) > MAX_IMPORT_BYTES) throw new CliError(`Cannot import ${file}: ${TOO_LARGE}.`);
    const bytes = readFileOrFail(full);

    let fields;
    let summary: ImportSummary;
    let images = new ImportedImages();
    try {
      if (format === 'json') {
        fields = parseInterchange(file, bytes);
        // Already structured: stored as it is; the summary reports what it holds.
        summary = assemble(analysisFromFields(fields)).summary;
      } else {
        const prepared = await prepareImport(format, bytes);
        ({ fields, summary } = prepared.result);
        images = prepared.images;
      }
    } catch (error) {
      if (error instanceof ImportInputError) throw new CliError(`Cannot import ${file}: ${error.message}.`);
      throw error;
    }

    const article = keepImport(services(), fields, images);
    if (flags.json) {
      io.stdout(JSON.stringify({ id: article.id, summary }, null, 2) + '\n');
      return;
    }
    io.stdout(`Imported ${file} as ${article.id}\n`);
    io.stdout(describeSummary(summary));
  },
};

/** The file's size, or 0 when it cannot be read (readFileOrFail then says why). */
function sizeOf(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

function chooseFormat(file: string, flag: string | boolean | undefined): CliFormat {
  if (typeof flag === 'string') {
    if ((FORMATS as readonly string[]).includes(flag)) return flag as CliFormat;
    throw new UsageError(`Unknown format "${flag}"; use one of ${FORMATS.join(', ')}. Usage: copydesk ${USAGE}`);
  }
  const fromName = formatFromName(file);
  if (!fromName) throw new UsageError(`Cannot tell what kind of file ${file} is from its name; add --format ${FORMATS.join('|')}.`);
  return fromName;
}

function parseInterchange(file: string, bytes: Uint8Array) {
  if (bytes.length === 0) throw new ImportInputError('the file is empty');
  let json: unknown;
  try {
    json = JSON.parse(decodeText(bytes));
  } catch (error) {
    throw new ImportInputError(`it is not valid JSON (${(error as Error).message})`);
  }
  const parsed = InterchangeInput.safeParse(json);
  if (!parsed.success) throw new CliError(`${file} is not a Copydesk article: ${describeEveryIssue(parsed.error.issues)}`);
  return interchangeToFields(parsed.data);
}

/** The readable summary: what was recognized, what was dropped. */
export function describeSummary(s: ImportSummary): string {
  const lines: string[] = [];
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push(`  Headline:   ${s.headline?.value ?? '(none found)'}`);
  if (s.standfirst) lines.push(`  Standfirst: ${s.standfirst.value}`);
  if (s.byline) lines.push(`  Byline:     ${s.byline.value}`);
  if (s.dateline) lines.push(`  Dateline:   ${s.dateline.value}`);
  if (s.section) lines.push(`  Section:    ${s.section.value}`);
  const parts = [plural(s.paragraphs, 'paragraph')];
  if (s.headings) parts.push(plural(s.headings, 'subhead'));
  if (s.lists) parts.push(plural(s.lists, 'list'));
  lines.push(`  Body:       ${parts.join(', ')}, ${plural(s.words, 'word')}`);
  lines.push(`  Quotes:     ${s.quotes.length}`);
  for (const q of s.quotes) {
    const who = q.attribution ? ` — ${q.attribution}` : ' (no attribution)';
    lines.push(`    “${q.excerpt}”${q.paragraphs > 1 ? ` [${q.paragraphs} paragraphs]` : ''}${who}`);
  }
  lines.push(`  Photos:     ${s.photos.length}`);
  for (const p of s.photos) {
    const credit = [p.photographer, p.agency].filter(Boolean).join(' / ') || '(no credit)';
    const notes = [p.lead ? 'lead photo' : '', p.hasImage ? 'with image' : 'credit only'].filter(Boolean).join(', ');
    lines.push(`    ${credit} (${notes})${p.caption ? `: ${p.caption}` : ''}`);
  }
  for (const p of s.picturesLeftOut) lines.push(`    left out: ${p.description} (${p.reason})`);
  const dropped = s.dropped.filter((d) => d.kind === 'line');
  lines.push(`  Dropped:    ${dropped.length}`);
  for (const d of dropped) lines.push(`    ${DROP_REASON_LABELS[d.reason]}: ${d.text.replace(/\n/g, ' / ')}`);
  const pageParts = s.dropped.filter((d) => d.kind === 'part');
  if (pageParts.length) {
    lines.push(`  Left out of the page: ${pageParts.length}`);
    for (const d of pageParts) lines.push(`    ${DROP_REASON_LABELS[d.reason]}: ${excerpt(d.text.replace(/\n/g, ' / '), 100)}`);
  }
  for (const w of s.warnings) lines.push(`  Check: ${w}`);
  return lines.join('\n') + '\n';
}

export type { ImportFormat };
