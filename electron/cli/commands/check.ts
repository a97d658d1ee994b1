// copydesk check ID|FILE [--json] [--dialect en-GB|en-US]
// Spelling, grammar and house style, offline. A FILE (text, HTML, Word) is
// read as an import would read it and checked without being stored. Exit 0
// when clean, 1 when flags remain (so a desk can use it in a script), 2 for
// usage errors. Flags marked correct in a stored article (in the app; the
// accepted_flags table) are left out and counted ("2 marked correct").
import fs from 'node:fs';
import path from 'node:path';
import { schema } from '../../../shared/article/schema';
import { DIALECTS, isDialect, type Dialect } from '../../../shared/checks/dialect';
import { CHECK_KIND_LABELS } from '../../../shared/checks/flag';
import { formatFromName, MAX_IMPORT_BYTES, TOO_LARGE } from '../../../shared/import/accepted';
import { CheckStore } from '../../main/checks/check-store';
import { checkArticle, type CheckReport } from '../../main/checks/check-article';
import { ImportInputError, prepareImport } from '../../main/import/prepare-import';
import { resolveArticleId } from '../article-id';
import { CliError, UsageError } from '../cli-error';
import type { Command } from '../command';
import { readFileOrFail } from '../read-input';
import { requireOne } from './positionals';

const USAGE = 'check ID|FILE [--json] [--dialect en-GB|en-US]';

export const checkCommand: Command = {
  name: 'check',
  usage: USAGE,
  summary: 'Check spelling, grammar and house style (exit 1 when anything is flagged)',
  options: { json: { type: 'boolean' }, dialect: { type: 'string' } },
  async run(positionals, flags, { io, services }) {
    const target = requireOne(positionals, 'one article id or file', USAGE);
    if (flags.dialect !== undefined && !isDialect(flags.dialect)) {
      throw new UsageError(`Unknown dialect "${String(flags.dialect)}"; use ${DIALECTS.join(' or ')}. Usage: copydesk ${USAGE}`);
    }
    const full = path.resolve(io.cwd, target);
    const id = fs.existsSync(full) ? null : resolveArticleId(target, services);
    const fields = id === null ? await readFile(target, full) : storedArticle(id, services);
    const s = services();
    const store = new CheckStore(s.db);
    // --dialect wins for this run; else the article's own dialect, else the publication's.
    const given = flags.dialect as Dialect | undefined;
    const accepted = id === null ? [] : s.acceptedFlags.list(id);
    const report = checkArticle(given ? { ...fields, dialect: given } : fields, store, store.dialect(s.settings.get().locale), accepted);
    io.stdout(flags.json ? JSON.stringify(report, null, 2) + '\n' : describeReport(report));
    return report.flags.length ? 1 : 0;
  },
};

function storedArticle(id: string, services: Parameters<Command['run']>[2]['services']) {
  const article = services().articles.get(id);
  return { headline: article.headline, standfirst: article.standfirst, body: schema.nodeFromJSON(article.body), dialect: article.dialect ?? '' };
}

async function readFile(name: string, full: string) {
  const format = formatFromName(name);
  if (!format || format === 'json') throw new UsageError(`Cannot tell what kind of file ${name} is from its name; check takes .txt, .html or .docx files, or an article id.`);
  if (fs.statSync(full).size > MAX_IMPORT_BYTES) throw new CliError(`Cannot check ${name}: ${TOO_LARGE}.`);
  try {
    const { fields } = (await prepareImport(format, readFileOrFail(full))).result;
    return { headline: fields.headline, standfirst: fields.standfirst, body: schema.nodeFromJSON(fields.body) };
  } catch (error) {
    if (error instanceof ImportInputError) throw new CliError(`Cannot check ${name}: ${error.message}.`);
    throw error;
  }
}

export function describeReport(report: CheckReport): string {
  const marked = report.accepted ? `; ${report.accepted} marked correct` : '';
  if (!report.flags.length) return `No flags (${report.dialect}${marked}).\n`;
  const lines = report.flags.map((f) => {
    const fix = f.suggestions.length ? ` → ${f.suggestions.slice(0, 3).join(' / ')}` : '';
    return `${f.label}, ${f.from + 1}  ${CHECK_KIND_LABELS[f.kind].toLowerCase()}  [${f.ruleId}]  “${f.text}”${fix}  ${f.message}`;
  });
  const counts = (Object.entries(report.counts) as Array<[keyof typeof CHECK_KIND_LABELS, number]>).filter(([, n]) => n).map(([k, n]) => `${n} ${CHECK_KIND_LABELS[k].toLowerCase()}`);
  return `${lines.join('\n')}\n${report.flags.length} flag${report.flags.length === 1 ? '' : 's'} (${counts.join(', ')}; ${report.dialect}${marked}).\n`;
}
