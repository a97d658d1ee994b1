// A deferred zod schema (shared/zod/deferred.ts) must be indistinguishable from
// the schema it stands for, and build it once, on first use.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { deferred } from '../../../shared/zod/deferred';
import { ArticleFields, ArticleSummary, articleFieldShapes } from '../../../shared/article/fields';
import { DeskRow } from '../../../shared/article/list-page';
import { groupThousands } from '../../../shared/limits';

describe('deferred schema', () => {
  it('builds nothing until it is read, then exactly once', () => {
    let builds = 0;
    const Name = deferred(() => {
      builds++;
      return z.string().min(2, 'too short');
    });
    expect(builds).toBe(0);
    expect(Name.parse('Jo')).toBe('Jo');
    expect(Name.safeParse('J').error?.issues[0]?.message).toBe('too short');
    expect(Name.optional().parse(undefined)).toBeUndefined();
    expect(builds).toBe(1);
  });

  it('works inside other schemas, with instanceof, shape and extend', () => {
    const Inner = deferred(() => z.object({ a: z.number() }).strict());
    const Outer = z.object({ inner: Inner, list: z.array(Inner) });
    expect(Outer.parse({ inner: { a: 1 }, list: [{ a: 2 }] })).toEqual({ inner: { a: 1 }, list: [{ a: 2 }] });
    expect(Outer.safeParse({ inner: { a: 1, b: 2 }, list: [] }).success).toBe(false);
    expect(Inner instanceof z.ZodObject).toBe(true);
    expect(Object.keys(Inner.shape)).toEqual(['a']);
    expect(Inner.extend({ b: z.string() }).parse({ a: 1, b: 'x' })).toEqual({ a: 1, b: 'x' });
    expect('parse' in Inner).toBe(true);
  });

  it('leaves the article schemas as strict as before', () => {
    expect(ArticleFields.safeParse({}).success).toBe(false);
    expect(ArticleSummary.safeParse({ id: 'x' }).error?.issues.some((i) => i.message.includes('UUID'))).toBe(true);
    expect(articleFieldShapes.headline.safeParse('two\nlines').error?.issues[0]?.message).toBe('headline must be a single line');
    expect(Object.keys(DeskRow.shape)).toEqual(expect.arrayContaining(['id', 'headline', 'snippet']));
    expect(ArticleFields.shape.targetWords.safeParse(0).error?.issues[0]?.message).toBe('targetWords must be a whole number of words from 1 to 100,000, or null for no target');
  });
});

describe('groupThousands', () => {
  it('groups whole numbers as en writes them, without Intl', () => {
    expect([0, 7, 999, 1000, 12345, 100000, 1234567].map(groupThousands)).toEqual(['0', '7', '999', '1,000', '12,345', '100,000', '1,234,567']);
    for (const n of [0, 5, 999, 1000, 65536, 999999, 10 ** 9 + 7]) expect(groupThousands(n)).toBe(n.toLocaleString('en-US'));
  });
});
