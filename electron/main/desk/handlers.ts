// IPC handlers for the desk (issue 15): spiking and the filters' suggestions.
// Searching goes through listArticles (store/handlers.ts).
import type { Handlers } from '../ipc/handler-types';
import type { ArticleStore } from '../store/article-store';

type DeskMethods = 'spikeArticle' | 'unspikeArticle' | 'deskSuggestions';

export function createDeskHandlers(articles: ArticleStore): Pick<Handlers, DeskMethods> {
  return {
    spikeArticle: ({ id }) => articles.spike(id),
    unspikeArticle: ({ id }) => articles.unspike(id),
    deskSuggestions: ({ field, prefix }) => ({ values: articles.suggestions(field, prefix) }),
  };
}
