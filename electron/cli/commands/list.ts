import type { Command } from '../command';

// Streams the library a page at a time: nothing here holds every article.
export const listCommand: Command = {
  name: 'list',
  usage: 'list [--json]',
  summary: 'List articles, newest first',
  options: { json: { type: 'boolean' } },
  run(_positionals, flags, { io, services }) {
    const articles = services().articles.eachSummary();
    if (flags.json) {
      // The same text as JSON.stringify(everything, null, 2), one article at a time.
      let count = 0;
      for (const a of articles) {
        io.stdout((count++ === 0 ? '[\n' : ',\n') + JSON.stringify(a, null, 2).replace(/^/gm, '  '));
      }
      io.stdout(count === 0 ? '[]\n' : '\n]\n');
      return;
    }
    let count = 0;
    for (const a of articles) {
      count++;
      io.stdout(`${a.id}  ${a.status.padEnd(9)} ${String(a.wordCount).padStart(6)} words  ${a.headline || '(untitled)'}\n`);
    }
    if (count === 0) io.stdout('No articles yet.\n');
  },
};
