// The schema has no tables: each row becomes a line of text, cells separated by " | ".
import { smartenTypography } from '../../../../shared/import/detect/typography';
import { childrenOf, isElement, textContent, type DomElement, type DomNode } from './dom';

export function tableRows(table: DomElement): string[] {
  const rows: DomElement[] = [];
  const walk = (n: DomNode | DomElement) => {
    for (const c of childrenOf(n)) if (isElement(c)) (c.tagName === 'tr' ? rows.push(c) : walk(c));
  };
  walk(table);
  return rows
    .map((row) => childrenOf(row).filter(isElement).map((cell) => smartenTypography(textContent(cell))).filter(Boolean).join(' | '))
    .filter(Boolean);
}
