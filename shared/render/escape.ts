// Text and attribute escaping for the published HTML. Every string that comes
// from an article or from settings goes through one of these.

const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTR: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// Characters that are never allowed in HTML text (C0 controls except tab, LF,
// FF, CR; lone surrogates; noncharacters). Validators flag them, and they are
// always a paste accident, so they are dropped rather than escaped.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanText(value: string): string {
  return value.replace(FORBIDDEN, '');
}

/** Escapes text content (between tags). */
export function escapeText(value: string): string {
  return cleanText(value).replace(/[&<>]/g, (c) => TEXT[c]!);
}

/** Escapes a double-quoted attribute value. */
export function escapeAttr(value: string): string {
  return cleanText(value).replace(/[&<>"']/g, (c) => ATTR[c]!);
}

/**
 * JSON for a <script type="application/ld+json"> block. The HTML parser ends a
 * script at "</script" and treats "<!--" specially, whatever the JSON means, so
 * "<", ">" and "&" are written as JSON escapes; U+2028/2029 are escaped so the
 * text also stays valid if anyone ever evaluates it as JavaScript.
 */
export function scriptSafeJson(value: unknown): string {
  return cleanText(JSON.stringify(value))
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Percent-encodes the characters a URL may not contain literally (quotes,
 * angle brackets, spaces, backslashes…). Browsers do the same when they follow
 * the link, so the destination is unchanged, and the attribute is valid.
 */
export function encodeUrlForAttr(url: string): string {
  return cleanText(url).replace(/["<>`\s{}|\\^]/g, (c) => encodeURIComponent(c));
}
