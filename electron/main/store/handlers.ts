// IPC handlers for the articles in the store, spread into createHandlers.
import type { Handlers } from '../ipc/handler-types';
import type { ArticleStore } from './article-store';

type ArticleMethods = 'listArticles' | 'existingArticles' | 'getArticle' | 'createArticle' | 'saveArticle' | 'deleteArticle' | 'discardBlankArticle' | 'recoverArticleText';

export function createArticleHandlers(articles: ArticleStore): Pick<Handlers, ArticleMethods> {
  return {
    listArticles: (request) => articles.listPage(request),
    existingArticles: ({ ids }) => ({ ids: articles.existing(ids) }),
    getArticle: ({ id }) => articles.get(id),
    // Fields given with the request come from outside (an import): the first version says so.
    createArticle: ({ fields }) => articles.create(fields ?? {}, fields ? 'import' : 'created'),
    saveArticle: ({ id, baseRevision, changes, restoreFrom }) => articles.save(id, baseRevision, changes, { restoreFrom }),
    deleteArticle: ({ id }) => {
      articles.delete(id);
      return { id };
    },
    discardBlankArticle: ({ id, revision }) => ({ deleted: articles.discardIfBlank(id, revision) }),
    recoverArticleText: ({ id }) => articles.recoverAsPlainText(id),
  };
}
