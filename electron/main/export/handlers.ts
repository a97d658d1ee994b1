// IPC handlers for the preview context, File → Export HTML… and Edit → Copy HTML.
// The things only the shell can do (a save dialog, the clipboard) come in as
// hooks, so this file stays free of `electron` and runs in the tests as it is.
import { AppError } from '../../../shared/errors/app-error';
import type { Handlers } from '../ipc/handler-types';
import type { SettingsStore } from '../settings/settings-store';
import type { HtmlExporter } from './html-exporter';

export interface ExportHooks {
  /** Asks where to save; resolves to null when the user cancels. */
  chooseExportPath?: (suggestedName: string) => Promise<string | null>;
  /** Puts HTML (with a plain-text alternative) on the clipboard. */
  writeClipboard?: (content: { html: string; text: string }) => void | Promise<void>;
}

type ExportMethods = 'getPreviewContext' | 'exportArticleHtml' | 'copyArticleHtml';

export function createExportHandlers(
  services: { exporter: HtmlExporter; settings: Pick<SettingsStore, 'get'> },
  hooks: ExportHooks = {},
): Pick<Handlers, ExportMethods> {
  const { exporter } = services;
  return {
    getPreviewContext: ({ id }) => ({ settings: services.settings.get(), related: exporter.related(id) }),
    exportArticleHtml: async ({ id, fragment }) => {
      if (!hooks.chooseExportPath) throw new AppError('unavailable', 'Exporting needs the desktop app (no save dialog here).');
      const file = await hooks.chooseExportPath(`${exporter.slugOf(id)}.html`);
      if (!file) return { saved: false };
      // The save dialog already asked before replacing an existing file.
      const written = exporter.writeOne(id, file, { fragment, overwrite: true });
      return { saved: true, path: written.file, photosLeftOut: written.photosLeftOut };
    },
    copyArticleHtml: async ({ id }) => {
      if (!hooks.writeClipboard) throw new AppError('unavailable', 'Copying HTML needs the desktop app (no clipboard here).');
      const { html, text, photosLeftOut } = exporter.fragment(id);
      await hooks.writeClipboard({ html, text });
      return { characters: html.length, photosLeftOut };
    },
  };
}
