// The checker's side of the protocol, the same in the worker and in-process:
// builds a CopyChecker from the context main sent, keeps the article's texts
// by key and answers each request. CopyChecker caches its analysis per text,
// so a request costs the texts that changed plus one look-up per other text;
// the answer holds only the texts whose flags changed since the last answer.
import { CopyChecker, sameFlags, type CheckedText } from '../../../../shared/checks/copy-checker';
import type { CheckFlag } from '../../../../shared/checks/flag';
import type { CheckContext } from '../../../../shared/checks/check-context';
import { compileRule } from '../../../../shared/checks/rules/house-rule';
import { createSpeller } from '../../../../shared/checks/spelling/speller';
import { NewsroomDictionary } from '../../../../shared/checks/spelling/newsroom-dictionary';
import type { CheckAnswer, CheckRequest } from './protocol';

export class CheckerCore {
  private checker: CopyChecker | null = null;
  private readonly texts = new Map<string, string>();
  private keys: string[] = [];
  /** The flags of the last answer, by key: the next answer says only what differs. */
  private sent = new Map<string, CheckFlag[]>();
  /** A check asked for before the context arrived: answered once it has. */
  private waiting: number | null = null;

  handle(request: CheckRequest): CheckAnswer | null {
    try {
      return this.answer(request);
    } catch (error) {
      return { type: 'error', message: error instanceof Error ? error.message : String(error) };
    }
  }

  private answer(request: CheckRequest): CheckAnswer | null {
    switch (request.type) {
      case 'context':
        this.checker = buildChecker(request.context);
        return this.waiting === null ? null : this.flags(this.waiting);
      case 'check': {
        for (const t of request.changed) this.texts.set(t.key, t.text);
        if (request.keys) this.keys = request.keys;
        // Keys no longer in the article (blocks deleted) are forgotten.
        if (this.texts.size > this.keys.length) {
          const live = new Set(this.keys);
          for (const key of this.texts.keys()) if (!live.has(key)) this.texts.delete(key);
        }
        if (!this.checker) {
          this.waiting = request.version;
          return null;
        }
        return this.flags(request.version);
      }
      case 'suggest':
        return { type: 'suggestions', id: request.id, suggestions: this.checker?.suggest(request.word, this.current()) ?? [] };
      case 'add-word':
        this.checker?.addToDictionary(request.word);
        return null;
      case 'remove-word':
        this.checker?.removeFromDictionary(request.word);
        return null;
    }
  }

  private current(): CheckedText[] {
    return this.keys.map((key) => ({ key, text: this.texts.get(key) ?? '' }));
  }

  private flags(version: number): CheckAnswer {
    this.waiting = null;
    const now = this.checker!.check(this.current());
    const changed: [string, CheckFlag[]][] = [];
    for (const [key, flags] of now) {
      const before = this.sent.get(key);
      if (before && sameFlags(before, flags)) now.set(key, before);
      else changed.push([key, flags]);
    }
    for (const key of this.sent.keys()) if (!now.has(key)) changed.push([key, []]);
    this.sent = now;
    return { type: 'flags', version, changed };
  }
}

function buildChecker(context: CheckContext): CopyChecker {
  return new CopyChecker(createSpeller(context.dictionary), context.rules.map(compileRule), new NewsroomDictionary(context.words));
}
