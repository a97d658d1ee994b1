// The widths a journalist checks the published layout at.
export const DEVICES = [
  { id: 'mobile', label: 'Mobile', width: 375 },
  { id: 'tablet', label: 'Tablet', width: 768 },
  { id: 'desktop', label: 'Desktop', width: 1280 },
] as const;
export type DeviceId = (typeof DEVICES)[number]['id'];

/** How long typing must pause before the preview re-renders (the issue allows 300 ms in all). */
export const PREVIEW_DEBOUNCE_MS = 150;
