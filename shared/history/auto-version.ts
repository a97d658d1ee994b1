// When an autosave also takes a version: at most one automatic version per
// 5 minutes of changing content. A save that changes nothing never gets here
// (identical content is not stored twice, store/versions.ts), so the minutes
// counted are minutes in which the article was changing. The first autosave
// after an article is opened takes one when the last automatic version is
// 5 minutes old or more — so what the writer had before a burst of editing is
// kept, and then one state every 5 minutes of it.
export const AUTO_VERSION_INTERVAL_MS = 5 * 60 * 1000;

/** lastAutomaticAt: when the article's newest automatic version was taken (ISO), or null when it has none. */
export function autoVersionDue(lastAutomaticAt: string | null, now: Date): boolean {
  if (lastAutomaticAt === null) return true;
  const last = Date.parse(lastAutomaticAt);
  // An unreadable time, or one from a clock that has since gone back, never blocks a version.
  if (!Number.isFinite(last) || last > now.getTime()) return true;
  return now.getTime() - last >= AUTO_VERSION_INTERVAL_MS;
}
