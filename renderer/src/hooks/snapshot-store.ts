// State kept outside React that components read with useSyncExternalStore:
// an immutable snapshot, replaced (never mutated) on every change, so React
// sees a new object exactly when something changed.
export class SnapshotStore<S extends object> {
  private readonly listeners = new Set<() => void>();

  constructor(private snapshot: S) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): S => this.snapshot;

  protected update(change: Partial<S>): void {
    this.snapshot = { ...this.snapshot, ...change };
    for (const listener of this.listeners) listener();
  }
}
