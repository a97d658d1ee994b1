// What the check actions that change no word do outside the document, and
// what their undo takes back: the article's flags marked correct (read once
// when it opens, kept in the database), the ignored field flags, the newsroom
// dictionary, a headline or standfirst fix. Each action is recorded as a step
// of the body's history (check-action-step.ts); when an undo or redo replays
// one, replay() does (or takes back) its effect, and the article is checked
// again so a flag brought back shows at once.
import type { Transaction } from 'prosemirror-state';
import { acceptedKey } from '../../../../shared/checks/accepted-flag';
import type { Client } from '../../ipc/client';
import { actionsOf, type CheckAction, type FieldName } from './check-action-step';
import type { PlacedFlag } from './checks-plugin';
import { fieldKey } from './field-flags';
import { fixedText } from './check-edits';

export interface CheckActionsOptions {
  client: Pick<Client, 'listAcceptedFlags' | 'acceptCheckFlag' | 'unacceptCheckFlag' | 'addNewsroomWord' | 'removeNewsroomWord'>;
  articleId: string;
  /** Puts the action into the body's history as its own undo event. */
  record(action: CheckAction): void;
  /** The checker learned or forgot a newsroom word (and checks again). */
  learned(word: string): void;
  forgot(word: string): void;
  recheck(): void;
  fieldText(name: FieldName): string;
  changeField(name: FieldName, text: string): void;
  /** Types a fix into its field on screen as the browser's own edit (the field's Undo takes it back); false when the field is not there. */
  typeIntoField?(flag: PlacedFlag, replacement: string): boolean;
  say(message: string): void;
}

const FIELD_LABELS: Record<FieldName, string> = { headline: 'headline', standfirst: 'standfirst' };

export class CheckActions {
  /** The article's flags marked correct, by key; null until read. */
  private accepted: Set<string> | null = null;
  private readonly ignoredFields = new Set<string>();
  private onReady: (() => void) | null = null;
  private disposed = false;

  constructor(private readonly options: CheckActionsOptions) {
    void this.load();
  }

  /** Runs once the article's marks are known (now, if they are): flags are not shown before, so a marked one never flashes up. */
  whenReady(run: () => void): void {
    if (this.accepted) run();
    else this.onReady = run;
  }

  /** Whether a flag is kept away: marked correct in this article, or (a field's) ignored while it is open. */
  hides(flag: PlacedFlag): boolean {
    if (this.accepted?.size && this.accepted.has(acceptedKey(flag.mark))) return true;
    return !flag.range && this.ignoredFields.has(fieldKey(flag));
  }

  /** "Mark correct here": kept with the article, then one undo event. False when it could not be stored (said why). */
  async markCorrect(flag: PlacedFlag): Promise<boolean> {
    try {
      await this.options.client.acceptCheckFlag({ id: this.options.articleId, flag: flag.mark });
    } catch (error) {
      this.options.say((error as Error).message);
      return false;
    }
    this.accepted?.add(acceptedKey(flag.mark));
    this.options.record({ type: 'accept', flag: flag.mark });
    return true;
  }

  /** "Ignore here" on a flag outside the body's text (headline, standfirst, caption). */
  ignoreField(flag: PlacedFlag): void {
    this.ignoredFields.add(fieldKey(flag));
    this.options.record({ type: 'ignore-field', key: fieldKey(flag) });
  }

  /** Into the newsroom dictionary; the undo event only when this put it there. False when main refused (said why). */
  async addWord(word: string): Promise<boolean> {
    try {
      const { added } = await this.options.client.addNewsroomWord({ word });
      if (added) this.options.record({ type: 'learn', word });
    } catch (error) {
      this.options.say((error as Error).message);
      return false;
    }
    this.options.learned(word);
    return true;
  }

  /** A fix of the headline or standfirst (a field, not the body's document); false when its text has changed since the check. */
  fixField(flag: PlacedFlag, replacement: string): boolean {
    const field = flag.where as FieldName;
    const before = this.options.fieldText(field);
    const after = fixedText(before, flag, replacement);
    if (after === null) return false;
    // On screen, the fix is the field's own edit: Ctrl+Z there (where the caret is) takes it back, as it would typing.
    if (this.options.typeIntoField?.(flag, replacement)) return true;
    this.options.changeField(field, after);
    this.options.record({ type: 'field-text', field, before, after });
    return true;
  }

  /** An undo or redo went through the body: the effects of the check actions it replayed. True when there were any. */
  replay(tr: Transaction): boolean {
    const actions = actionsOf(tr);
    for (const action of actions) void this.replayOne(action);
    return actions.length > 0;
  }

  dispose(): void {
    this.disposed = true;
  }

  private async replayOne(action: CheckAction): Promise<void> {
    const { client, articleId, say } = this.options;
    try {
      switch (action.type) {
        case 'ignore':
          // The checks plugin keeps the ignored ranges; the flag shows (or goes) with the next answer.
          break;
        case 'ignore-field':
          if (action.undo) this.ignoredFields.delete(action.key);
          else this.ignoredFields.add(action.key);
          break;
        case 'accept': {
          const key = acceptedKey(action.flag);
          if (action.undo) {
            this.accepted?.delete(key);
            await client.unacceptCheckFlag({ id: articleId, flag: action.flag });
            say(`“${action.flag.text}” is flagged again: no longer marked correct.`);
          } else {
            this.accepted?.add(key);
            await client.acceptCheckFlag({ id: articleId, flag: action.flag });
          }
          break;
        }
        case 'learn':
          if (action.undo) {
            await client.removeNewsroomWord({ word: action.word });
            say(`“${action.word}” is out of the newsroom dictionary again.`);
            return this.options.forgot(action.word);
          }
          await client.addNewsroomWord({ word: action.word });
          return this.options.learned(action.word);
        case 'field-text': {
          const [from, to] = action.undo ? [action.after, action.before] : [action.before, action.after];
          if (this.options.fieldText(action.field) === from) this.options.changeField(action.field, to);
          else say(`The ${FIELD_LABELS[action.field]} has changed since that fix; it is left as it is.`);
          break;
        }
      }
    } catch (error) {
      say((error as Error).message);
    }
    if (!this.disposed) this.options.recheck();
  }

  private async load(): Promise<void> {
    let keys: string[] = [];
    try {
      const { flags } = await this.options.client.listAcceptedFlags({ id: this.options.articleId });
      keys = flags.map(acceptedKey);
    } catch (error) {
      this.options.say(`The flags marked correct in this article could not be read: ${(error as Error).message}`);
    }
    this.accepted = new Set(keys);
    const run = this.onReady;
    this.onReady = null;
    if (!this.disposed) run?.();
  }
}
