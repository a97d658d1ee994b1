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
import { BLOCK_TAGS } from './inline';

export type TableRow = { kind: 'line'; text: string } | { kind: 'cells'; cells: DomElement[] };

export function tableRows(table: DomElement): TableRow[] {
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
    if (cells.some(hasBlocks)) {
      out.push({ kind: 'cells', cells });
      continue;
    }
    const text = cells.map((cell) => smartenTypography(textContent(cell))).filter(Boolean).join(' | ');
    if (text) out.push({ kind: 'line', text });
  }
  return out;
}

function hasBlocks(cell: DomElement): boolean {
  return childrenOf(cell).some((c) => isElement(c) && BLOCK_TAGS.has(c.localName) && c.localName !== 'img');
}
