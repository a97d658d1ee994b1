// What the History panel knows, outside React: the versions listed so far
// (newest first, a page at a time), which one is selected, what it is
// compared with (the article as saved now, or another version), and the
// versions read so far. React subscribes with useSyncExternalStore.
import type { Article } from '../../../shared/article/fields';
import type { Version, VersionSummary } from '../../../shared/history/version';
import type { Client } from '../ipc/client';

export type CompareWith = 'current' | number;

export interface HistorySnapshot {
  versions: readonly VersionSummary[];
  /** More (older) versions to list: pass to loadOlder. */
  hasOlder: boolean;
  selected: number | null;
  compareWith: CompareWith;
  /** The selected version and what it is compared with, once read. */
  version: Version | null;
  other: Version | Article | null;
  /** The article as saved when the panel opened (after the editor's flush), or after a restore. */
  current: Article | null;
  loading: boolean;
  error: string | null;
}

const PAGE = 50;

export class HistoryModel {
  private snapshot: HistorySnapshot = { versions: [], hasOlder: false, selected: null, compareWith: 'current', version: null, other: null, current: null, loading: true, error: null };
  private readonly listeners = new Set<() => void>();
  private readonly read = new Map<number, Promise<Version>>();
  private nextBefore: number | null = null;
  /** Only the answer to the latest selection is shown. */
  private generation = 0;

  constructor(
    private readonly client: Client,
    private readonly articleId: string,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): HistorySnapshot => this.snapshot;

  /** Reads the article as saved and the newest versions; selects the newest (or keeps the selection). */
  async load(): Promise<void> {
    this.set({ loading: true, error: null });
    try {
      const [current, page] = await Promise.all([this.client.getArticle({ id: this.articleId }), this.client.listVersions({ id: this.articleId, limit: PAGE })]);
      this.nextBefore = page.nextBefore;
      this.set({ current, versions: page.items, hasOlder: page.nextBefore !== null, loading: false });
      const keep = this.snapshot.selected !== null && page.items.some((v) => v.number === this.snapshot.selected);
      await this.select(keep ? this.snapshot.selected! : (page.items[0]?.number ?? null));
    } catch (error) {
      this.set({ loading: false, error: (error as Error).message });
    }
  }

  async loadOlder(): Promise<void> {
    if (this.nextBefore === null) return;
    try {
      const page = await this.client.listVersions({ id: this.articleId, limit: PAGE, before: this.nextBefore });
      this.nextBefore = page.nextBefore;
      this.set({ versions: [...this.snapshot.versions, ...page.items], hasOlder: page.nextBefore !== null });
    } catch (error) {
      this.set({ error: (error as Error).message });
    }
  }

  async select(number: number | null): Promise<void> {
    const compareWith = this.snapshot.compareWith === number ? 'current' : this.snapshot.compareWith;
    await this.show(number, compareWith);
  }

  async compare(withWhat: CompareWith): Promise<void> {
    await this.show(this.snapshot.selected, withWhat);
  }

  private async show(number: number | null, compareWith: CompareWith): Promise<void> {
    const generation = ++this.generation;
    this.set({ selected: number, compareWith });
    if (number === null) return this.set({ version: null, other: null });
    try {
      const [version, other] = await Promise.all([this.version(number), compareWith === 'current' ? this.snapshot.current : this.version(compareWith)]);
      if (generation === this.generation) this.set({ version, other, error: null });
    } catch (error) {
      if (generation === this.generation) this.set({ error: (error as Error).message });
    }
  }

  private version(number: number): Promise<Version> {
    let known = this.read.get(number);
    if (!known) {
      known = this.client.getVersion({ id: this.articleId, number });
      known.catch(() => this.read.delete(number));
      this.read.set(number, known);
    }
    return known;
  }

  private set(patch: Partial<HistorySnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    this.listeners.forEach((listener) => listener());
  }
}
