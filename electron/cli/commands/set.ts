// copydesk set ID --status S --section S --tags a,b --headline … : changes an
// article's fields through the store's normal save (the same checks, revision
// bump and list row update as an autosave from the window).
import { ArticleChanges, type ArticleFields } from '../../../shared/article/fields';
import { parseTargetWords } from '../../../shared/article/length-target';
import { describeEveryIssue } from '../../../shared/errors/app-error';
import { UsageError } from '../cli-error';
import type { Command } from '../command';
import { resolveArticleId } from '../article-id';
import { requireOne } from './positionals';

const USAGE = 'set ID [--headline T] [--standfirst T] [--byline T] [--dateline T] [--status S] [--section S] [--tags a,b] [--published-at ISO] [--target WORDS|none] [--dialect en-US|en-GB|publication]';

/** The fields `set` can change, each a flag of the same name. The body is edited in the window, not here. */
const TEXT_FIELDS = ['headline', 'standfirst', 'byline', 'dateline', 'section', 'status'] as const satisfies readonly (keyof ArticleFields)[];

/** "a, b,,c" → ["a", "b", "c"]; an empty value clears the tags. */
export function parseTags(value: string): string[] {
  return value
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
}

export const setCommand: Command = {
  name: 'set',
  usage: USAGE,
  summary: 'Change an article’s headline, status, section, tags, publication time, length target and other fields',
  options: {
    ...Object.fromEntries(TEXT_FIELDS.map((name) => [name, { type: 'string' as const }])),
    tags: { type: 'string' },
    'published-at': { type: 'string' },
    target: { type: 'string' },
    dialect: { type: 'string' },
  },
  run(positionals, flags, { io, services }) {
    const given = requireOne(positionals, 'one article id', USAGE);
    const changes: Record<string, unknown> = {};
    for (const name of TEXT_FIELDS) if (typeof flags[name] === 'string') changes[name] = flags[name];
    if (typeof flags.tags === 'string') changes.tags = parseTags(flags.tags);
    // A correction of when it was first published; an empty value clears it (never published).
    if (typeof flags['published-at'] === 'string') changes.publishedAt = flags['published-at'].trim() || null;
    // The length the desk assigned, in words; "none" (or empty) takes it away.
    if (typeof flags.target === 'string') {
      const target = parseTargetWords(flags.target);
      if (!target.ok) throw new UsageError(target.message);
      changes.targetWords = target.value;
    }
    // The article's spelling dialect for the checks; "publication" goes back to the publication's.
    if (typeof flags.dialect === 'string') changes.dialect = /^(publication)?$/i.test(flags.dialect.trim()) ? '' : flags.dialect.trim();
    if (Object.keys(changes).length === 0) throw new UsageError(`Nothing to change: name at least one field. Usage: copydesk ${USAGE}`);
    // Checked before the database is opened: a bad value never touches it.
    const parsed = ArticleChanges.safeParse(changes);
    if (!parsed.success) throw new UsageError(describeEveryIssue(parsed.error.issues));
    const id = resolveArticleId(given, services);
    const { articles } = services();
    const ack = articles.save(id, articles.get(id).revision, parsed.data);
    const changed = Object.keys(parsed.data).join(', ');
    io.stdout(`Saved ${ack.id} (revision ${ack.revision}): ${changed} changed.\n`);
  },
};
