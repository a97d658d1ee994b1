// Messages between the editor (main thread) and the copy checker (a Web
// Worker, or the same core in-process when no worker can start). The checker
// keeps its own copy of the article's texts by key (shared/checks/article-texts.ts);
// the editor sends only the texts that changed since its last message (and the
// keys only when they changed), and the checker answers with the flags of the
// texts whose flags changed since its last answer: at 5,000 paragraphs, every
// flag of the article (12,000, 2 MB) cloned both ways after each pause cost
// both threads hundreds of milliseconds. Every answer carries the version it
// answers, so a stale one is not shown (but is still merged: the next answer
// is a change from it).
import type { CheckContext } from '../../../../shared/checks/check-context';
import type { CheckedText } from '../../../../shared/checks/copy-checker';
import type { CheckFlag } from '../../../../shared/checks/flag';

export type CheckRequest =
  /** Builds the checker (dictionary, newsroom words, rules); texts already held are checked again with it. */
  | { type: 'context'; context: CheckContext }
  /** `keys`: every text of the article in order, left out when they are the last request's; `changed`: the texts that differ from the last request's. */
  | { type: 'check'; version: number; keys?: string[]; changed: CheckedText[] }
  | { type: 'suggest'; id: number; word: string }
  /** A word the newsroom dictionary now holds (already stored by main). */
  | { type: 'add-word'; word: string }
  /** A word taken out of the newsroom dictionary again (already removed by main). */
  | { type: 'remove-word'; word: string };

export type CheckAnswer =
  /** `changed`: each text whose flags differ from the last answer's, with all its flags now (none: an empty list); the other texts' flags are as they were. */
  | { type: 'flags'; version: number; changed: [string, CheckFlag[]][] }
  | { type: 'suggestions'; id: number; suggestions: string[] }
  | { type: 'error'; message: string };

/** The part of a Worker the editor uses (a fake or the in-process core in tests). */
export interface CheckWorker {
  postMessage(request: CheckRequest): void;
  onmessage: ((event: { data: CheckAnswer }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  terminate(): void;
}
