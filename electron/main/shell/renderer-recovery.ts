// When the window's renderer process dies (a crash, running out of memory, the
// OS killing it), the journalist would be left with a blank window. Reload it
// instead: everything saved comes back from SQLite (the renderer reopens the
// article it had open), and the page is told why it was reloaded so it can say
// so. Only what was typed since the last autosave — at most 750 ms of it — is
// gone. A renderer that dies again and again (say, on the article it reopens)
// must not loop forever: after a few crashes in a short time, stop and explain.
export interface RecoveryActions {
  /** Loads the app again, telling the page why (shared/recovery/recovery.ts). */
  reload(reason: string): void;
  /** Too many crashes in a row: tell the user, and stop reloading. */
  giveUp(reason: string): void;
  now?(): number;
}

export interface RecoveryLimits {
  /** More crashes than this within `periodMs` means giving up. */
  maxCrashes?: number;
  periodMs?: number;
}

export type RecoveryOutcome = 'ignored' | 'reloaded' | 'gave-up';

export class RendererRecovery {
  private crashes: number[] = [];
  private readonly maxCrashes: number;
  private readonly periodMs: number;

  constructor(
    private readonly actions: RecoveryActions,
    limits: RecoveryLimits = {},
  ) {
    this.maxCrashes = limits.maxCrashes ?? 3;
    this.periodMs = limits.periodMs ?? 60_000;
  }

  /** Electron's render-process-gone, with whether the app is quitting anyway. */
  gone(reason: string, quitting: boolean): RecoveryOutcome {
    // A clean exit is a window closing normally; during a quit nothing needs the window back.
    if (reason === 'clean-exit' || quitting) return 'ignored';
    const now = this.actions.now?.() ?? Date.now();
    this.crashes = this.crashes.filter((t) => now - t < this.periodMs);
    this.crashes.push(now);
    if (this.crashes.length > this.maxCrashes) {
      this.actions.giveUp(reason);
      return 'gave-up';
    }
    this.actions.reload(reason);
    return 'reloaded';
  }
}
