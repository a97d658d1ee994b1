// copydesk export ID --format html --out FILE [--fragment] [--force]
// copydesk export --all --out DIR [--force]
import { photosLeftOutNotice } from '../../../shared/render/photo';
import path from 'node:path';
import { AppError } from '../../../shared/errors/app-error';
import { CliError, UsageError } from '../cli-error';
import type { Command } from '../command';
import { resolveArticleId } from '../article-id';

const USAGE = 'export (ID --out FILE [--fragment] | --all --out DIR) [--format html] [--force]';

export const exportCommand: Command = {
  name: 'export',
  usage: USAGE,
  summary: 'Write articles as self-contained HTML; never replaces a file unless --force',
  options: {
    format: { type: 'string' },
    out: { type: 'string', short: 'o' },
    all: { type: 'boolean' },
    fragment: { type: 'boolean' },
    force: { type: 'boolean' },
  },
  run(positionals, flags, { io, services }) {
    const format = (flags.format as string | undefined) ?? 'html';
    if (format !== 'html') throw new UsageError(`Unknown format "${format}"; only html is supported. Usage: copydesk ${USAGE}`);
    const out = flags.out as string | undefined;
    if (!out) throw new UsageError(`--out is required. Usage: copydesk ${USAGE}`);
    const target = path.resolve(io.cwd, out);
    const force = Boolean(flags.force);

    if (flags.all) {
      if (positionals.length) throw new UsageError(`Give either an article id or --all, not both. Usage: copydesk ${USAGE}`);
      if (flags.fragment) throw new UsageError('--fragment applies to a single article, not --all.');
      const { written, failed } = services().exporter.writeAll(target, {
        overwrite: force,
        // Each file is named as it is written: a long export shows its progress.
        onFile: (file) => {
          const note = file.renamedFrom ? ` (${file.renamedFrom} already taken; nothing was overwritten)` : '';
          io.stdout(`${file.file}${note}\n`);
        },
      });
      const plural = (n: number) => `${n} article${n === 1 ? '' : 's'}`;
      if (written.length) io.stdout(`Exported ${plural(written.length)} to ${target}\n`);
      else if (!failed.length) io.stdout('No articles to export.\n');
      if (failed.length) {
        for (const f of failed) io.stderr(`copydesk export: not exported: ${f.id} “${f.headline || '(untitled)'}”: ${f.reason}\n`);
        throw new CliError(`${plural(failed.length)} could not be exported (listed above); every other article was written.`);
      }
      return;
    }

    if (positionals.length !== 1) throw new UsageError(`Expected one article id (or --all). Usage: copydesk ${USAGE}`);
    const id = resolveArticleId(positionals[0]!, services);
    try {
      const { file, photosLeftOut } = services().exporter.writeOne(id, target, { fragment: Boolean(flags.fragment), overwrite: force });
      io.stdout(`${file}\n`);
      // A note, not a failure: the page was written, and stdout stays the file's path for scripts.
      if (photosLeftOut) io.stderr(`copydesk export: ${photosLeftOutNotice(photosLeftOut)}\n`);
    } catch (error) {
      if (error instanceof AppError && error.code === 'conflict') {
        throw new CliError(`${target} already exists and was left untouched; choose another --out or add --force to replace it.`);
      }
      throw error;
    }
  },
};
