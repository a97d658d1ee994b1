// Spelling suggestions are found on demand (about 100 ms a word in nspell),
// in the checker's worker: each question has an id, its answer resolves it.
import type { CheckRequest } from './protocol';

export class SuggestionRequests {
  private next = 0;
  private readonly waiting = new Map<number, (suggestions: string[]) => void>();

  constructor(private readonly post: (request: Extract<CheckRequest, { type: 'suggest' }>) => void) {}

  ask(word: string): Promise<string[]> {
    const id = ++this.next;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.post({ type: 'suggest', id, word });
    });
  }

  answered(id: number, suggestions: string[]): void {
    this.waiting.get(id)?.(suggestions);
    this.waiting.delete(id);
  }
}
