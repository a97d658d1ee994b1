// The one EditorState for an article body and the plugins it carries.
import { EditorState, type Plugin } from 'prosemirror-state';
import type { Node } from 'prosemirror-model';
import { history } from 'prosemirror-history';
import { reactKeys } from '@handlewithcare/react-prosemirror';
import { editorKeymaps } from '../keymap/keymap';
import type { BodyCommands } from '../commands/body-commands';
import { editorInputRules } from '../input-rules/rules';
import { textStatsPlugin } from '../status/text-stats';
import { linkTargetPlugin } from '../link/link-target';
import { placeholderPlugin } from './placeholder';
import { findPlugin } from '../find/find-state';
import { noteLabelsPlugin } from '../notes/note-labels';
import { noteTypingPlugin } from '../notes/note-typing';

export interface BodyPluginOptions {
  /** The body's commands: their keys are bound here. */
  commands: BodyCommands;
  extra?: Plugin[];
}

export function bodyPlugins(options: BodyPluginOptions): Plugin[] {
  return [
    reactKeys(),
    history({ newGroupDelay: 700 }),
    editorInputRules(),
    ...editorKeymaps(options.commands),
    textStatsPlugin(),
    linkTargetPlugin(),
    placeholderPlugin('Write the story…'),
    findPlugin(),
    noteLabelsPlugin(),
    noteTypingPlugin(),
    ...(options.extra ?? []),
  ];
}

/** The state for the session's document (already parsed once, when the article opened). */
export function createBodyState(doc: Node, plugins: readonly Plugin[]): EditorState {
  return EditorState.create({ doc, plugins });
}
