import type { Command } from '../command';
import { requireOne } from './positionals';
import { resolveArticleId } from '../article-id';

export const deleteCommand: Command = {
  name: 'delete',
  usage: 'delete ID',
  summary: 'Delete an article',
  options: {},
  run(positionals, _flags, { io, services }) {
    const id = resolveArticleId(requireOne(positionals, 'an article id', 'delete ID'), services);
    services().articles.delete(id);
    io.stdout(`Deleted ${id}\n`);
  },
};
