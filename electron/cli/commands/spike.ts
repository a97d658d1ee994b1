import { resolveArticleId } from '../article-id';
import type { Command } from '../command';
import { requireOne } from './positionals';

export const spikeCommand: Command = {
  name: 'spike',
  usage: 'spike ID',
  summary: 'Spike an article (out of the list and search; unspike brings it back)',
  options: {},
  run(positionals, _flags, { io, services }) {
    const id = resolveArticleId(requireOne(positionals, 'an article id', 'spike ID'), services);
    const row = services().articles.spike(id);
    io.stdout(`Spiked ${id}  ${row.headline || '(untitled)'}\n`);
  },
};

export const unspikeCommand: Command = {
  name: 'unspike',
  usage: 'unspike ID',
  summary: 'Return a spiked article to the list, with the status it had',
  options: {},
  run(positionals, _flags, { io, services }) {
    const id = resolveArticleId(requireOne(positionals, 'an article id', 'unspike ID'), services);
    const row = services().articles.unspike(id);
    io.stdout(`Unspiked ${id}  ${row.headline || '(untitled)'} (${row.status})\n`);
  },
};
