// The article's fields as the import recognized them, each with its Undo.
import type { ImportSummary } from '../../../../shared/import/summary';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function FieldList({ summary, onUndo }: { summary: ImportSummary; onUndo(id: string): void }) {
  const body = [plural(summary.paragraphs, 'paragraph')];
  if (summary.headings) body.push(plural(summary.headings, 'subhead'));
  if (summary.lists) body.push(plural(summary.lists, 'list'));
  return (
    <dl className="import-fields">
      <Field label="Headline" item={summary.headline} what="headline" onUndo={onUndo} />
      <Field label="Standfirst" item={summary.standfirst} what="standfirst" onUndo={onUndo} />
      <Field label="Byline" item={summary.byline} what="byline" onUndo={onUndo} />
      <Field label="Dateline" item={summary.dateline} what="dateline" onUndo={onUndo} />
      <Field label="Section" item={summary.section} what="section" onUndo={onUndo} />
      <dt>Body</dt>
      <dd>
        {body.join(', ')} · {plural(summary.words, 'word')}
      </dd>
    </dl>
  );
}

function Field({ label, item, what, onUndo }: { label: string; item: { id: string; value: string } | null; what: string; onUndo(id: string): void }) {
  if (!item) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>
        <span className="import-item-text">{item.value}</span>
        <button type="button" onClick={() => onUndo(item.id)} aria-label={`Undo ${what}: put it back in the body`}>
          Undo
        </button>
      </dd>
    </>
  );
}
