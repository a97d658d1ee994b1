// Inputs for the import benchmark and the linearity tests: wire copy and a
// news page that grow by repeating real-looking copy, so 4× the input is 4×
// the same kind of work (paragraphs, quotes, credits, furniture, figures).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const SEED = fs.readFileSync(path.resolve(here, '../tests/fixtures/seed-article.txt'), 'utf8');

/** A wire file of about `bytes`: the seed story repeated as one day's transmissions, furniture and end marks included. */
export function wireText(bytes: number): string {
  const [headline, ...rest] = SEED.split('\n');
  const story = rest.join('\n').trim();
  const parts = [headline!, ''];
  let size = headline!.length;
  for (let n = 1; size < bytes; n++) {
    const chunk = `WASHINGTON (AP) — Story ${n} of the day follows.\n\n${story}\n\n[Photo by Jane Doe/AP]\n\nRelated: More on Syria\n\n###\n`;
    parts.push(chunk);
    size += chunk.length;
  }
  return parts.join('\n');
}

const PARAGRAPHS = SEED.split(/\n\s*\n/)
  .map((p) => p.trim())
  .filter((p) => p.length > 80 && !p.startsWith('['));

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A news page of about `bytes`, with the clutter real pages have: nav, share bar, sidebar, related cards, comments, scripts. */
export function newsPage(bytes: number): string {
  const body: string[] = [];
  const comments: string[] = [];
  let size = 0;
  // The page around the story is a few kilobytes; the story and its comments make up the rest.
  for (let n = 0; size < bytes - 6000; n++) {
    const p = PARAGRAPHS[n % PARAGRAPHS.length]!;
    const block =
      n % 12 === 5
        ? `<blockquote><p>${escape(p)}</p><cite>Barack Obama</cite></blockquote>`
        : n % 12 === 8
          ? `<figure><img src="https://cdn.example.com/${n}.jpg" alt="Photo ${n}"><figcaption>The summit, day ${n}. Photo: Jane Doe/Reuters</figcaption></figure><h2>Part ${n}</h2>`
          : n % 12 === 10
            ? `<ul><li>${escape(p.slice(0, 60))}</li><li>Second point ${n}</li></ul>`
            : `<p>${escape(p.slice(0, 40))} <a href="https://example.com/${n}">link ${n}</a> <strong>${escape(p.slice(40, 70))}</strong>${escape(p.slice(70))}</p>`;
    body.push(block);
    size += block.length + 1;
    if (n % 6 === 0) {
      const comment = `<li class="comment"><p class="comment-author">reader${n}</p><p>I read paragraph ${n} and disagree with most of it, frankly.</p></li>`;
      comments.push(comment);
      size += comment.length + 1;
    }
  }
  const related = (k: number) =>
    `<div class="related-card"><a href="/story/${k}"><img src="/thumb/${k}.jpg" alt=""><h3>Related story ${k}</h3></a></div>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Peace talks stall at G20 | The Daily Example</title>
<meta property="og:title" content="Peace talks stall at G20">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Peace talks stall at G20","author":{"@type":"Person","name":"Jane Reporter"}}</script>
<script>window.__DATA__ = ${JSON.stringify({ tracking: 'x'.repeat(2000) })};</script></head>
<body><div class="cookie-banner"><p>We use cookies.</p><button>Accept</button></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav></header>
<main><article class="story"><h1>Peace talks stall at G20</h1><p class="byline">By Jane Reporter</p>
<div class="share-bar"><a href="#">Share on Facebook</a><a href="#">Share on X</a></div>
${body.join('\n')}
<aside class="related">${[1, 2, 3].map(related).join('')}</aside>
<section class="comments"><h2>Comments</h2><ol>${comments.join('\n')}</ol></section></article>
<aside class="sidebar"><h2>Most read</h2>${[4, 5, 6, 7].map(related).join('')}</aside></main>
<footer><p>© 2026 The Daily Example</p></footer></body></html>`;
}
