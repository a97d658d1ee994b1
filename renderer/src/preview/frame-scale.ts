// How much a device frame is shrunk to fit the preview pane. A phone or tablet
// page is shown whole; a desktop page shrunk to a side pane's width would be
// unreadable (1280 px in a 500 px pane is 39 %), so it is shrunk only until its
// text column fits, and its empty margins scroll sideways instead.

/** The published page's text column at desktop width (shared/render/styles.ts: a 40rem measure, at 16 px rem) with a little air each side. */
export const READABLE_COLUMN_PX = 660;

/** Devices this wide are desktops: their pages have margins to spare. */
const DESKTOP_FROM_PX = 1024;

export function frameScale(stageWidth: number, deviceWidth: number): number {
  if (stageWidth <= 0 || deviceWidth <= 0) return 1;
  const whole = stageWidth / deviceWidth;
  if (whole >= 1) return 1;
  if (deviceWidth < DESKTOP_FROM_PX) return whole;
  return Math.min(1, Math.max(whole, stageWidth / READABLE_COLUMN_PX));
}
