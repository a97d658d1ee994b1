// The two pure rules of History: when an autosave takes a version, and which
// automatic versions thinning removes (shared/history/).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { autoVersionDue, AUTO_VERSION_INTERVAL_MS } from '../../../shared/history/auto-version';
import { versionsToThin, type ThinCandidate } from '../../../shared/history/thinning';
import { VERSION_REASONS } from '../../../shared/history/version';

const NOW = new Date('2026-06-01T12:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;
const at = (msAgo: number) => new Date(NOW.getTime() - msAgo).toISOString();

describe('autoVersionDue', () => {
  it('is due with no automatic version, or one 5 minutes old or more', () => {
    expect(autoVersionDue(null, NOW)).toBe(true);
    expect(autoVersionDue(at(AUTO_VERSION_INTERVAL_MS), NOW)).toBe(true);
    expect(autoVersionDue(at(AUTO_VERSION_INTERVAL_MS - 1), NOW)).toBe(false);
    expect(autoVersionDue(at(0), NOW)).toBe(false);
  });

  it('a clock that went back, or an unreadable time, never blocks a version', () => {
    expect(autoVersionDue(at(-60_000), NOW)).toBe(true);
    expect(autoVersionDue('yesterday', NOW)).toBe(true);
  });

  it('over any run of saves, automatic versions are at least 5 minutes apart', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 * 60_000 }), { maxLength: 200 }), (gaps) => {
        let t = NOW.getTime();
        let last: string | null = null;
        const taken: number[] = [];
        for (const gap of gaps) {
          t += gap;
          if (autoVersionDue(last, new Date(t))) {
            taken.push(t);
            last = new Date(t).toISOString();
          }
        }
        return taken.every((v, i) => i === 0 || v - taken[i - 1]! >= AUTO_VERSION_INTERVAL_MS);
      }),
    );
  });
});

const version = (number: number, msAgo: number, extra: Partial<ThinCandidate> = {}): ThinCandidate => ({
  articleId: 'a',
  number,
  createdAt: at(msAgo),
  reason: 'autosave',
  name: null,
  newest: false,
  ...extra,
});

describe('versionsToThin', () => {
  it('leaves the last 7 days alone, keeps the newest of each hour after that and of each day after 90', () => {
    const recent = [version(1, 6 * DAY), version(2, 6 * DAY - 1000)];
    const hour = [version(3, 8 * DAY + 50 * 60_000), version(4, 8 * DAY + 40 * 60_000), version(5, 8 * DAY + 30 * 60_000)];
    const day = [version(6, 100 * DAY + 5 * 3_600_000), version(7, 100 * DAY + 3_600_000), version(8, 100 * DAY)];
    const removed = versionsToThin([...recent, ...hour, ...day], NOW).map((v) => v.number);
    // 12:00 minus 8 days 50/40/30 minutes: 11:10, 11:20, 11:30 of one hour; 100 days ago at 07:00, 11:00, 12:00 of one day.
    expect(removed.sort()).toEqual([3, 4, 6, 7]);
  });

  it('never removes a protected or named version, nor the newest, and buckets per article', () => {
    const old = 200 * DAY;
    const candidates: ThinCandidate[] = [
      ...VERSION_REASONS.filter((r) => r !== 'autosave').map((reason, i) => version(10 + i, old + i * 1000, { reason })),
      version(30, old + 100, { name: 'filed' }),
      version(40, old + 200, { newest: true }),
      version(32, old + 300),
      version(1, old + 400, { articleId: 'b' }),
      version(2, old + 500, { articleId: 'b' }),
    ];
    const removed = versionsToThin(candidates, NOW);
    // Article a: 40 is its newest (and so the newest of its day); 32 goes. Article b keeps its 2.
    expect(removed.map((v) => `${v.articleId}${v.number}`).sort()).toEqual(['a32', 'b1']);
  });

  it('for any versions: never a protected, named or newest one, and one per article-bucket always stays', () => {
    const arb = fc.array(
      fc.record({
        articleId: fc.constantFrom('a', 'b'),
        msAgo: fc.integer({ min: 0, max: 400 * DAY }),
        reason: fc.constantFrom(...VERSION_REASONS),
        name: fc.option(fc.constant('n'), { freq: 5 }),
        newest: fc.boolean(),
      }),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(arb, (rows) => {
        const candidates = rows.map((r, i) => version(i + 1, r.msAgo, { articleId: r.articleId, reason: r.reason, name: r.name, newest: r.newest }));
        const removed = new Set(versionsToThin(candidates, NOW));
        for (const v of removed) if (v.reason !== 'autosave' || v.name !== null || v.newest) return false;
        // Every thinned bucket keeps a thinnable version of it.
        const kept = candidates.filter((v) => !removed.has(v));
        return [...removed].every((gone) => kept.some((k) => k.articleId === gone.articleId && k.reason === 'autosave' && k.name === null && k.number > gone.number));
      }),
    );
  });
});
