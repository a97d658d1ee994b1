// The layout model (renderer/src/layout/layout-model.ts): the widths at the
// window sizes a newsroom has (1024 to 2560), what folds first, the splitter's
// keys, and the choices kept across reloads in a real Storage-shaped object.
import { describe, expect, it } from 'vitest';
import {
  computeLayout,
  EDITOR_MIN_WIDTH,
  LAYOUT_STORAGE_KEY,
  LayoutStore,
  LIBRARY_FULL_WIDTH,
  LIBRARY_RAIL_WIDTH,
  SIDE_COMFORT_WIDTH,
  SIDE_MIN_WIDTH,
  sideWidthAfterKey,
  SPLITTER_WIDTH,
  type LayoutRequest,
} from '../../../renderer/src/layout/layout-model';

const at = (windowWidth: number, extra: Partial<LayoutRequest> = {}) => computeLayout({ windowWidth, library: 'full', side: 'preview', sideWidth: null, ...extra });
const total = (l: ReturnType<typeof computeLayout>) => l.libraryWidth + l.editorWidth + (l.side?.mode === 'split' ? SPLITTER_WIDTH + l.side.width : 0);

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

describe('computeLayout', () => {
  it('shares the whole window out at every size from 1024 to 2560, the editor never under its minimum beside a side area', () => {
    for (let width = 1024; width <= 2560; width += 8) {
      for (const library of ['full', 'rail'] as const) {
        for (const side of [null, 'preview', 'history', 'checks'] as const) {
          const layout = computeLayout({ windowWidth: width, library, side, sideWidth: null });
          expect(total(layout), `${width} ${library} ${side}`).toBe(width);
          if (layout.side) {
            expect(layout.side.mode).toBe('split');
            expect(layout.editorWidth).toBeGreaterThanOrEqual(EDITOR_MIN_WIDTH);
            expect(layout.side.width).toBeGreaterThanOrEqual(SIDE_MIN_WIDTH);
            expect(layout.side.width).toBeLessThanOrEqual(layout.side.max);
          }
        }
      }
    }
  });

  it('with nothing beside the editor, the library is as the writer chose', () => {
    expect(at(1024, { side: null })).toMatchObject({ library: 'full', libraryFolded: false, libraryWidth: LIBRARY_FULL_WIDTH, editorWidth: 1024 - LIBRARY_FULL_WIDTH, side: null });
    expect(at(1024, { side: null, library: 'rail' })).toMatchObject({ library: 'rail', libraryFolded: false, editorWidth: 1024 - LIBRARY_RAIL_WIDTH });
  });

  it('at 1024 the library folds to a rail for the preview, and says it was folded (the choice is kept)', () => {
    const layout = at(1024);
    expect(layout).toMatchObject({ library: 'rail', libraryFolded: true, libraryWidth: LIBRARY_RAIL_WIDTH });
    expect(layout.side!.mode).toBe('split');
    // A rail the writer chose is not "folded".
    expect(at(1024, { library: 'rail' }).libraryFolded).toBe(false);
  });

  it('at 1280 the full library stays beside a phone-width preview, and folds for a Tablet or Desktop page', () => {
    const phone = at(1280);
    expect(phone.library).toBe('full');
    expect(phone.side!.width).toBeGreaterThanOrEqual(SIDE_MIN_WIDTH);
    const desktop = at(1280, { sideComfort: SIDE_COMFORT_WIDTH });
    expect(desktop).toMatchObject({ library: 'rail', libraryFolded: true });
    expect(desktop.side!.width).toBeGreaterThan(SIDE_COMFORT_WIDTH);
  });

  it('from 1440 the full library, the editor and even a Desktop preview fit side by side', () => {
    for (const width of [1440, 1920, 2560]) {
      const layout = at(width, { sideComfort: SIDE_COMFORT_WIDTH });
      expect(layout.library, String(width)).toBe('full');
      expect(layout.side!.width).toBeGreaterThanOrEqual(SIDE_COMFORT_WIDTH);
    }
  });

  it('a side width chosen with the splitter is kept within what leaves the editor its minimum', () => {
    expect(at(1920, { sideWidth: 700 }).side!.width).toBe(700);
    const wide = at(1920, { sideWidth: 5000 });
    expect(wide.side!.width).toBe(wide.side!.max);
    expect(wide.editorWidth).toBe(EDITOR_MIN_WIDTH);
    expect(at(1920, { sideWidth: 10 }).side!.width).toBe(SIDE_MIN_WIDTH);
  });

  it('below what a rail, the editor and the narrowest side area need, the side area lies over the editor', () => {
    const narrow = at(900);
    expect(narrow.side!.mode).toBe('overlay');
    expect(narrow.library).toBe('rail');
    expect(narrow.editorWidth).toBe(900 - LIBRARY_RAIL_WIDTH);
    expect(narrow.side!.width).toBeLessThanOrEqual(900 - LIBRARY_RAIL_WIDTH);
    expect(at(0).side!.width).toBe(0);
  });
});

describe('the splitter keys', () => {
  const side = { width: 400, min: 340, max: 600 };
  it('← widens the side area, → narrows it, Shift steps further, Home and End go to the ends; other keys do nothing', () => {
    expect(sideWidthAfterKey(side, 'ArrowLeft', false)).toBe(416);
    expect(sideWidthAfterKey(side, 'ArrowRight', false)).toBe(384);
    expect(sideWidthAfterKey(side, 'ArrowLeft', true)).toBe(464);
    expect(sideWidthAfterKey(side, 'Home', false)).toBe(600);
    expect(sideWidthAfterKey(side, 'End', false)).toBe(340);
    expect(sideWidthAfterKey({ ...side, width: 340 }, 'ArrowRight', true)).toBe(340);
    expect(sideWidthAfterKey(side, 'a', false)).toBeNull();
  });
});

describe('LayoutStore', () => {
  it('remembers the library and the side width across a reload (a new store on the same storage)', () => {
    const storage = new MemoryStorage();
    const store = new LayoutStore(storage);
    expect(store.getSnapshot()).toEqual({ library: 'full', device: 'mobile', sideWidth: null, libraryPeek: false });
    store.toggleLibrary({ windowWidth: 1920, side: null });
    store.setSideWidth(512.4);
    store.setDevice('desktop');
    expect(new LayoutStore(storage).getSnapshot()).toEqual({ library: 'rail', device: 'desktop', sideWidth: 512, libraryPeek: false });
    expect(JSON.parse(storage.getItem(LAYOUT_STORAGE_KEY)!)).toEqual({ library: 'rail', device: 'desktop', sideWidth: 512 });
    // A wide preview asks for more room; a phone-width one and the panels do not.
    expect(store.sideComfort('preview')).toBe(SIDE_COMFORT_WIDTH);
    expect(store.sideComfort('history')).toBe(SIDE_MIN_WIDTH);
  });

  it('toggles full ↔ rail where both fit, and shows a folded library over the editor instead (the next press closes it)', () => {
    const store = new LayoutStore(new MemoryStorage());
    const seen: string[] = [];
    store.subscribe(() => seen.push(`${store.getSnapshot().library}${store.getSnapshot().libraryPeek ? '+peek' : ''}`));
    store.toggleLibrary({ windowWidth: 1920, side: 'preview' });
    store.toggleLibrary({ windowWidth: 1920, side: 'preview' });
    // At 1024 with the preview the full library is folded: a press opens it over the editor, the next closes it.
    store.toggleLibrary({ windowWidth: 1024, side: 'preview' });
    store.toggleLibrary({ windowWidth: 1024, side: 'preview' });
    store.toggleLibrary({ windowWidth: 1024, side: 'preview' });
    store.closePeek();
    expect(seen).toEqual(['rail', 'full', 'full+peek', 'full', 'full+peek', 'full']);
  });

  it('a rail chosen at 1024 with the preview on opens over the editor when asked for (the full library cannot fit there)', () => {
    const store = new LayoutStore(new MemoryStorage());
    store.toggleLibrary({ windowWidth: 1920, side: null });
    store.toggleLibrary({ windowWidth: 1024, side: 'preview' });
    expect(store.getSnapshot()).toMatchObject({ library: 'full', libraryPeek: true });
  });

  it('searching from a rail opens the library over the editor and keeps the rail as the choice; a full library stays as it is', () => {
    const store = new LayoutStore(new MemoryStorage());
    store.revealLibrary({ windowWidth: 1920, side: 'preview' });
    expect(store.getSnapshot()).toMatchObject({ library: 'full', libraryPeek: false });
    store.toggleLibrary({ windowWidth: 1920, side: 'preview' });
    store.revealLibrary({ windowWidth: 1024, side: 'preview' });
    expect(store.getSnapshot()).toMatchObject({ libraryPeek: true });
    store.closePeek();
    store.revealLibrary({ windowWidth: 1920, side: null });
    expect(store.getSnapshot()).toMatchObject({ library: 'rail', libraryPeek: true });
  });

  it('unreadable or refused storage gives the defaults and never throws', () => {
    const broken = new MemoryStorage();
    broken.setItem(LAYOUT_STORAGE_KEY, '{not json');
    expect(new LayoutStore(broken).getSnapshot()).toEqual({ library: 'full', device: 'mobile', sideWidth: null, libraryPeek: false });
    broken.setItem(LAYOUT_STORAGE_KEY, JSON.stringify({ library: 'sideways', device: 'watch', sideWidth: -4 }));
    expect(new LayoutStore(broken).getSnapshot()).toEqual({ library: 'full', device: 'mobile', sideWidth: null, libraryPeek: false });
    const refusing = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('QuotaExceeded'); } };
    const store = new LayoutStore(refusing);
    expect(() => store.toggleLibrary({ windowWidth: 1920, side: null })).not.toThrow();
    expect(store.getSnapshot().library).toBe('rail');
  });
});
