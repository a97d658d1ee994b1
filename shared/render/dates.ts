// Dates as a reader of the publication expects them, in its locale.
export function formatDate(iso: string, locale: string, timeZone = 'UTC'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(date);
  } catch {
    // An unknown zone or locale must not break the page: fall back to UTC, English.
    return new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  }
}

/** Same calendar day in the given zone (used to decide whether to print "Updated"). */
export function sameDay(a: string, b: string, timeZone = 'UTC'): boolean {
  const fmt = (iso: string) => {
    try {
      return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
    } catch {
      return iso.slice(0, 10);
    }
  };
  return fmt(a) === fmt(b);
}
