// Filters that combine with the search words: status (with the desk's counts),
// section, tag, last saved, the order, and the Spiked view. Each change is a
// new first page from main (LibraryPages.setQuery).
import { useSyncExternalStore } from 'react';
import { ARTICLE_STATUSES } from '../../../shared/article/fields';
import type { ListSort } from '../../../shared/article/list-page';
import type { LibraryPages } from '../library/library-pages';
import { isSearching, type Within } from './desk-query';

const STATUS_LABEL = { draft: 'Draft', editing: 'Editing', ready: 'Ready', published: 'Published' } as const;
const WITHIN_LABEL: Record<Within, string> = { any: 'Any time', today: 'Today', '7': 'Last 7 days', '30': 'Last 30 days', custom: 'Between dates…' };
const SORT_LABEL: Record<ListSort, string> = { updated: 'Last saved', created: 'Created', headline: 'Headline' };

export function DeskFilters({ library }: { library: LibraryPages }) {
  const view = useSyncExternalStore(library.subscribe, library.getSnapshot);
  const { desk, counts } = view;
  const set = library.setQuery.bind(library);
  const n = (k: keyof NonNullable<typeof counts>) => (counts ? ` (${counts[k]})` : '');
  return (
    <div className="desk-filters" role="group" aria-label="Filters">
      <select aria-label="Status" value={desk.status} onChange={(e) => void set({ status: e.target.value as typeof desk.status })}>
        <option value="">All statuses</option>
        {ARTICLE_STATUSES.map((s) => (
          <option key={s} value={s}>
            {STATUS_LABEL[s]}
            {n(s)}
          </option>
        ))}
      </select>
      <input aria-label="Section" placeholder="Section" value={desk.section} onChange={(e) => void set({ section: e.target.value })} />
      <input aria-label="Tag" placeholder="Tag" value={desk.tag} onChange={(e) => void set({ tag: e.target.value })} />
      <select aria-label="Last saved" value={desk.within} onChange={(e) => void set({ within: e.target.value as Within })}>
        {(Object.keys(WITHIN_LABEL) as Within[]).map((w) => (
          <option key={w} value={w}>
            {WITHIN_LABEL[w]}
          </option>
        ))}
      </select>
      {desk.within === 'custom' && (
        <>
          <input type="date" aria-label="Saved from" value={desk.from} onChange={(e) => void set({ from: e.target.value })} />
          <input type="date" aria-label="Saved until" value={desk.to} onChange={(e) => void set({ to: e.target.value })} />
        </>
      )}
      {isSearching(desk) ? (
        <span className="desk-order muted">Best match first</span>
      ) : (
        <select aria-label="Order" value={desk.sort} onChange={(e) => void set({ sort: e.target.value as ListSort })}>
          {(Object.keys(SORT_LABEL) as ListSort[]).map((s) => (
            <option key={s} value={s}>
              {SORT_LABEL[s]}
            </option>
          ))}
        </select>
      )}
      <button type="button" className="desk-spiked" aria-pressed={desk.spiked} onClick={() => void set({ spiked: !desk.spiked })}>
        Spiked{n('spiked')}
      </button>
    </div>
  );
}
