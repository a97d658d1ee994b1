// Which paragraphs are wholly quotations. Newspaper convention for a quote
// running over several paragraphs: every paragraph opens with a quotation mark
// and only the last one closes. A paragraph with a quotation inside a sentence
// ("Obama spoke of the “grave differences” …") is not a quote.

export interface QuoteRun {
  /** Positions in the list of texts given to findQuoteRuns. */
  members: number[];
  /** An attribution written after the quote itself: “…” — Jane Doe. */
  trailingAttribution: string;
}

const OPEN = '\u201c';
const CLOSE = '\u201d';

function hasNoMarks(text: string): boolean {
  return !text.includes(OPEN) && !text.includes(CLOSE);
}

/** “…” with no other double quotation mark inside: the whole paragraph is one quotation. */
function wholeQuote(text: string): { trailing: string } | null {
  if (!text.startsWith(OPEN)) return null;
  if (text.endsWith(CLOSE) && hasNoMarks(text.slice(1, -1))) return { trailing: '' };
  // Pull-quote style: “We will rebuild.” — Mayor Ana Ruiz
  const tagged = /^\u201c([^\u201c\u201d]+)\u201d\s*[\u2014\u2013-]\s*([^\u201c\u201d]{2,80})$/.exec(text);
  return tagged ? { trailing: tagged[2]!.trim() } : null;
}

/** Opens a quotation that the paragraph does not close. */
function opensOnly(text: string): boolean {
  return text.startsWith(OPEN) && hasNoMarks(text.slice(1));
}

/** Finds quotation runs among consecutive paragraphs; `adjacent(i)` says whether text i+1 directly follows text i. */
export function findQuoteRuns(texts: readonly string[], adjacent: (i: number) => boolean = () => true): QuoteRun[] {
  const runs: QuoteRun[] = [];
  let i = 0;
  while (i < texts.length) {
    const text = texts[i]!;
    const whole = wholeQuote(text);
    if (whole) {
      runs.push({ members: [i], trailingAttribution: whole.trailing });
      i += 1;
      continue;
    }
    if (opensOnly(text)) {
      const members = [i];
      let j = i;
      let closed: { trailing: string } | null = null;
      while (j + 1 < texts.length && adjacent(j)) {
        j += 1;
        const next = texts[j]!;
        closed = wholeQuote(next);
        if (closed) {
          members.push(j);
          break;
        }
        if (!opensOnly(next)) break;
        members.push(j);
      }
      if (closed) {
        runs.push({ members, trailingAttribution: closed.trailing });
        i = j + 1;
        continue;
      }
      // Never closed: not a quotation we can be sure of, leave the paragraphs alone.
    }
    i += 1;
  }
  return runs;
}
