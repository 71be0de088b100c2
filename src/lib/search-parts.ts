// The search index in parts, so that Pagefind's memory is bounded by a part instead of the site:
// it holds a whole index's words while it writes the index, about 450 MB per 1,000 pages.
//
// The search page merges the parts, and a query must find the same pages in them as in one index.
// What Pagefind does with a query word depends on the words its index holds: a word that matches
// nothing is dropped from the query, and a word no indexed word begins with matches the longest
// indexed word it begins with (量 for 量子计算机). So every part also indexes a lexicon page
// holding every word indexed in any part: each part then holds the site's words and both rules
// act as in one index, and the search page leaves the lexicon page out with a filter. Only the
// ranking differs, by each part's own word statistics.

/** The filter that marks the lexicon page (the search page asks for pages without it). */
export const LEXICON_FILTER = 'lexicon';
/** The lexicon page's URL (never shown; outside the site's own paths). */
export const LEXICON_URL = '/search/lexicon/';

/** Pages a part holds at most by default: Pagefind then writes a part in about 1 GB. */
export const DEFAULT_PART_PAGES = 2000;

/** The part size from XIBU_SEARCH_PART_PAGES (tests split a small site), else the default. */
export function partPagesFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.XIBU_SEARCH_PART_PAGES);
  return Number.isSafeInteger(n) && n > 0 ? n : DEFAULT_PART_PAGES;
}

/** Items cut into the fewest parts of at most `size`, their sizes as even as possible, in order. */
export function splitEvenly<T>(items: readonly T[], size: number): T[][] {
  const count = Math.max(1, Math.ceil(items.length / size));
  const parts: T[][] = [];
  for (let i = 0; i < count; i++) parts.push(items.slice(Math.floor((i * items.length) / count), Math.floor(((i + 1) * items.length) / count)));
  return parts;
}

/** Part i's folder in the site: the first is Pagefind's usual pagefind/, which loads the search. */
export function partFolder(i: number): string {
  return i === 0 ? 'pagefind/' : `pagefind-${i + 1}/`;
}

/**
 * Elements whose content Pagefind does not index (a unit test indexes a page of many elements with
 * Pagefind itself: it skips <nav>, <form>, <footer>, <label> and <iframe> too, and does index
 * <textarea> and <math>). The indexer neither cuts nor counts what is inside them, so the search
 * page's vocabulary and a split index's lexicon page hold only words some page is found by.
 */
export const UNINDEXED = /^(script|style|noscript|template|svg|nav|form|footer|label|iframe)$/i;

/**
 * Adds to `into` the words Pagefind indexes from a page as the indexer hands it over: the text of
 * its `data-pagefind-body` element (the indexer has already left out what Pagefind should not
 * see), split at white space, character references kept as written. The indexer separates every
 * word by spaces, so Pagefind makes the same words from them wherever they stand.
 */
export function addIndexedWords(content: string, into: Set<string>): void {
  const start = content.search(/<main\s[^>]*data-pagefind-body/);
  if (start < 0) return;
  const end = content.indexOf('</main>', start);
  const body = content.slice(start, end < 0 ? content.length : end);
  const tag = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)(?:[^"'>]|"[^"]*"|'[^']*')*>/g;
  let at = 0;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    addWords(body.slice(at, m.index), into);
    at = tag.lastIndex;
    const name = m[2];
    if (name && !m[1] && UNINDEXED.test(name) && !m[0].endsWith('/>')) {
      const close = body.toLowerCase().indexOf(`</${name.toLowerCase()}`, at);
      at = close < 0 ? body.length : close;
      tag.lastIndex = at;
    }
  }
  addWords(body.slice(at), into);
}

function addWords(text: string, into: Set<string>): void {
  for (const word of text.split(/\s+/)) if (word) into.add(word);
}

/** The lexicon page: every word, each on its own, marked by the filter the search page leaves out. */
export function lexiconPage(words: Iterable<string>): string {
  return (
    `<!doctype html><html lang="und"><head><meta charset="utf-8"><title>lexicon</title></head><body>` +
    `<main data-pagefind-body data-pagefind-filter="${LEXICON_FILTER}:1"><p>${[...words].join(' ')}</p></main></body></html>`
  );
}
