// The published layout's stylesheet, inlined into every page so an exported
// file needs nothing else. System fonts only: the page must look right offline.
// Colours are chosen for at least 4.5:1 contrast on the page background.
import type { LayoutTheme } from '../settings/publication';

const BASE = `
:root {
  --serif: Georgia, "Iowan Old Style", "Palatino Linotype", Palatino, "Times New Roman", serif;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  --text-font: var(--serif);
  --head-font: var(--serif);
  --ink: #1a1a1a;
  --muted: #555555;
  --paper: #ffffff;
  --rule: #d9d6cf;
  --accent: #a4161a;
  --quote-bg: transparent;
  --measure: 40rem;
  color-scheme: light;
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0;
  background: var(--paper);
  color: var(--ink);
  font-family: var(--text-font);
  font-size: 1.0625rem;
  line-height: 1.6;
  font-kerning: normal;
  text-rendering: optimizeLegibility;
  overflow-wrap: break-word;
}
a { color: var(--accent); text-decoration-thickness: 1px; text-underline-offset: 0.15em; }
a:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.site-header { border-bottom: 3px double var(--ink); padding: 0.9rem 1rem 0.7rem; text-align: center; }
.masthead { margin: 0; font-family: var(--head-font); font-weight: 700; font-size: 1.6rem; line-height: 1.1; letter-spacing: 0.01em; }
.masthead a { color: inherit; text-decoration: none; }
main { padding: 0 1.125rem 3rem; }
.article, .more { max-width: var(--measure); margin: 0 auto; }
.article-head { padding-top: 1.75rem; }
.kicker { margin: 0 0 0.5rem; font-family: var(--sans); font-size: 0.8125rem; font-weight: 700; letter-spacing: 0.08em; text-transform: uppercase; color: var(--accent); }
h1 { margin: 0 0 0.75rem; font-family: var(--head-font); font-size: clamp(1.75rem, 1.2rem + 2.4vw, 2.75rem); line-height: 1.15; font-weight: 700; letter-spacing: -0.01em; text-wrap: balance; }
.standfirst { margin: 0 0 1rem; font-size: 1.2rem; line-height: 1.45; color: var(--muted); }
.meta { margin: 0 0 1.5rem; padding: 0.6rem 0; border-top: 1px solid var(--rule); border-bottom: 1px solid var(--rule); font-family: var(--sans); font-size: 0.875rem; line-height: 1.5; color: var(--muted); }
.meta .byline { color: var(--ink); font-weight: 600; }
/* The dot ends the item before it, so a wrapped line never starts with one. */
.meta > :is(span, time):not(:last-child)::after { content: "·"; margin: 0 0.45em; color: var(--muted); font-weight: 400; }
.article-body > * { margin: 0 0 1.1em; }
.article-body h2, .article-body h3, .article-body h4 { font-family: var(--head-font); line-height: 1.25; margin: 1.8em 0 0.6em; }
.article-body h2 { font-size: 1.45rem; }
.article-body h3 { font-size: 1.25rem; }
.article-body h4 { font-size: 1.1rem; }
.article-body ul, .article-body ol { padding-left: 1.4em; }
.article-body li { margin: 0.3em 0; }
.article-body li > p { margin: 0; }
.article-body hr { border: 0; border-top: 1px solid var(--rule); margin: 2em auto; width: 30%; }
figure { margin: 0; }
.photo { margin: 1.75em 0; }
.photo img { display: block; width: 100%; height: auto; background: #eeeeee; }
.photo figcaption { margin-top: 0.5rem; font-family: var(--sans); font-size: 0.8125rem; line-height: 1.45; color: var(--muted); }
.photo .caption { color: var(--ink); }
.photo .credit { display: inline-block; font-size: 0.75rem; letter-spacing: 0.02em; }
.photo--lead { margin: 0 0 1.75rem; }
.quote { margin: 1.9em 0; padding: 0.1em 0 0.1em 1.1rem; border-left: 4px solid var(--accent); background: var(--quote-bg); }
.quote blockquote { margin: 0; font-size: 1.05em; line-height: 1.55; }
.quote blockquote p { margin: 0 0 0.7em; }
.quote blockquote p:last-child { margin-bottom: 0; }
.quote figcaption { margin-top: 0.55rem; font-family: var(--sans); font-size: 0.875rem; font-weight: 600; color: var(--muted); }
.quote figcaption::before { content: "— "; }
.dateline-run-in { font-family: var(--sans); font-weight: 700; font-size: 0.9em; letter-spacing: 0.02em; }
.share { margin: 2.5rem 0 0; padding: 0.9rem 0; border-top: 1px solid var(--rule); border-bottom: 1px solid var(--rule); font-family: var(--sans); font-size: 0.875rem; line-height: 1.5; }
.share p { margin: 0; }
.share .share-label { font-weight: 700; }
.share ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.4rem 1rem; margin: 0.5rem 0 0; padding: 0; }
.more { margin-top: 2.5rem; font-family: var(--sans); }
.more h2 { margin: 0 0 0.75rem; font-family: var(--head-font); font-size: 1.25rem; border-bottom: 2px solid var(--ink); padding-bottom: 0.3rem; }
.more ul { list-style: none; margin: 0; padding: 0; }
.more li { padding: 0.65rem 0; border-bottom: 1px solid var(--rule); font-size: 1rem; line-height: 1.35; }
.more .more-section { display: block; font-size: 0.75rem; font-weight: 700; letter-spacing: 0.06em; text-transform: uppercase; color: var(--accent); margin-bottom: 0.15rem; }
.more a { color: var(--ink); text-decoration: none; font-weight: 600; }
.more a:hover, .more a:focus-visible { text-decoration: underline; }
.more .more-title { font-weight: 600; }
.site-footer { max-width: calc(var(--measure) + 2.25rem); margin: 0 auto; padding: 1.5rem 1.125rem 2.5rem; font-family: var(--sans); font-size: 0.8125rem; color: var(--muted); }
@media (min-width: 48em) {
  body { font-size: 1.125rem; }
  main { padding: 0 2rem 4rem; }
  .site-footer { max-width: calc(var(--measure) + 4rem); padding-left: 2rem; padding-right: 2rem; }
  .masthead { font-size: 2.2rem; }
  .standfirst { font-size: 1.3rem; }
}
@media (min-width: 72em) {
  .photo--lead { margin-left: -4rem; margin-right: -4rem; }
}
`;

// Last, so it wins over the themes' colours: print is always black on white.
const PRINT = `
@media print {
  :root { --ink: #000000; --muted: #333333; --accent: #000000; --paper: #ffffff; --quote-bg: transparent; }
  @page { margin: 18mm 16mm; }
  body { font-size: 11pt; line-height: 1.45; background: #ffffff; }
  h1 { font-size: 22pt; }
  .masthead { font-size: 16pt; }
  main { padding: 0; }
  .article, .more, .site-footer { max-width: none; }
  .site-header { padding-top: 0; }
  .share, .more { display: none; }
  .photo--lead { margin-left: 0; margin-right: 0; }
  .photo img { max-height: 120mm; width: auto; max-width: 100%; }
  figure, blockquote, h2, h3, h4 { break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; }
  p { orphans: 3; widows: 3; }
  .article-body a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; color: var(--muted); overflow-wrap: anywhere; }
}
`;

const THEMES: Record<LayoutTheme, string> = {
  classic: `:root { --paper: #fbfaf7; }`,
  modern: `:root { --text-font: var(--sans); --head-font: var(--sans); --accent: #0a5a9c; --rule: #d5dbe1; --quote-bg: #f2f6fa; }
.quote { padding-right: 1rem; padding-top: 0.8rem; padding-bottom: 0.8rem; }
`,
};

export function pageCss(theme: LayoutTheme): string {
  return `${BASE.trim()}\n${THEMES[theme]}\n${PRINT.trim()}\n`;
}
