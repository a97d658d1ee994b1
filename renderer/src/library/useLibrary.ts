// The window's library: one LibraryPages per client, and the "unsaved edits
// kept" marks, which come from the few rescue copies in local storage (checked
// against main by id, never against the whole list).
import { useCallback, useMemo, useState } from 'react';
import type { Article, ArticleSummary } from '../../../shared/article/fields';
import { bodyFromJSON, plainText } from '../../../shared/article/body';
import { countWords } from '../../../shared/article/word-count';
import { MAX_PAGE } from '../../../shared/article/list-page';
import type { Client } from '../ipc/client';
import { keptRescueIds, pruneRescues } from '../editor/rescue/rescue-store';
import { DEFAULT_PAGE_SIZE, LibraryPages } from './library-pages';

export function useLibrary(client: Client) {
  const library = useMemo(() => new LibraryPages((request) => client.listArticles(request), pageSizeFromLocation()), [client]);
  const [withKeptEdits, setWithKeptEdits] = useState<ReadonlySet<string>>(new Set());
  const refreshKeptMarks = useCallback(async () => {
    const kept = keptRescueIds();
    if (kept.length === 0) return setWithKeptEdits((before) => (before.size ? new Set() : before));
    const { ids } = await client.existingArticles({ ids: kept.slice(0, MAX_PAGE) });
    // Copies kept for articles deleted meanwhile (from the CLI, say) are dropped.
    setWithKeptEdits(pruneRescues(new Set(ids)));
  }, [client]);
  return { library, withKeptEdits, refreshKeptMarks };
}

/** The list row of an article the window created or imported. */
export function summaryOf(article: Article): ArticleSummary {
  const { id, headline, status, section, revision, updatedAt } = article;
  return { id, headline, status, section, revision, updatedAt, wordCount: countWords(plainText(bodyFromJSON(article.body))) };
}

// Tests and benchmarks ask for small pages with ?listPageSize=N (1–500).
function pageSizeFromLocation(): number {
  const asked = Number(new URLSearchParams(globalThis.location?.search ?? '').get('listPageSize'));
  return Number.isInteger(asked) && asked >= 1 && asked <= MAX_PAGE ? asked : DEFAULT_PAGE_SIZE;
}
