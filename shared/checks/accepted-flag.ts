// "Mark correct here": a flag the desk has looked at and accepted in one
// article, remembered with it (the accepted_flags table) — unlike "Ignore here", which
// lasts while the article is open. The editor, main and the CLI all match
// flags against accepted ones with the key made here.
//
// An accepted flag is keyed by what it is, not by where it sits, so edits
// elsewhere in the article keep it accepted:
//  - scope: headline, standfirst, body or caption — not the block's number,
//    which every paragraph added above would change;
//  - rule: 'spelling' for any spelling flag (the word is what was judged: a
//    name accepted while used once stays accepted when a second use makes the
//    checker see it as a name), else the house rule's id;
//  - text: the flagged text itself, so the flag comes back when it changes;
//  - before / after: the neighbouring word on each side in the same text
//    (with the spaces between), so "the the" accepted in one sentence is not
//    accepted in every sentence, and an apostrophe accepted in "rock 'n' roll"
//    is not accepted everywhere. Rewording right next to the flag brings it
//    back, which is when a sub-editor wants to look at it again.
// Identical text in an identical context elsewhere in the same scope counts
// as the same flag: the desk's judgement was about those words.
import { z } from 'zod';
import { deferred } from '../zod/deferred';
import type { CheckFlag } from './flag';

export const ACCEPTED_SCOPES = ['headline', 'standfirst', 'body', 'caption'] as const;
export type AcceptedScope = (typeof ACCEPTED_SCOPES)[number];

export const MAX_ACCEPTED_TEXT = 200;
export const MAX_ACCEPTED_CONTEXT = 40;
/** More than any real article needs; keeps one article's list bounded. */
export const MAX_ACCEPTED_PER_ARTICLE = 5_000;

export const AcceptedFlag = deferred(() => z
  .object({
    scope: z.enum(ACCEPTED_SCOPES),
    rule: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,79}$/, 'a rule id is 1–80 lower-case letters, digits, dots, dashes or underscores'),
    text: z.string().min(1).max(MAX_ACCEPTED_TEXT),
    before: z.string().max(MAX_ACCEPTED_CONTEXT),
    after: z.string().max(MAX_ACCEPTED_CONTEXT),
  })
  .strict());
export type AcceptedFlag = z.infer<typeof AcceptedFlag>;

/** The scope of a text key (headline, standfirst, block:N, caption:N; shared/checks/article-texts.ts). */
export function scopeOf(where: string): AcceptedScope {
  if (where === 'headline' || where === 'standfirst') return where;
  return where.startsWith('caption:') ? 'caption' : 'body';
}

/** The rule part of the key: every spelling flag ('spelling' or 'name') is about the word. */
export const acceptedRule = (flag: Pick<CheckFlag, 'kind' | 'ruleId'>) => (flag.kind === 'spelling' ? 'spelling' : flag.ruleId);

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\u00a0' || c === '\u2009' || c === '\u202f';

/** Where the word before `at` starts (the spaces between included), reading back at most MAX_ACCEPTED_CONTEXT characters. */
function wordBefore(text: string, at: number): number {
  const limit = Math.max(0, at - MAX_ACCEPTED_CONTEXT);
  let i = at;
  while (i > limit && isSpace(text[i - 1]!)) i--;
  while (i > limit && !isSpace(text[i - 1]!)) i--;
  return i;
}

/** Where the word after `at` ends (the spaces between included), reading on at most MAX_ACCEPTED_CONTEXT characters. */
function wordAfter(text: string, at: number): number {
  const limit = Math.min(text.length, at + MAX_ACCEPTED_CONTEXT);
  let i = at;
  while (i < limit && isSpace(text[i]!)) i++;
  while (i < limit && !isSpace(text[i]!)) i++;
  return i;
}

/** What a flag of `text` (the whole text it was found in, at `where`) is accepted as. */
export function acceptedFlagOf(flag: Pick<CheckFlag, 'from' | 'to' | 'text' | 'kind' | 'ruleId'>, where: string, text: string): AcceptedFlag {
  // A plain scan of a few characters each way: an answer of 12,000 flags is placed in a few milliseconds.
  return {
    scope: scopeOf(where),
    rule: acceptedRule(flag),
    text: flag.text.slice(0, MAX_ACCEPTED_TEXT),
    before: text.slice(wordBefore(text, flag.from), flag.from),
    after: text.slice(flag.to, wordAfter(text, flag.to)),
  };
}

/** One string per accepted flag, for a Set. */
export const acceptedKey = (a: AcceptedFlag) => [a.scope, a.rule, a.text, a.before, a.after].join('\u0000');
