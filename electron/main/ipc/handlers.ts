// One function per contract method, each receiving an already-validated request.
import type { MethodName } from '../../../shared/ipc/channels';
import type { ParsedRequestOf, ResponseOf } from '../../../shared/ipc/contract';
import type { Services } from '../services';
import { createExportHandlers, type ExportHooks } from '../export/handlers';
import { createSettingsHandlers } from '../settings/handlers';
import { createAssetHandlers, type AssetHooks } from '../assets/handlers';
import { createImportHandlers, type ImportHooks } from '../import/handlers';

export type Handlers = {
  [M in MethodName]: (request: ParsedRequestOf<M>) => ResponseOf<M> | Promise<ResponseOf<M>>;
};

export interface HandlerHooks extends ExportHooks, AssetHooks, ImportHooks {
  /** Called when the renderer says its pending saves are flushed (quit sequence). */
  onReadyToQuit?: (unsaved?: string) => void;
  /** Called when the renderer opens or closes an article (menu items that act on it). */
  onArticleOpen?: (open: boolean) => void;
}

export function createHandlers(services: Services, hooks: HandlerHooks = {}): Handlers {
  const { articles } = services;
  return {
    listArticles: (request) => articles.listPage(request),
    existingArticles: ({ ids }) => ({ ids: articles.existing(ids) }),
    getArticle: ({ id }) => articles.get(id),
    createArticle: ({ fields }) => articles.create(fields ?? {}),
    saveArticle: ({ id, baseRevision, changes }) => articles.save(id, baseRevision, changes),
    deleteArticle: ({ id }) => {
      articles.delete(id);
      return { id };
    },
    discardBlankArticle: ({ id, revision }) => ({ deleted: articles.discardIfBlank(id, revision) }),
    readyToQuit: ({ unsaved }) => {
      hooks.onReadyToQuit?.(unsaved);
      return {};
    },
    setArticleOpen: ({ open }) => {
      hooks.onArticleOpen?.(open);
      return {};
    },
    ...createAssetHandlers(services.assets, hooks),
    ...createSettingsHandlers(services),
    ...createExportHandlers(services, hooks),
    ...createImportHandlers(services, hooks),
  };
}
