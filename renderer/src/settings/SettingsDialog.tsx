// Publication settings: the name on the masthead, the site articles will live
// on, the byline used when an article has none, the language and date style,
// the time zone of printed times, AP-style datelines, and the layout theme. Validated in main with the shared schema; its message
// is shown as it comes.
import { useEffect, useState, type FormEvent } from 'react';
import { useModalDialog } from '../hooks/use-modal-dialog';
import { LAYOUT_THEMES, type PublicationSettings } from '../../../shared/settings/publication';
import type { Client } from '../ipc/client';
import { StyleRulesSection } from './rules/StyleRulesSection';
import { SectionTargetsSection } from './targets/SectionTargetsSection';
import type { SectionTargetsStore } from '../editor/status/section-targets-store';
import { YourInitialsField, useYourInitials } from './YourInitials';
import './settings.css';

const LOCAL_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
const TIME_ZONES: readonly string[] = Intl.supportedValuesOf('timeZone');

const THEME_LABELS: Record<(typeof LAYOUT_THEMES)[number], string> = {
  classic: 'Classic — serif, warm paper',
  modern: 'Modern — sans-serif, blue accents',
};

export function SettingsDialog({
  client,
  onClose,
  onSaved,
  onRulesChanged,
  sectionTargets,
}: {
  client: Client;
  onClose(): void;
  onSaved(settings: PublicationSettings): void;
  onRulesChanged?(): void;
  sectionTargets?: SectionTargetsStore;
}) {
  const dialog = useModalDialog();
  const [values, setValues] = useState<PublicationSettings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const initials = useYourInitials(client);

  useEffect(() => {
    client.getSettings({}).then(setValues, (e: Error) => setError(e.message));
  }, [client]);

  const set = <K extends keyof PublicationSettings>(key: K, value: PublicationSettings[K]) =>
    setValues((v) => (v ? { ...v, [key]: value } : v));

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!values) return;
    setSaving(true);
    try {
      await initials.save(); // first: a refusal leaves both as they were
      const saved = await client.saveSettings({ settings: values });
      onSaved(saved);
      onClose();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setSaving(false);
    }
  }

  return (
    <dialog ref={dialog} className="settings-dialog" aria-labelledby="settings-title" onClose={onClose} onCancel={onClose}>
      <form onSubmit={(e) => void save(e)}>
        <h2 id="settings-title">Publication settings</h2>
        {error && (
          <p role="alert" className="settings-error">
            {error}
          </p>
        )}
        {values ? (
          <>
            <label>
              Publication name
              <input value={values.publicationName} required maxLength={120} onChange={(e) => set('publicationName', e.target.value)} />
            </label>
            <label>
              Site URL <span className="settings-hint">where articles will be published; leave empty if none</span>
              <input type="url" value={values.siteUrl} placeholder="https://www.example.com" onChange={(e) => set('siteUrl', e.target.value)} />
            </label>
            <label>
              Default byline <span className="settings-hint">used when an article has none</span>
              <input value={values.defaultByline} maxLength={300} onChange={(e) => set('defaultByline', e.target.value)} />
            </label>
            <label>
              Locale <span className="settings-hint">language and date style, e.g. en-GB, fr, de-CH</span>
              <input value={values.locale} required maxLength={35} onChange={(e) => set('locale', e.target.value)} />
            </label>
            <label>
              Time zone <span className="settings-hint">for the dates and times on the page, e.g. Europe/London; empty for this computer’s</span>
              <input value={values.timeZone} list="settings-time-zones" maxLength={64} placeholder={LOCAL_ZONE} onChange={(e) => set('timeZone', e.target.value)} />
              <datalist id="settings-time-zones">
                {TIME_ZONES.map((zone) => (
                  <option key={zone} value={zone} />
                ))}
              </datalist>
            </label>
            <label className="settings-check">
              <input type="checkbox" checked={values.apDateline} onChange={(e) => set('apDateline', e.target.checked)} />
              Run the dateline into the first paragraph (AP style: “MILLBROOK, England ({values.publicationName || 'Publication'}) —”)
            </label>
            <label>
              Layout theme
              <select value={values.theme} onChange={(e) => set('theme', e.target.value as PublicationSettings['theme'])}>
                {LAYOUT_THEMES.map((theme) => (
                  <option key={theme} value={theme}>
                    {THEME_LABELS[theme]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Delete spiked articles after <span className="settings-hint">days on the spike; checked when Copydesk starts</span>
              <input type="number" min={1} max={3650} step={1} value={values.spikePurgeDays} onChange={(e) => set('spikePurgeDays', Number(e.target.value))} />
            </label>
            {sectionTargets && <SectionTargetsSection store={sectionTargets} />}
            <StyleRulesSection client={client} onRulesChanged={onRulesChanged} />
            <YourInitialsField initials={initials} />
          </>
        ) : (
          !error && <p className="muted">Loading…</p>
        )}
        <div className="settings-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!values || saving}>
            {saving ? 'Saving…' : 'Save'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
