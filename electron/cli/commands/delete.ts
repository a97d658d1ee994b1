import { CliError } from '../cli-error';
import type { Command } from '../command';
import { requireOne } from './positionals';
import { resolveArticleId } from '../article-id';

export const deleteCommand: Command = {
  name: 'delete',
  usage: 'delete ID [--force]',
  summary: 'Delete a spiked article for good (--force: one that is not spiked)',
  options: { force: { type: 'boolean' } },
  run(positionals, flags, { io, services }) {
    const id = resolveArticleId(requireOne(positionals, 'an article id', 'delete ID [--force]'), services);
    const { articles } = services();
    if (!flags.force && !articles.isSpiked(id)) {
      throw new CliError(`${id} is not spiked: spike it first ("copydesk spike ${id}"), or delete it anyway with --force.`);
    }
    articles.delete(id, { force: true });
    io.stdout(`Deleted ${id}\n`);
  },
};
