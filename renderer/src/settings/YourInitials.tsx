// "Your initials" in the settings dialog: the initials put on the editorial
// notes made on this computer (user_settings, migration 017), apart from the
// publication's settings around them. Empty is allowed: a note then takes the
// article byline's initials. Saved with the dialog's Save, first, so a
// refusal (main's sentence) leaves everything as it was.
import { useEffect, useState } from 'react';
import { NOTE_AUTHOR_MAX } from '../../../shared/article/note-mark';
import type { Client } from '../ipc/client';
import { userSettingsOf } from './user-settings';

export function useYourInitials(client: Pick<Client, 'getUserSettings' | 'saveUserSettings'>) {
  const [value, setValue] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void userSettingsOf(client).load().then((s) => live && setValue(s?.noteInitials ?? ''));
    return () => {
      live = false;
    };
  }, [client]);
  return {
    value,
    setValue,
    /** Stores them when they were read and changed; throws main's refusal. */
    save: async () => {
      const cache = userSettingsOf(client);
      if (value !== null && value.trim() !== (cache.current?.noteInitials ?? '')) await cache.save({ noteInitials: value });
    },
  };
}

export function YourInitialsField({ initials }: { initials: ReturnType<typeof useYourInitials> }) {
  if (initials.value === null) return null;
  return (
    <fieldset className="settings-you">
      <legend>On this computer</legend>
      <label>
        Your initials <span className="settings-hint">put on the editorial notes you make; left empty, a note takes the byline’s</span>
        <input value={initials.value} maxLength={NOTE_AUTHOR_MAX} autoComplete="off" spellCheck={false} placeholder="e.g. JB" onChange={(e) => initials.setValue(e.target.value)} />
      </label>
    </fieldset>
  );
}
