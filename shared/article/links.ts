// Links in an article may only point at the web or at an email address.
// Everything else (javascript:, data:, file:, relative paths that would
// resolve against wherever the export is opened) is refused at every boundary.
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

export function isAllowedHref(href: string): boolean {
  // Browsers ignore leading control characters and spaces, and drop tabs and
  // newlines anywhere in a URL ("java\nscript:" runs), so judge what they see.
  // eslint-disable-next-line no-control-regex
  const seen = href.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
  if (seen !== href.trim()) return false;
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):(.*)$/s.exec(seen);
  if (!match) return false;
  const scheme = match[1]!.toLowerCase();
  const rest = match[2]!;
  if (!ALLOWED_SCHEMES.has(scheme)) return false;
  if (scheme === 'mailto') return /^[^\s@]+@[^\s@]+$/.test(rest.split('?')[0]!);
  return /^\/\/[^/\s?#]+/.test(rest) && !/\s/.test(rest);
}

export const LINK_RULE_MESSAGE = 'Links must start with http://, https:// or mailto:';
