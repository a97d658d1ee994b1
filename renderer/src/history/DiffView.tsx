// A compared body (diff/body-diff.ts) on screen, read-only, built from React
// elements (never HTML from article text). Changes are not told by colour
// alone: added text is underlined inside <ins>, removed text struck through
// inside <del>, formatting changes dotted, and each is named for screen
// readers. Long runs of unchanged blocks fold away behind a button.
import { useState, type ReactNode } from 'react';
import type { DiffBlock, InlineRun } from './diff/body-diff';
import type { TextPart } from './diff/text-parts';
import type { FieldChange } from './diff/field-diff';

/** Unchanged blocks around a change that stay in view; longer runs fold. */
const CONTEXT = 1;
const FOLD_AT = 4;

export function DiffBody({ blocks, fold }: { blocks: readonly DiffBlock[]; fold: boolean }) {
  const items: ReactNode[] = [];
  let i = 0;
  while (i < blocks.length) {
    let end = i;
    while (end < blocks.length && blocks[end]!.change === 'same') end++;
    const run = end - i;
    if (fold && run >= FOLD_AT) {
      const keepStart = i === 0 ? 0 : CONTEXT;
      const keepEnd = end === blocks.length ? 0 : CONTEXT;
      for (let k = i; k < i + keepStart; k++) items.push(<Block key={k} block={blocks[k]!} />);
      items.push(<Folded key={`fold-${i}`} blocks={blocks.slice(i + keepStart, end - keepEnd)} />);
      for (let k = end - keepEnd; k < end; k++) items.push(<Block key={k} block={blocks[k]!} />);
      i = end;
      continue;
    }
    const stop = Math.max(end, i + 1);
    for (let k = i; k < stop; k++) items.push(<Block key={k} block={blocks[k]!} />);
    i = stop;
  }
  return <div className="history-text">{items}</div>;
}

function Folded({ blocks }: { blocks: readonly DiffBlock[] }) {
  const [open, setOpen] = useState(false);
  if (open) return <>{blocks.map((b, k) => <Block key={k} block={b} />)}</>;
  return (
    <button type="button" className="link-button history-fold" onClick={() => setOpen(true)}>
      Show {blocks.length} unchanged {blocks.length === 1 ? 'block' : 'blocks'}
    </button>
  );
}

/** A block; one wholly added or removed is wrapped once, at its outermost level. */
function Block({ block, inherited = false }: { block: DiffBlock; inherited?: boolean }) {
  const whole = !inherited && (block.change === 'added' || block.change === 'removed');
  const content = <BlockContent block={block} inherited={inherited || whole} />;
  const notes = block.notes?.length ? <p className="history-note">{block.notes.join('; ')}</p> : null;
  if (!whole) return notes ? <div className="history-changed-block">{notes}{content}</div> : content;
  const Wrap = block.change === 'added' ? 'ins' : 'del';
  return (
    <Wrap className={`history-block history-block-${block.change}`}>
      <span className="visually-hidden">{block.change === 'added' ? 'Added: ' : 'Removed: '}</span>
      {content}
    </Wrap>
  );
}

function BlockContent({ block, inherited }: { block: DiffBlock; inherited: boolean }) {
  const kids = block.children?.map((child, k) => <Block key={k} block={child} inherited={inherited} />);
  const runs = block.runs ? <Runs runs={block.runs} inherited={inherited} /> : null;
  switch (block.type) {
    case 'heading': {
      const Tag = `h${Math.min(6, Number(block.attrs.level) + 2)}` as 'h4';
      return <Tag className="history-subhead">{runs}</Tag>;
    }
    case 'blockquote':
      return <blockquote>{kids}</blockquote>;
    case 'attribution':
      return <p className="history-attribution">— {runs}</p>;
    case 'bullet_list':
      return <ul>{kids}</ul>;
    case 'ordered_list':
      return <ol start={Number(block.attrs.order) || 1}>{kids}</ol>;
    case 'list_item':
      return <li>{kids}</li>;
    case 'horizontal_rule':
      return <hr />;
    case 'photo':
      return <PhotoBlock block={block} />;
    default:
      return <p>{runs}</p>;
  }
}

function PhotoBlock({ block }: { block: DiffBlock }) {
  const a = block.attrs as Record<string, string | null>;
  const credit = [a.photographer, a.agency].filter(Boolean).join('/');
  return (
    <figure className="history-photo">
      <figcaption>
        <span className="history-photo-label">Photo{a.asset ? '' : ' (no image yet)'}:</span> {a.caption || 'no caption'}
        {credit && <> — {credit}</>}
      </figcaption>
      {block.attrChanges && (
        <dl className="history-attr-changes">
          {block.attrChanges.map((change) => (
            <div key={change.label}>
              <dt>{change.label} changed:</dt>
              <dd><Parts parts={change.parts} /></dd>
            </div>
          ))}
        </dl>
      )}
    </figure>
  );
}

function Runs({ runs, inherited }: { runs: readonly InlineRun[]; inherited: boolean }) {
  return (
    <>
      {runs.map((run, k) => {
        let text: ReactNode = run.lineBreak ? <br /> : run.text;
        if (run.marks.includes('strong')) text = <strong>{text}</strong>;
        if (run.marks.includes('em')) text = <em>{text}</em>;
        if (run.href) text = <span className="history-link" title={run.href}>{text}</span>;
        // An editorial note in an old version reads as a note, not as copy that was published.
        if (run.marks.includes('note')) text = <span className="history-editorial-note"><span className="visually-hidden">[editorial note: </span>{text}<span className="visually-hidden">]</span></span>;
        if (inherited || run.kind === 'same') return <span key={k}>{text}</span>;
        return <Change key={k} kind={run.kind}>{text}</Change>;
      })}
    </>
  );
}

function Change({ kind, children }: { kind: 'ins' | 'del' | 'format'; children: ReactNode }) {
  if (kind === 'del') {
    return (
      <del>
        <span className="visually-hidden">[removed: </span>
        {children}
        <span className="visually-hidden">]</span>
      </del>
    );
  }
  return (
    <ins className={kind === 'format' ? 'history-format' : undefined}>
      <span className="visually-hidden">{kind === 'format' ? '[formatting changed: ' : '[added: '}</span>
      {children}
      <span className="visually-hidden">]</span>
    </ins>
  );
}

export function Parts({ parts }: { parts: readonly TextPart[] }) {
  return (
    <>
      {parts.map((part, k) => (part.kind === 'same' ? <span key={k}>{part.value}</span> : <Change key={k} kind={part.kind}>{part.value}</Change>))}
    </>
  );
}

export function FieldChanges({ changes }: { changes: readonly FieldChange[] }) {
  if (changes.length === 0) return <p className="history-fields-same">Headline, standfirst, byline, dateline, status, section and tags: unchanged.</p>;
  return (
    <dl className="history-fields">
      {changes.map((change) => (
        <div key={change.label}>
          <dt>{change.label}</dt>
          <dd><Parts parts={change.parts} /></dd>
        </div>
      ))}
    </dl>
  );
}
