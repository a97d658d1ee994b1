import { bodyFromJSON, plainText } from '../../../shared/article/body';
import type { Command } from '../command';
import { requireOne } from './positionals';
import { resolveArticleId } from '../article-id';

export const showCommand: Command = {
  name: 'show',
  usage: 'show ID [--json]',
  summary: 'Print one article (interchange JSON with --json)',
  options: { json: { type: 'boolean' } },
  run(positionals, flags, { io, services }) {
    const id = resolveArticleId(requireOne(positionals, 'an article id', 'show ID [--json]'), services);
    const article = services().articles.get(id);
    if (flags.json) {
      io.stdout(JSON.stringify(article, null, 2) + '\n');
      return;
    }
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
