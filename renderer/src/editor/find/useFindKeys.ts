// Find (Mod-F) and Find and replace (Mod-H) from anywhere in the open article,
// the body or a field: the app has no browser find bar. Both put the writer in
// the Find field (what is typed next is the search; Tab goes on to Replace).
// The keys come from the commands' declarations (shared/commands/commands.ts).
import { useMemo, useState, type KeyboardEvent } from 'react';
import { bindCommands, commandForKey } from '../../commands/bound-command';
import type { FindBarProps } from './FindBar';

type Focus = FindBarProps['focus'];

export function useFindKeys() {
  const [open, setOpen] = useState<Focus | null>(null);
  const commands = useMemo(() => {
    const opener = {
      run: (_state: void, dispatch?: () => void) => {
        if (dispatch) setOpen((current) => ({ seq: (current?.seq ?? 0) + 1 }));
        return true;
      },
    };
    return bindCommands<void, () => void>({ find: opener, 'find-replace': opener });
  }, []);
  return {
    /** Bumped on every opening key, while the bar is open. */
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
