// What the start-up integrity check (run by main in the background, after the
// window opened) found: nothing to say when the file is fine; otherwise what
// is damaged and, when there is one, the newest good backup to reopen on.
// Main flushes every save first, exactly as when quitting, and keeps the
// damaged file in the backups folder.
import { useEffect, useState } from 'react';
import type { IntegrityReport } from '../../../shared/ipc/contract';
import type { Client } from '../ipc/client';

function when(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

export function IntegrityNotice({ client }: { client: Client }) {
  const [report, setReport] = useState<IntegrityReport | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    client.checkIntegrity({}).then(
      (r) => live && setReport(r),
      () => undefined, // no answer is no news: the check is a courtesy, not a gate
    );
    return () => {
      live = false;
    };
  }, [client]);
  if (!report || report.status !== 'problems') return null;
  return (
    <div role="alert" className="error-banner integrity-notice" data-testid="integrity-notice">
      <p>
        <strong>Copydesk found damage in its database file.</strong> Articles that still open can be read and
        saved, but some may be lost or wrong.
      </p>
      {/* SQLite's own report means nothing to a writer but everything to whoever helps them: kept, folded away. */}
      <details className="integrity-details">
        <summary>Details for whoever helps you</summary>
        <ul>
          {report.problems.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      </details>
      {report.backup ? (
        <p>
          <button type="button" className="primary" onClick={() => client.restoreNewestBackup({}).catch((e: Error) => setProblem(e.message))}>
            Reopen on the backup from {when(report.backup.takenAt)}
          </button>{' '}
          Copydesk saves what it can, restarts on that backup and keeps the damaged file in the backups folder.
        </p>
      ) : (
        <p>There is no good backup to go back to yet. Export the articles you need (File → Export HTML…) while they still open.</p>
      )}
      {problem && <p>{problem}</p>}
    </div>
  );
}
