// publishedAt's rules on the editor's side (shared/article/metadata.ts,
// shared/article/published-at.ts) and the "Published" control's conversions;
// the store's side is tests/unit/store/published-at.test.ts.
import { describe, expect, it } from 'vitest';
import { metadataEdit, metadataOf } from '../../../shared/article/metadata';
import { stampPublishedAt } from '../../../shared/article/published-at';
import { formatDateTime, pageDates } from '../../../shared/render/dates';
import { fromLocalInput, toLocalInput } from '../../../renderer/src/editor/fields/published-at-input';

const NOW = '2026-12-01T09:30:00.000Z';
const draft = { status: 'draft' as const, section: 'News', tags: [], publishedAt: null, targetWords: null, dialect: '' as const };

describe('publishedAt', () => {
  it('is stamped when the status first becomes published, in the same change, and never again', () => {
    const first = metadataEdit(draft, 'status', 'published', NOW)!;
    expect(first.change).toEqual({ status: 'published', publishedAt: NOW });
    expect(first.metadata.publishedAt).toBe(NOW);
    // Unpublished and published again: the first time stands.
    const back = metadataEdit(first.metadata, 'status', 'editing', '2026-12-02T00:00:00.000Z')!;
    expect(back.change).toEqual({ status: 'editing' });
    const again = metadataEdit(back.metadata, 'status', 'published', '2026-12-03T00:00:00.000Z')!;
    expect(again.change).toEqual({ status: 'published' });
    expect(again.metadata.publishedAt).toBe(NOW);
    // Other fields do not stamp it; the same value is no change at all.
    expect(metadataEdit(draft, 'section', 'Sport', NOW)!.change).toEqual({ section: 'Sport' });
    expect(metadataEdit(draft, 'status', 'draft', NOW)).toBeNull();
    expect(stampPublishedAt('ready', null, NOW)).toBeNull();
  });

  it('can be corrected once published, and is read from the stored article', () => {
    const published = { ...draft, status: 'published' as const, publishedAt: NOW };
    expect(metadataEdit(published, 'publishedAt', '2026-11-30T18:45:00.000Z', NOW)!.change).toEqual({ publishedAt: '2026-11-30T18:45:00.000Z' });
    expect(metadataOf({ status: 'published', section: '', tags: ['a'], publishedAt: NOW })).toEqual({ status: 'published', section: '', tags: ['a'], publishedAt: NOW, targetWords: null, dialect: '' });
  });

  it('the control shows this computer’s wall-clock time and gives back the same instant; nonsense is no time', () => {
    expect(fromLocalInput(toLocalInput(NOW))).toBe(NOW);
    expect(toLocalInput(null)).toBe('');
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('2026-02-31T10:00')).toBeNull();
    expect(fromLocalInput('yesterday')).toBeNull();
  });

  it('dates the page: publishedAt, "Updated" only after the minute of publishing, creation time for a draft', () => {
    const times = { createdAt: '2026-11-30T08:00:00.000Z', publishedAt: NOW };
    expect(pageDates({ ...times, updatedAt: '2026-12-01T09:30:40.000Z' })).toEqual({ published: NOW, updated: null });
    expect(pageDates({ ...times, updatedAt: '2026-12-01T11:00:00.000Z' })).toEqual({ published: NOW, updated: '2026-12-01T11:00:00.000Z' });
    expect(pageDates({ ...times, publishedAt: null, updatedAt: '2026-12-05T00:00:00.000Z' })).toEqual({ published: times.createdAt, updated: null });
  });

  it('prints date and time in the publication’s locale and zone, summer time included, and survives an unknown zone', () => {
    const clean = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');
    expect(clean(formatDateTime(NOW, 'en-US', 'America/New_York'))).toBe('December 1, 2026 at 4:30 AM EST');
    expect(clean(formatDateTime('2026-07-01T09:30:00.000Z', 'en-GB', 'Europe/London'))).toBe('1 July 2026 at 10:30 BST');
    expect(clean(formatDateTime(NOW, 'de-DE', 'Europe/Berlin'))).toBe('1. Dezember 2026 um 10:30 MEZ');
    expect(clean(formatDateTime(NOW, 'en', 'Mars/Olympus'))).toBe('December 1, 2026 at 9:30 AM UTC');
    expect(formatDateTime('not a time', 'en')).toBe('');
  });
});
