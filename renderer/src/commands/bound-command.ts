// A declared command (shared/commands/commands.ts) with what it does in this
// window. `run(state)` without a dispatch only asks whether the command would
// apply (the ProseMirror convention), so "enabled?" is the command itself asked.
import { COMMANDS, matchesKey, type CommandDeclaration, type CommandId } from '../../../shared/commands/commands';

export interface CommandBinding<S, D, V = never> {
  /** Does the command; without `dispatch`, only says whether it would apply. */
  run(state: S, dispatch?: D, view?: V): boolean;
  isEnabled?(state: S): boolean;
  /** For toggles: whether it is on where the writer is. */
  isActive?(state: S): boolean;
  /** It opens something (a panel, a dialog) that takes the focus: a toolbar click leaves it there. */
  takesFocus?: boolean;
}

export interface BoundCommand<S, D, V = never> extends CommandBinding<S, D, V> {
  readonly declaration: CommandDeclaration;
  isEnabled(state: S): boolean;
}

export type Bindings<S, D, V = never> = Partial<Record<CommandId, CommandBinding<S, D, V>>>;

/** Binds each given id to its declaration, in the registry's order. */
export function bindCommands<S, D, V = never>(bindings: Bindings<S, D, V>): ReadonlyMap<CommandId, BoundCommand<S, D, V>> {
  const bound = new Map<CommandId, BoundCommand<S, D, V>>();
  for (const declaration of COMMANDS) {
    const binding = bindings[declaration.id];
    if (!binding) continue;
    bound.set(declaration.id, {
      ...binding,
      declaration,
      isEnabled: binding.isEnabled ?? ((state: S) => binding.run(state)),
    });
  }
  return bound;
}

/** The command (if any) a key event triggers, for keys heard outside the body's keymap. */
export function commandForKey<C extends { declaration: CommandDeclaration }>(commands: ReadonlyMap<CommandId, C>, event: Parameters<typeof matchesKey>[0]): C | null {
  for (const command of commands.values()) {
    if (command.declaration.keys.length && matchesKey(event, command.declaration.keys)) return command;
  }
  return null;
}
