import type { Command } from '../command';
import { requireOne } from './positionals';

export const deleteCommand: Command = {
  name: 'delete',
  usage: 'delete ID',
  summary: 'Delete an article',
  options: {},
  run(positionals, _flags, { io, services }) {
    const id = requireOne(positionals, 'an article id', 'delete ID');
    services().articles.delete(id);
    io.stdout(`Deleted ${id}\n`);
  },
};
