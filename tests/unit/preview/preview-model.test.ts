// The preview's non-visual parts: the draft channel from the editor and the
// photo URL cache that feeds the pure renderer.
import { describe, expect, it } from 'vitest';
import { DraftSource } from '../../../renderer/src/preview/draft';
import { PreviewImages } from '../../../renderer/src/preview/preview-images';

describe('DraftSource', () => {
  it('hands listeners a lazy reader: nothing is read until the preview asks', () => {
    const draft = new DraftSource();
    let reads = 0;
    let notified = 0;
    const stop = draft.subscribe(() => notified++);
    draft.update(() => (reads++, { headline: 'One' }));
    draft.update(() => (reads++, { headline: 'Two' }));
    expect(notified).toBe(2);
    expect(reads).toBe(0);
    expect(draft.read()).toEqual({ headline: 'Two' });
    expect(reads).toBe(1);
    stop();
    draft.update(() => ({}));
    expect(notified).toBe(2);
  });
});

describe('PreviewImages', () => {
  const sha = (c: string) => c.repeat(64);

  it('answers null at first, then the resolved URL, asking main once per photo', async () => {
    const asked: string[] = [];
    let resolved = 0;
    const images = new PreviewImages(
      {
        getAsset: async ({ sha256 }) => {
          asked.push(sha256);
          if (sha256 === sha('a')) return { kind: 'url', url: `copydesk-asset://photo/${sha256}`, width: 960, height: 600 };
          if (sha256 === sha('b')) return { kind: 'bytes', mime: 'image/png', data: 'iVBORw0KGgo=' };
          throw new Error('not-found');
        },
      },
      () => resolved++,
    );
    expect(images.src(sha('a'))).toBeNull();
    expect(images.src(sha('b'))).toBeNull();
    expect(images.src(sha('c'))).toBeNull();
    expect(images.src(sha('a'))).toBeNull(); // still pending: not asked twice
    await new Promise((r) => setTimeout(r, 0));
    expect(resolved).toBe(3);
    // The size main read from the header goes into the page, so the photo's space is held while it loads.
    expect(images.src(sha('a'))).toEqual({ src: `copydesk-asset://photo/${sha('a')}`, width: 960, height: 600 });
    // Bytes become a data: URI: the sandboxed frame has an opaque origin and could not read a blob: URL.
    expect(images.src(sha('b'))).toEqual({ src: 'data:image/png;base64,iVBORw0KGgo=' });
    expect(images.src(sha('c'))).toBeNull();
    expect(asked).toEqual([sha('a'), sha('b'), sha('c')]);
  });
});
