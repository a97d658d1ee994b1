// The "Published" control's value: a datetime-local input holds a wall-clock
// time in this computer's zone ("2026-12-01T09:30"), the article an instant
// (ISO 8601, UTC). The page prints it in the publication's zone (shared/render/dates.ts).

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO instant → the input's value in this computer's zone; '' for none. */
export function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The input's value → ISO instant, or null when it is empty or not a time (the stored time is then kept). */
export function fromLocalInput(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  const date = new Date(y!, mo! - 1, d!, h!, mi!, s || 0);
  // new Date rolls 31 February over into March: only a real calendar time counts.
  if (date.getFullYear() !== y || date.getMonth() !== mo! - 1 || date.getDate() !== d) return null;
  return date.toISOString();
}
