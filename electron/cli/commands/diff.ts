// `copydesk diff ID A [B]`: what changed between two versions of an article
// (B defaults to the article as it is now), as a unified diff of its fields
// and its body, one line per block (shared/history/article-text.ts).
import { resolveArticleId } from '../article-id';
import { createTwoFilesPatch } from 'diff';
import type { Command } from '../command';
import { articleLines, type TextFields } from '../../../shared/history/article-text';
import { UsageError } from '../cli-error';
import { positiveInteger } from './version-args';

const USAGE = 'diff ID A [B]';

export const diffCommand: Command = {
  name: 'diff',
  usage: USAGE,
  summary: 'Show what changed between versions A and B of an article (B: the article now)',
  options: {},
  run(positionals, _flags, { io, services }) {
    if (positionals.length < 2 || positionals.length > 3) throw new UsageError(`Expected an article id and one or two version numbers. Usage: copydesk ${USAGE}`);
    const [given, a, b] = positionals as [string, string, string | undefined];
    const numberA = positiveInteger(a, 'A', USAGE);
    const numberB = b === undefined ? null : positiveInteger(b, 'B', USAGE);
    const id = resolveArticleId(given, services);
    const { versions, articles } = services();
    const older = versions.get(id, numberA);
    const newer: TextFields & { label: string } =
      numberB === null
        ? (() => {
            const now = articles.get(id);
            return { ...now, label: `now (revision ${now.revision})` };
          })()
        : { ...versions.get(id, numberB), label: `version ${numberB}` };
    const before = articleLines(older).join('\n') + '\n';
    const after = articleLines(newer).join('\n') + '\n';
    if (before === after) {
      io.stdout(`No differences between version ${numberA} and ${newer.label}.\n`);
      return;
    }
    const patch = createTwoFilesPatch(`version ${numberA}`, newer.label, before, after, older.createdAt, 'createdAt' in newer ? String(newer.createdAt) : '', {
      context: 2,
    });
    // The first line is an "Index:"-style separator line from the library; the headers and hunks follow.
    io.stdout(patch.replace(/^=+\n/m, ''));
  },
};
