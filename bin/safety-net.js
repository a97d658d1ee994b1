// The CLI's last line of defence (bin/copydesk.js). main() already turns every
// error it expects into one sentence (electron/cli/main.ts); this catches what
// it cannot: an exception thrown outside it (a bundle that fails to load, a
// stream's 'error' event, a timer) or a promise nobody awaited. The journalist
// gets one line and exit status 1. SQLite commits whole transactions or none,
// so stopping here loses nothing already saved.

const MAX_DETAIL = 200;

/** One line saying what stopped the command: the error's own first line, shortened. */
export function uncaughtSentence(error) {
  const raw = error instanceof Error ? error.message : String(error);
  const first = raw.split(/\r?\n/, 1)[0].trim();
  const detail = first.length > MAX_DETAIL ? `${first.slice(0, MAX_DETAIL)}…` : first;
  return `copydesk: the command stopped on an unexpected problem${detail ? ` (${detail})` : ''}. What it had already saved is kept; if this keeps happening, please report it.`;
}

export function stopOnUncaught(proc = process) {
  let stopping = false;
  const stop = (error) => {
    // The reader of our output went away (`copydesk list | head`): nothing to say, and no one to say it to.
    if (error && error.code === 'EPIPE') proc.exit(proc.exitCode ?? 0);
    if (!stopping) {
      stopping = true;
      try {
        proc.stderr.write(uncaughtSentence(error) + '\n');
      } catch {
        // stderr is gone too: the status alone says it.
      }
    }
    proc.exit(1);
  };
  proc.on('uncaughtException', stop);
  proc.on('unhandledRejection', stop);
}
