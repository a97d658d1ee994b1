// Above the headline: status, section and tags, compact. They save like every
// other field (the editor's save queue). Section and tags suggest what the
// desk already uses, asked of main by prefix (a bounded read), never the library.
import { memo, useEffect, useId, useState, type KeyboardEvent } from 'react';
import { ARTICLE_STATUSES, type ArticleStatus } from '../../../../shared/article/fields';
import { LIMITS } from '../../../../shared/limits';
import type { Client } from '../../ipc/client';
import type { MetadataValues } from '../../../../shared/article/metadata';
import { fromLocalInput, toLocalInput } from './published-at-input';
import { parseTargetWords } from '../../../../shared/article/length-target';
import { MAX_TARGET_WORDS, type ArticleDialect } from '../../../../shared/article/fields';
import { DIALECTS, DIALECT_LABELS } from '../../../../shared/checks/dialect';

export type { MetadataValues } from '../../../../shared/article/metadata';

const STATUS_LABEL: Record<ArticleStatus, string> = { draft: 'Draft', editing: 'Editing', ready: 'Ready', published: 'Published' };


/** Suggestions for a field, asked as the journalist types (stale answers are dropped). */
function useSuggestions(client: Client, field: 'section' | 'tag', prefix: string): string[] {
  const [values, setValues] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      client
        .deskSuggestions({ field, prefix: prefix.slice(0, LIMITS.tag) })
        .then((answer) => live && setValues(answer.values))
        .catch(() => live && setValues([]));
    }, 120);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, field, prefix]);
  return values;
}

/** The length the desk assigned: saved once it reads as a number of words (or is emptied: no target). */
function TargetInput(props: { value: number | null; sectionDefault: number | null; onChange(value: number | null): void }) {
  const [draft, setDraft] = useState(props.value === null ? '' : String(props.value));
  // A value from elsewhere (a reload, a restored version) replaces what is typed, unless it says the same.
  useEffect(() => {
    setDraft((d) => {
      const typed = parseTargetWords(d);
      return typed.ok && typed.value === props.value ? d : props.value === null ? '' : String(props.value);
    });
  }, [props.value]);
  const parsed = parseTargetWords(draft);
  return (
    <label className="metadata-target">
      <span aria-hidden="true">Target</span>
      <input
        aria-label="Target length in words"
        aria-invalid={!parsed.ok}
        title={parsed.ok ? (props.sectionDefault === null ? 'The length the desk assigned, in words (empty: no target)' : `The length the desk assigned, in words (empty: the section’s default, ${props.sectionDefault})`) : parsed.message}
        inputMode="numeric"
        placeholder={props.sectionDefault === null ? 'words' : String(props.sectionDefault)}
        maxLength={String(MAX_TARGET_WORDS).length + 2}
        value={draft}
        onChange={(e) => {
          setDraft(e.target.value);
          const next = parseTargetWords(e.target.value);
          if (next.ok) props.onChange(next.value);
        }}
      />
    </label>
  );
}

export const MetadataRow = memo(function MetadataRow(props: {
  client: Client;
  values: MetadataValues;
  /** The section's default target, shown in the empty target box (shared/article/section-targets.ts). */
  sectionDefault?: number | null;
  onChange<K extends keyof MetadataValues>(name: K, value: MetadataValues[K]): void;
}) {
  const { client, values, onChange } = props;
  const [draftTag, setDraftTag] = useState('');
  const sectionList = useId();
  const tagList = useId();
  const sections = useSuggestions(client, 'section', values.section);
  const tags = useSuggestions(client, 'tag', draftTag).filter((t) => !values.tags.includes(t));

  const addTag = (raw: string) => {
    const tag = raw.replace(/[\r\n,]+/g, ' ').trim().slice(0, LIMITS.tag);
    setDraftTag('');
    if (!tag || values.tags.some((t) => t.toLowerCase() === tag.toLowerCase()) || values.tags.length >= LIMITS.tags) return;
    onChange('tags', [...values.tags, tag]);
  };
  const onTagKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if ((e.key === 'Enter' || e.key === ',') && !e.nativeEvent.isComposing) {
      e.preventDefault();
      addTag(draftTag);
    } else if (e.key === 'Backspace' && draftTag === '' && values.tags.length > 0) {
      e.preventDefault();
      onChange('tags', values.tags.slice(0, -1));
    }
  };

  return (
    <div className="metadata-row" role="group" aria-label="Status, section and tags">
      <select aria-label="Status" className="metadata-status" value={values.status} onChange={(e) => onChange('status', e.target.value as ArticleStatus)}>
        {ARTICLE_STATUSES.map((s) => (
          <option key={s} value={s}>
            {STATUS_LABEL[s]}
          </option>
        ))}
      </select>
      {(values.status === 'published' || values.publishedAt) && (
        // Meaningful once published: the page's date (and JSON-LD datePublished); corrected here, in this computer's time.
        // Read with the status before it: "Published ▾ at 30/11/2026, 18:45" (or "Draft ▾ first published …").
        <label className="metadata-published">
          <span aria-hidden="true">{values.status === 'published' ? 'at' : 'first published'}</span>
          <input
            aria-label="Published at"
            type="datetime-local"
            step={60}
            value={toLocalInput(values.publishedAt)}
            onChange={(e) => {
              const iso = fromLocalInput(e.target.value);
              if (iso) onChange('publishedAt', iso);
            }}
          />
        </label>
      )}
      <input
        aria-label="Section"
        className="metadata-section"
        placeholder="Section"
        list={sectionList}
        maxLength={LIMITS.section}
        value={values.section}
        onChange={(e) => onChange('section', e.target.value.replace(/[\r\n]+/g, ' '))}
      />
      <datalist id={sectionList}>
        {sections.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <ul className="metadata-tags" aria-label="Tags">
        {values.tags.map((tag) => (
          <li key={tag} className="tag-chip">
            {tag}
            <button type="button" aria-label={`Remove tag ${tag}`} onClick={() => onChange('tags', values.tags.filter((t) => t !== tag))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        aria-label="Add a tag"
        className="metadata-tag-input"
        placeholder={values.tags.length ? 'Add tag' : 'Tags'}
        list={tagList}
        maxLength={LIMITS.tag}
        value={draftTag}
        onChange={(e) => {
          const value = e.target.value;
          // Choosing a suggestion (or pasting "a, b") adds it at once.
          if (value.includes(',')) value.split(',').slice(0, -1).forEach(addTag);
          else setDraftTag(value);
        }}
        onKeyDown={onTagKey}
        onBlur={() => draftTag.trim() && addTag(draftTag)}
      />
      <datalist id={tagList}>
        {tags.map((t) => (
          <option key={t} value={t} />
        ))}
      </datalist>
      <TargetInput value={values.targetWords} sectionDefault={props.sectionDefault ?? null} onChange={(v) => onChange('targetWords', v)} />
      <select aria-label="Spelling dialect of this article" className="metadata-dialect" value={values.dialect} onChange={(e) => onChange('dialect', e.target.value as ArticleDialect)}>
        <option value="">Publication’s spelling</option>
        {DIALECTS.map((d) => (
          <option key={d} value={d}>
            Spelling: {DIALECT_LABELS[d]}
          </option>
        ))}
      </select>
    </div>
  );
});
