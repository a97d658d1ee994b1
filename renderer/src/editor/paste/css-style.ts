// Inline styles read as CSS declarations, the way a browser reads them, not
// searched as text: "mso-bidi-font-weight:normal" is Word's property for
// complex-script text and says nothing about bold, though it contains
// "font-weight:normal" (a substring test took bold off every Word <b>).
import parse from 'inline-style-parser';

/** The element's style declarations, property → value, both lower-cased; later ones win, as in CSS. */
export function declarations(style: string | null | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!style) return out;
  let list: ReturnType<typeof parse>;
  try {
    list = parse(style, { silent: true });
  } catch {
    return out; // A style too broken to read carries no formatting we could trust.
  }
  for (const d of list) {
    if (d.type === 'declaration' && d.property && d.value !== undefined) out.set(d.property.toLowerCase(), d.value.trim().toLowerCase().replace(/\s*!important$/, ''));
  }
  return out;
}

export function styleOf(el: Element): Map<string, string> {
  return declarations(el.getAttribute('style'));
}

/**
 * Word's list definitions from the <style> it puts on the clipboard:
 * `@list l0:level2 {mso-level-number-format:bullet; …}` → "l0:level2" →
 * "bullet". A level with no number format is numbered (Word's default).
 */
export function wordListFormats(doc: Document): Map<string, string> {
  const formats = new Map<string, string>();
  for (const style of Array.from(doc.querySelectorAll('style'))) {
    const css = style.textContent ?? '';
    for (const m of css.matchAll(/@list\s+(l\d+):(level\d+)\s*\{([^}]*)\}/gi)) {
      const format = declarations(m[3]).get('mso-level-number-format') ?? 'decimal';
      formats.set(`${m[1]!.toLowerCase()}:${m[2]!.toLowerCase()}`, format);
    }
  }
  return formats;
}
