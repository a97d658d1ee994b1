// The window's commands (declared in shared/commands/commands.ts): each runs
// when main sends its menu item's event, and those heard in the whole window
// (scope `window`, e.g. the preview toggle) also on their keys, so the menu and
// the keyboard always do the same thing.
import { useEffect, useMemo } from 'react';
import type { Client } from '../ipc/client';
import { bindCommands, commandForKey } from '../commands/bound-command';
import type { CommandId } from '../../../shared/commands/commands';
import { useEventCallback } from '../hooks/use-event-callback';

export type WindowActions = Partial<Record<CommandId, () => void>>;

export function useWindowCommands(client: Client, actions: WindowActions) {
  const run = useEventCallback((id: CommandId) => actions[id]?.());
  const commands = useMemo(() => {
    const bindings: Partial<Record<CommandId, { run(state: void, dispatch?: () => void): boolean }>> = {};
    for (const id of Object.keys(actions) as CommandId[]) {
      bindings[id] = {
        run: (_state, dispatch) => {
          if (dispatch) run(id);
          return true;
        },
      };
    }
    return bindCommands(bindings);
    // The set of commands is fixed for the window's life; what they do is read fresh (run).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [run]);

  useEffect(() => {
    const unsubscribe = [...commands.values()].flatMap((command) => {
      const event = command.declaration.menuEvent;
      return event ? [client.on(event, () => command.run(undefined, () => undefined))] : [];
    });
    const onKey = (event: KeyboardEvent) => {
      const command = commandForKey(commands, event);
      if (!command || command.declaration.scope !== 'window') return;
      event.preventDefault();
      command.run(undefined, () => undefined);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      unsubscribe.forEach((off) => off());
      window.removeEventListener('keydown', onKey);
    };
  }, [client, commands]);
}
