import type { Command } from '../command';

export const listCommand: Command = {
  name: 'list',
  usage: 'list [--json]',
  summary: 'List articles, newest first',
  options: { json: { type: 'boolean' } },
  run(_positionals, flags, { io, services }) {
    const articles = services().articles.list();
    if (flags.json) {
      io.stdout(JSON.stringify(articles, null, 2) + '\n');
      return;
    }
    if (articles.length === 0) {
      io.stdout('No articles yet.\n');
      return;
    }
    for (const a of articles) {
      io.stdout(`${a.id}  ${a.status.padEnd(9)} ${String(a.wordCount).padStart(6)} words  ${a.headline || '(untitled)'}\n`);
    }
  },
};
