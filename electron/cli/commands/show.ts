import { bodyFromJSON, plainText } from '../../../shared/article/body';
import type { Command } from '../command';
import { requireOne } from './positionals';
import { positiveInteger } from './version-args';
import { reasonText } from './history';

const USAGE = 'show ID [--version N] [--json]';
import { resolveArticleId } from '../article-id';

export const showCommand: Command = {
  name: 'show',
  usage: USAGE,
  summary: 'Print one article, or one of its versions (interchange JSON with --json)',
  options: { json: { type: 'boolean' }, version: { type: 'string' } },
  run(positionals, flags, { io, services }) {
    // Usage first: a mistyped option never opens the database.
    const number = flags.version === undefined ? null : positiveInteger(flags.version, '--version', USAGE);
    const id = resolveArticleId(requireOne(positionals, 'an article id', USAGE), services);
    const version = number === null ? null : services().versions.get(id, number);
    const article = version ?? services().articles.get(id);
    if (flags.json) {
      io.stdout(JSON.stringify(article, null, 2) + '\n');
      return;
    }
    if (version) io.stdout(`Version ${version.number} (${reasonText(version)}${version.name ? `, “${version.name}”` : ''}), ${version.createdAt}, revision ${version.revision}\n\n`);
    const lines = [
      article.headline || '(untitled)',
      article.standfirst,
      [article.byline, article.dateline].filter(Boolean).join(' — '),
      '',
      plainText(bodyFromJSON(article.body)),
    ];
    io.stdout(lines.filter((l, i) => l !== '' || i === 3).join('\n') + '\n');
  },
};
