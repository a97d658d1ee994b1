// An article whose stored body no longer reads (getArticle answered
// 'damaged'): say so, and offer its words back. "Open as plain text" makes a
// new article from the stored plain text; the damaged one stays exactly as it
// is, so nothing that only it still holds (marks, photos, quotes) is lost.
import { useState } from 'react';

export function DamagedArticle(props: { message: string; onRecover(): Promise<void> }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <div className="damaged-article" role="alert" data-testid="damaged-article">
      <h2>This article is damaged</h2>
      <p>{props.message}</p>
      <p>
        “Open as plain text” makes a new draft with its headline, standfirst, byline and all its words as plain
        paragraphs. The damaged article stays in the list as it is.
      </p>
      {problem && <p className="error-banner">{problem}</p>}
      <button
        type="button"
        className="primary"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          props.onRecover().catch((e: Error) => {
            setProblem(e.message);
            setBusy(false);
          });
        }}
      >
        Open as plain text
      </button>
    </div>
  );
}
