// The one EditorState for an article body and the plugins it carries.
import { EditorState, type Plugin } from 'prosemirror-state';
import { Node } from 'prosemirror-model';
import { history } from 'prosemirror-history';
import { reactKeys } from '@handlewithcare/react-prosemirror';
import { schema } from '../../../../shared/article/schema';
import type { BodyJSON } from '../../../../shared/article/fields';
import { editorKeymaps, type KeymapActions } from '../keymap/keymap';
import { editorInputRules } from '../input-rules/rules';
import { textStatsPlugin } from '../status/text-stats';
import { linkTargetPlugin } from '../link/link-target';
import { placeholderPlugin } from './placeholder';
import { findPlugin } from '../find/find-state';

export interface BodyPluginOptions {
  keys: KeymapActions;
  extra?: Plugin[];
}

export function bodyPlugins(options: BodyPluginOptions): Plugin[] {
  return [
    reactKeys(),
    history({ newGroupDelay: 700 }),
    editorInputRules(),
    ...editorKeymaps(options.keys),
    textStatsPlugin(),
    linkTargetPlugin(),
    placeholderPlugin('Write the story…'),
    findPlugin(),
    ...(options.extra ?? []),
  ];
}

export function createBodyState(body: BodyJSON, plugins: readonly Plugin[]): EditorState {
  return EditorState.create({ doc: Node.fromJSON(schema, body), plugins });
}
