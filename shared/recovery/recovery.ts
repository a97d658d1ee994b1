// How main tells a reloaded window why it was reloaded: a URL fragment, read by
// the renderer at startup (main: electron/main/shell/renderer-recovery.ts).
const REASONS = ['crashed', 'oom', 'killed', 'abnormal-exit', 'launch-failed', 'integrity-failure', 'unresponsive'] as const;
export type RecoveryReason = (typeof REASONS)[number];

function isReason(value: string): value is RecoveryReason {
  return (REASONS as readonly string[]).includes(value);
}

/** The fragment for a reload after `reason` (Electron's render-process-gone reason); unknown reasons read as a crash. */
export function recoveryHash(reason: string): string {
  return `#recovered=${isReason(reason) ? reason : 'crashed'}`;
}

/** The reason in a fragment made by recoveryHash, or null for any other fragment. */
export function parseRecoveryHash(hash: string): RecoveryReason | null {
  const match = /^#recovered=([a-z-]+)$/.exec(hash);
  return match && isReason(match[1]!) ? match[1] : null;
}

/** What the journalist is told after the window came back. */
export function recoveryMessage(reason: RecoveryReason): string {
  const what =
    reason === 'oom'
      ? 'ran out of memory'
      : reason === 'unresponsive'
        ? 'stopped responding and was restarted'
        : 'stopped unexpectedly';
  return `Copydesk’s window ${what}, and was reopened. Your article is as it was last saved; the last second of typing may be missing.`;
}
