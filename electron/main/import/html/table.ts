// The schema has no tables, so a table becomes paragraphs, row by row. The
// rule (README, Import):
//   - a row whose cells hold only a line of text each (a data table: results,
//     prices, times) becomes one paragraph, cells joined by " | ";
//   - a row with a paragraph, list or heading in any cell (a layout table, as
//     Word and old CMSs use them) gives each cell's blocks in reading order,
//     one paragraph per paragraph in the cell.
// Nested tables are read the same way inside their cell.
import { smartenTypography } from '../../../../shared/import/detect/typography';
import { childrenOf, isElement, textContent, type DomElement, type DomNode } from './dom';

export type TableRow = { kind: 'line'; text: string } | { kind: 'cells'; cells: DomElement[] };

/** `holdsBlocks` says whether a cell has a block anywhere inside it (the walker knows, from one pass). */
export function tableRows(table: DomElement, holdsBlocks: (cell: DomElement) => boolean): TableRow[] {
  const rows: DomElement[] = [];
  // Rows of this table only (thead/tbody/tfoot are looked into, nested tables are not).
  const stack: DomNode[] = childrenOf(table).reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    if (n.localName === 'tr') rows.push(n);
    else if (n.localName !== 'table') stack.push(...childrenOf(n).reverse());
  }
  const out: TableRow[] = [];
  for (const row of rows) {
    const cells = childrenOf(row).filter((c): c is DomElement => isElement(c) && (c.localName === 'td' || c.localName === 'th'));
    if (cells.some(holdsBlocks)) {
      out.push({ kind: 'cells', cells });
      continue;
    }
    const text = cells.map((cell) => smartenTypography(textContent(cell))).filter(Boolean).join(' | ');
    if (text) out.push({ kind: 'line', text });
  }
  return out;
}
