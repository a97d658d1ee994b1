// Find (Mod-F) and Find and replace (Mod-H) from anywhere in the open article,
// the body or a field: the app has no browser find bar. The keys come from the
// commands' declarations (shared/commands/commands.ts).
import { useMemo, useState, type KeyboardEvent } from 'react';
import { bindCommands, commandForKey } from '../../commands/bound-command';
import type { FindBarProps } from './FindBar';

type Focus = FindBarProps['focus'];

export function useFindKeys() {
  const [open, setOpen] = useState<Focus | null>(null);
  const commands = useMemo(() => {
    const opener = (field: Focus['field']) => ({
      run: (_state: void, dispatch?: () => void) => {
        if (dispatch) setOpen((current) => ({ field, seq: (current?.seq ?? 0) + 1 }));
        return true;
      },
    });
    return bindCommands<void, () => void>({ find: opener('find'), 'find-replace': opener('replace') });
  }, []);
  return {
    /** Which field of the find bar takes focus, while it is open. */
    open,
    close: () => setOpen(null),
    onKeyDown(event: KeyboardEvent) {
      const command = commandForKey(commands, event);
      if (!command) return;
      event.preventDefault();
      command.run(undefined, () => undefined);
    },
  };
}
