// README's keyboard-shortcuts table, made from the same declarations as the
// shortcuts panel (shortcutGroups), with the keys as Windows and Linux and as
// a Mac show them. tests/unit/readme-commands.test.ts checks README holds it.
import { describeKey, shortcutGroups } from './commands';

const cell = (text: string) => text.replace(/\|/g, '\\|');
const keys = (list: readonly string[], mac: boolean) => list.map((k) => `<kbd>${cell(describeKey(k, mac))}</kbd>`).join(' or ');

/** The Markdown table: one row per listed command, grouped as the panel groups them. */
export function shortcutsMarkdown(): string {
  const rows = ['| | what it does | Windows, Linux | Mac |', '|---|---|---|---|'];
  for (const { group, commands } of shortcutGroups()) {
    commands.forEach((c, i) => rows.push(`| ${i === 0 ? `**${group}**` : ''} | ${cell(c.label)} | ${keys(c.keys, false)} | ${keys(c.keys, true)} |`));
  }
  return rows.join('\n');
}
