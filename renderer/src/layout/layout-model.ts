// How the window is shared out: the library (full or a rail), the editor, and
// one side area beside it for the preview or a panel (History, Checks). Pure
// arithmetic (`computeLayout`) plus a small store for what the writer chose
// (`LayoutStore`: the library's state and the side area's width, remembered
// across reloads). React only renders what these decide.

/** The preview's device widths (preview/devices.ts names them). */
export type PreviewDevice = 'mobile' | 'tablet' | 'desktop';

/** What the side area can hold; one at a time. A panel takes the place of the preview while it is open. */
export type SidePanel = 'preview' | 'history' | 'checks';

export const LIBRARY_FULL_WIDTH = 280;
export const LIBRARY_RAIL_WIDTH = 48;
/** The editor never gets narrower than this beside a side area: its measure stays about 60 characters. */
export const EDITOR_MIN_WIDTH = 600;
/** The side area's narrowest: a phone-width preview (375) still shows at nearly its own size. */
export const SIDE_MIN_WIDTH = 340;
/** What a wide page in the side area (a Tablet or Desktop preview) needs to be read: the full library folds to a rail to give it this much. */
export const SIDE_COMFORT_WIDTH = 480;
/** The splitter between the editor and the side area. */
export const SPLITTER_WIDTH = 8;
/** An overlay side area keeps this much of the editor in sight beside it. */
const OVERLAY_MARGIN = 48;

export interface LayoutRequest {
  windowWidth: number;
  /** What the writer chose for the library (Mod-\). */
  library: 'full' | 'rail';
  /** What the side area shows, or null when it is closed. */
  side: SidePanel | null;
  /** The side area's width the writer chose with the splitter; null: the default. */
  sideWidth: number | null;
  /** The least the side area's content reads well at (SIDE_COMFORT_WIDTH for a wide preview); the full library gives way below it. */
  sideComfort?: number;
}

export interface SideLayout {
  panel: SidePanel;
  /** `split`: beside the editor, resizable; `overlay`: over the editor's right edge (the window is too narrow for both). */
  mode: 'split' | 'overlay';
  width: number;
  min: number;
  max: number;
}

export interface Layout {
  library: 'full' | 'rail';
  /** The writer chose the full library but the side area needs its room: it shows as a rail for now (the choice is kept). */
  libraryFolded: boolean;
  libraryWidth: number;
  editorWidth: number;
  side: SideLayout | null;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** The default side width: a little under half of what the editor and the side area share. */
export function defaultSideWidth(shared: number): number {
  return Math.round(shared * 0.45);
}

export function computeLayout(request: LayoutRequest): Layout {
  const width = Math.max(0, Math.floor(request.windowWidth));
  if (!request.side) {
    const libraryWidth = request.library === 'full' ? LIBRARY_FULL_WIDTH : LIBRARY_RAIL_WIDTH;
    return { library: request.library, libraryFolded: false, libraryWidth, editorWidth: Math.max(0, width - libraryWidth), side: null };
  }
  const fitsBeside = (libraryWidth: number, sideWidth = SIDE_MIN_WIDTH) => width - libraryWidth - SPLITTER_WIDTH - EDITOR_MIN_WIDTH >= sideWidth;
  // The library gives way first (to a rail), the editor's measure never does.
  const full = request.library === 'full' && fitsBeside(LIBRARY_FULL_WIDTH, Math.max(SIDE_MIN_WIDTH, request.sideComfort ?? SIDE_MIN_WIDTH));
  const library = full ? 'full' : 'rail';
  const libraryWidth = full ? LIBRARY_FULL_WIDTH : LIBRARY_RAIL_WIDTH;
  const libraryFolded = request.library === 'full' && !full;

  if (fitsBeside(libraryWidth)) {
    const shared = width - libraryWidth - SPLITTER_WIDTH;
    const max = shared - EDITOR_MIN_WIDTH;
    const sideWidth = clamp(request.sideWidth ?? defaultSideWidth(shared), SIDE_MIN_WIDTH, max);
    return { library, libraryFolded, libraryWidth, editorWidth: shared - sideWidth, side: { panel: request.side, mode: 'split', width: sideWidth, min: SIDE_MIN_WIDTH, max } };
  }
  // Too narrow for the editor and a side area side by side: the side area lies over the editor's right part.
  const overlayWidth = Math.max(0, Math.min(Math.max(SIDE_MIN_WIDTH, request.sideWidth ?? 0), width - libraryWidth - OVERLAY_MARGIN));
  return {
    library,
    libraryFolded,
    libraryWidth,
    editorWidth: Math.max(0, width - libraryWidth),
    side: { panel: request.side, mode: 'overlay', width: overlayWidth, min: overlayWidth, max: overlayWidth },
  };
}

/** The side width after a splitter key: arrows step, Shift steps further, Home and End go to the ends. */
export function sideWidthAfterKey(side: Pick<SideLayout, 'width' | 'min' | 'max'>, key: string, shift: boolean): number | null {
  const step = shift ? 64 : 16;
  // The splitter sits on the side area's left edge: moving it left widens the side area.
  const next = key === 'ArrowLeft' ? side.width + step : key === 'ArrowRight' ? side.width - step : key === 'Home' ? side.max : key === 'End' ? side.min : null;
  return next === null ? null : clamp(next, side.min, side.max);
}

/** Where the writer's choices are kept: localStorage in the window, a Map in tests. */
export interface LayoutStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const LAYOUT_STORAGE_KEY = 'copydesk:layout';

export interface LayoutChoices {
  library: 'full' | 'rail';
  /** The preview's width (Mobile, Tablet, Desktop), remembered too. */
  device: PreviewDevice;
  sideWidth: number | null;
  /** The library shown over the editor for a moment while it is folded to a rail (Mod-\ on a folded library). */
  libraryPeek: boolean;
}

function readChoices(storage: LayoutStorage | null): LayoutChoices {
  const fallback: LayoutChoices = { library: 'full', device: 'mobile', sideWidth: null, libraryPeek: false };
  try {
    const raw: unknown = JSON.parse(storage?.getItem(LAYOUT_STORAGE_KEY) ?? 'null');
    if (!raw || typeof raw !== 'object') return fallback;
    const { library, device, sideWidth } = raw as Record<string, unknown>;
    return {
      library: library === 'rail' ? 'rail' : 'full',
      device: device === 'tablet' || device === 'desktop' ? device : 'mobile',
      sideWidth: typeof sideWidth === 'number' && Number.isFinite(sideWidth) && sideWidth > 0 ? Math.round(sideWidth) : null,
      libraryPeek: false,
    };
  } catch {
    return fallback; // unreadable or refused storage: the defaults, nothing worse
  }
}

/** The writer's layout choices, remembered; the component subscribes (useSyncExternalStore). */
export class LayoutStore {
  private choices: LayoutChoices;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly storage: LayoutStorage | null) {
    this.choices = readChoices(storage);
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): LayoutChoices => this.choices;

  /**
   * Mod-\ and the library's own button. Full becomes a rail and a rail full; where the full library
   * cannot fit beside the side area (it is folded, or would be), it opens over the editor instead,
   * and the next press closes it.
   */
  toggleLibrary(window: Pick<LayoutRequest, 'windowWidth' | 'side' | 'sideComfort'>): void {
    if (this.choices.libraryPeek) return this.set({ libraryPeek: false });
    const now = computeLayout({ ...window, library: this.choices.library, sideWidth: this.choices.sideWidth });
    if (now.library === 'full') return this.set({ library: 'rail' });
    const wanted = computeLayout({ ...window, library: 'full', sideWidth: this.choices.sideWidth });
    this.set({ library: 'full', libraryPeek: wanted.libraryFolded });
  }

  /**
   * Mod-Shift-F (search articles) from anywhere: the search box must be on screen to take the focus,
   * so a library shown as a rail opens over the editor (the rail stays the writer's choice); a full one is left as it is.
   */
  revealLibrary(window: Pick<LayoutRequest, 'windowWidth' | 'side' | 'sideComfort'>): void {
    if (this.choices.libraryPeek) return;
    const now = computeLayout({ ...window, library: this.choices.library, sideWidth: this.choices.sideWidth });
    if (now.library === 'rail') this.set({ libraryPeek: true });
  }

  /** The least width the side area's content reads well at, for `computeLayout`. */
  sideComfort(side: SidePanel | null): number {
    return side === 'preview' && this.choices.device !== 'mobile' ? SIDE_COMFORT_WIDTH : SIDE_MIN_WIDTH;
  }

  closePeek(): void {
    if (this.choices.libraryPeek) this.set({ libraryPeek: false });
  }

  setDevice(device: PreviewDevice): void {
    this.set({ device });
  }

  setSideWidth(width: number): void {
    this.set({ sideWidth: Math.round(width) });
  }

  private set(change: Partial<LayoutChoices>): void {
    this.choices = { ...this.choices, ...change };
    try {
      const { library, device, sideWidth } = this.choices;
      this.storage?.setItem(LAYOUT_STORAGE_KEY, JSON.stringify({ library, device, sideWidth }));
    } catch {
      // Storage refused: the choice holds for this window, it is only not remembered.
    }
    this.listeners.forEach((listener) => listener());
  }
}
