// The published page's Content-Security-Policy (as a <meta>, so it travels
// with the file): no script runs, nothing is fetched except inline images.
// The JSON-LD block is a data block, which CSP does not treat as script.
export function pageCsp(imageOrigins: readonly string[] = []): string {
  const safe = imageOrigins.filter((o) => /^[a-z][a-z0-9+.-]*:(\/\/[a-z0-9.-]+(:\d+)?)?$/i.test(o));
  return [
    "default-src 'none'",
    "script-src 'none'",
    "style-src 'unsafe-inline'",
    ['img-src', 'data:', ...safe].join(' '),
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
