// After `astro build`: app icons, the sitemap, the Chinese search index and the service worker,
// all written into the built site. Run as `node scripts/postbuild.ts` (npm run build does).
// Reads site, base and outDir from astro.config.mjs, so XIBU_SITE / XIBU_BASE / XIBU_OUT_DIR
// apply here exactly as they did to the build.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import * as pagefind from 'pagefind';
import { generateSW } from 'workbox-build';
import config from '../astro.config.mjs';
import { DOMAIN_DICTIONARY, emptySegments, mergeSegments, recordSegments, searchPieces, segment } from '../src/pipeline/segment.ts';
import { ORIGINAL_SPACE, SUB_WORD } from '../src/lib/search-text.ts';
import { sitemapFiles } from '../src/lib/sitemap.ts';
import { openSearchCache, versionOfFiles, type IndexedPage } from '../src/lib/search-cache.ts';
import { addIndexedWords, LEXICON_URL, lexiconPage, partFolder, partPagesFromEnv, splitEvenly, UNINDEXED } from '../src/lib/search-parts.ts';
import { cacheFolderFromEnv, pipelineVersion } from '../src/pipeline/cache.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const outDir = resolve(projectRoot, String(config.outDir ?? './dist'));
const base = `/${String(config.base ?? '/').replace(/^\/|\/$/g, '')}/`.replace('//', '/');
const site = String(config.site ?? 'http://localhost:4321');

/** Pages a search should not return: diagnostics, and the lists of every article's title (the home page's and /articles/). */
const NOT_SEARCHED = new Set(['index.html', 'report/index.html', 'articles/index.html']);
/** Pages 2… of a list (src/lib/paging.ts): a search finds the list's own page, or the article. */
const CONTINUATION = /(^|\/)page\/\d+\/index\.html$/;


function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => name.split(sep).join('/'))
    .sort();
}

/** The URL path of a built file under the base: articles/x/index.html -> /base/articles/x/ */
function pagePath(file: string): string {
  return base + file.replace(/(^|\/)index\.html$/, '$1');
}

function isNoindex(html: string): boolean {
  return /<meta\s+name="robots"\s+content="[^"]*noindex/i.test(html);
}

// ---------------------------------------------------------------------------------------------
// Icons: PNGs for the manifest, drawn from public/icon.svg (paths only, so no font is needed).

function writeIcons(): void {
  const svg = readFileSync(join(projectRoot, 'public/icon.svg'), 'utf8');
  mkdirSync(join(outDir, 'icons'), { recursive: true });
  for (const size of [192, 512]) {
    const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
    writeFileSync(join(outDir, `icons/icon-${size}.png`), png);
  }
}

// ---------------------------------------------------------------------------------------------
// Sitemap: every built page a crawler may index, as absolute URLs under site + base (split into
// an index and parts above 50,000 pages). Made from the built files rather than the collections,
// so pages added later are never missed.

function writeSitemap(files: readonly string[]): number {
  const urls = files.map((file) => new URL(pagePath(file), site).href);
  for (const [name, xml] of sitemapFiles(urls, new URL(base, site).href)) writeFileSync(join(outDir, name), xml);
  return urls.length;
}

// ---------------------------------------------------------------------------------------------
// Search. Pagefind would cut Chinese with its own jieba dictionary when indexing and with the
// browser's ICU dictionary when searching; the two disagree with each other and with the
// pipeline (西部陆海新通道, 成渝地区双城经济圈, 万标箱 …). So the index is given the pipeline's
// words instead: each page's text with nodejieba's words (domain dictionary loaded) separated
// by spaces, indexed as a language Pagefind does not segment. Words that contain shorter
// dictionary words also index those (jieba's search-mode pieces plus every domain word inside),
// so 陆海新通道, 双城 and 班列 find the pages that only say 西部陆海新通道, 成渝地区双城经济圈 or
// 中欧班列. The vocabulary goes to the search page, which cuts queries into the same words.

const domainWords = readFileSync(DOMAIN_DICTIONARY, 'utf8')
  .split('\n')
  .map((line) => line.trim().split(/\s+/)[0] ?? '')
  .filter((w) => w.length >= 2);

const HAN = /\p{Script=Han}/u;
const ALL_HAN = /^\p{Script=Han}+$/u;

/** By word: a corpus has a few thousand distinct words, each met thousands of times. */
const subWordsOf = new Map<string, string[]>();

/** The dictionary words inside a longer word: jieba's search-mode pieces and domain words. */
function subWords(word: string): string[] {
  if (word.length < 3 || !ALL_HAN.test(word)) return [];
  let found = subWordsOf.get(word);
  if (found) return found;
  const pieces = new Set<string>();
  for (const piece of searchPieces(word)) if (piece !== word && piece.length >= 2) pieces.add(piece);
  for (const d of domainWords) if (d !== word && word.includes(d)) pieces.add(d);
  found = [...pieces];
  subWordsOf.set(word, found);
  return found;
}

/**
 * Pages cut in an earlier build (src/lib/search-cache.ts), in the pipeline cache's folder, by the
 * version of this script, the query cutter, the elements left uncut (search-parts.ts) and the
 * pipeline's segmenter and dictionaries. With XIBU_CACHE=off the pages are kept in a scratch folder
 * for this build only: the index is written part by part from them after every page is cut.
 */
const cacheFolder = cacheFolderFromEnv();
const scratchFolder = cacheFolder ? null : mkdtempSync(join(tmpdir(), 'xibu-search-'));
const searchCache = openSearchCache(
  join(cacheFolder ?? scratchFolder!, 'search'),
  versionOfFiles(
    [import.meta.url, '../src/lib/search-text.ts', '../src/lib/search-parts.ts'].map((f) => fileURLToPath(new URL(f, import.meta.url))),
    pipelineVersion(),
  ),
);
let searchHits = 0;
let searchMisses = 0;
/** What segmenting the pages cut in this build looked up, kept for the next (search-cache.ts). */
const segmentsSeen = emptySegments();
let segmentLookups = 0;

const vocabulary = new Set<string>();
/** Vocabulary words of the page being cut (kept with it in the search cache). */
let pageWords = new Set<string>();

/**
 * Runs of text already cut, by text: navigation, labels and the sentences an indicator, region
 * or directive page quotes from an article recur on many pages. Short runs only, so that the
 * memo stays small beside the pages themselves.
 */
const indexed = new Map<string, { out: string; words: string[] }>();
const MEMO_MAX_CHARS = 400;

/** Text as the index sees it: pipeline words separated by spaces, sub-words marked. */
function indexText(text: string): string {
  let cut = text.length > MEMO_MAX_CHARS ? undefined : indexed.get(text);
  if (cut === undefined) {
    cut = cutForIndex(text);
    if (text.length <= MEMO_MAX_CHARS) indexed.set(text, cut);
  }
  for (const word of cut.words) pageWords.add(word);
  return cut.out;
}

function cutForIndex(text: string): { out: string; words: string[] } {
  const out: string[] = [];
  const words: string[] = [];
  for (const token of segment(text)) {
    if (/^\s+$/.test(token.word)) {
      out.push(ORIGINAL_SPACE);
      continue;
    }
    out.push(token.word);
    if (HAN.test(token.word) && token.word.length >= 2) words.push(token.word);
    for (const sub of subWords(token.word)) {
      out.push(SUB_WORD + sub);
      words.push(sub);
    }
  }
  return { out: ` ${out.join(' ')} `, words };
}

/** The page for the index, from the search cache or cut now (and kept). */
function indexedPage(html: string): IndexedPage {
  const cached = searchCache.get(html);
  if (cached) {
    searchHits++;
    return cached;
  }
  searchMisses++;
  pageWords = new Set();
  const { value: content, memo, missed } = recordSegments(searchCache.segments(), () => pageForIndex(html) ?? null);
  mergeSegments(segmentsSeen, memo);
  segmentLookups += missed;
  const page: IndexedPage = { content, words: [...pageWords] };
  searchCache.set(html, page);
  return page;
}

/**
 * An element left out of the index: those marked for Pagefind to leave out, and figure tooltips
 * (they repeat the figure's label inside the sentence; excerpts read better without). Left out
 * here rather than by Pagefind, so that what the index is given is what it holds.
 */
const IGNORED = /\sdata-pagefind-ignore(?:[\s=>]|$)|\sclass="(?:[^"]*\s)?fig-tip[\s"]/;
/** Elements that end a line of text: an excerpt shows a space where one ends. */
const BLOCK = /^<\/(p|h[1-6]|li|dt|dd|td|th|caption|figcaption|blockquote|div|section|article|aside|header|tr|table|ul|ol)>$/i;

/**
 * The page as Pagefind should index it: <main> is the searched body and its text nodes are cut
 * into the pipeline's words. Pagefind's own title (the first heading, cut into words like the
 * rest) keeps its ranking boost; `shown_title` is the title as written, for the result list.
 * Astro's output is well-formed, so a tag scanner is enough here.
 */
function pageForIndex(html: string): string | undefined {
  const title = (/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '').replace(/ · 西部观察 Xibu Monitor$/, '').replace(/"/g, '&quot;');
  const mainAt = html.search(/<main[\s>]/);
  if (mainAt < 0) return undefined;
  const head = html.slice(0, mainAt);
  const tag = /<!--[\s\S]*?-->|<\/?([a-zA-Z][\w-]*)(?:[^"'>]|"[^"]*"|'[^']*')*>/g;
  tag.lastIndex = mainAt;
  let out = '';
  let at = mainAt;
  let first = true;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    out += segmentText(html.slice(at, m.index));
    let markup = m[0];
    const name = m[1];
    // Left out of the index whole (quotes of other pages' sentences, tooltips): not sent, not cut.
    if (name && !markup.startsWith('</') && IGNORED.test(markup)) {
      const end = closingTagEnd(html, name, tag.lastIndex);
      at = end;
      tag.lastIndex = end;
      continue;
    }
    if (first) {
      markup = `${markup.replace(/^<main/, '<main data-pagefind-body')}<meta data-pagefind-meta="shown_title[content]" content="${title}">`;
      first = false;
    }
    out += markup;
    if (BLOCK.test(markup)) out += ` ${ORIGINAL_SPACE} `;
    at = tag.lastIndex;
    if (name && !markup.startsWith('</') && UNINDEXED.test(name) && !markup.endsWith('/>')) {
      const close = html.toLowerCase().indexOf(`</${name.toLowerCase()}`, at);
      const end = close < 0 ? html.length : close;
      out += html.slice(at, end);
      at = end;
      tag.lastIndex = end;
    }
  }
  return head + out + segmentText(html.slice(at));
}

/** Where the element opened just before `from` ends (after its closing tag), counting nested ones of its name. */
function closingTagEnd(html: string, name: string, from: number): number {
  const same = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
  same.lastIndex = from;
  let depth = 1;
  for (let m = same.exec(html); m; m = same.exec(html)) {
    depth += m[1] ? -1 : m[0].endsWith('/>') ? 0 : 1;
    if (depth === 0) return same.lastIndex;
  }
  return html.length;
}

/** Segments a run of HTML text; character references stay whole, as their own words. */
function segmentText(text: string): string {
  if (!text) return text;
  // Space between two elements shows as a space (between a link and the next, say).
  if (!text.trim()) return ` ${ORIGINAL_SPACE} `;
  return text
    .split(/(&[#\w]+;)/)
    .map((part, i) => (i % 2 === 1 ? ` ${part} ` : part ? indexText(part) : ''))
    .join('');
}

/** Pages handed to Pagefind before waiting for it: it indexes one while the next is cut here. */
const IN_FLIGHT = 8;

/**
 * The search index, in parts of at most XIBU_SEARCH_PART_PAGES pages (src/lib/search-parts.ts).
 * First every page is cut (or found in the search cache) and the words Pagefind will index are
 * gathered; then each part is indexed from the cache and written, and Pagefind is closed before
 * the next, so that it never holds more than one part.
 */
async function writeSearchIndex(files: readonly string[]): Promise<{ searched: number; parts: number; inSitemap: string[] }> {
  const inSitemap: string[] = [];
  const toIndex: string[] = [];
  const indexedWords = new Set<string>();
  // One page in memory at a time, never the whole site.
  for (const file of files) {
    const html = readFileSync(join(outDir, file), 'utf8');
    const noindex = isNoindex(html);
    if (file !== '404.html' && !noindex) inSitemap.push(file);
    if (file === '404.html' || NOT_SEARCHED.has(file) || CONTINUATION.test(file) || noindex) continue;
    const { content, words } = indexedPage(html);
    for (const word of words) vocabulary.add(word);
    if (!content) continue;
    toIndex.push(file);
    addIndexedWords(content, indexedWords);
  }
  if (searchMisses > 0 && cacheFolder) {
    searchCache.prune();
    // Every page cut: what they looked up is all the next build can need; else earlier builds' too.
    searchCache.setSegments(searchHits === 0 ? segmentsSeen : mergeSegments(searchCache.segments(), segmentsSeen));
  }

  for (const name of readdirSync(outDir)) if (/^pagefind(-\d+)?$/.test(name)) rmSync(join(outDir, name), { recursive: true, force: true });
  const parts = splitEvenly(toIndex, partPagesFromEnv());
  // One part alone is the whole index: it needs no lexicon page.
  const lexicon = parts.length > 1 ? lexiconPage(indexedWords) : undefined;
  let count = 0;
  for (const [i, part] of parts.entries()) count += await writeSearchPart(part, partFolder(i), lexicon);
  mkdirSync(join(outDir, 'search'), { recursive: true });
  writeFileSync(join(outDir, 'search/words.json'), JSON.stringify([...vocabulary].sort()));
  writeFileSync(join(outDir, 'search/parts.json'), JSON.stringify(parts.slice(1).map((_, i) => partFolder(i + 1))));
  return { searched: count, parts: parts.length, inSitemap };
}

/** One part of the search index, from the pages' entries in the search cache, written to its folder. */
async function writeSearchPart(files: readonly string[], folder: string, lexicon: string | undefined): Promise<number> {
  const { index, errors } = await pagefind.createIndex({
    // No stemmer and no segmenter for this code: the words given are the words indexed.
    forceLanguage: 'und',
  });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  let count = 0;
  const pending = new Set<Promise<void>>();
  const add = async (url: string, content: string, name: string): Promise<void> => {
    const adding: Promise<void> = index.addHTMLFile({ url, content }).then((added) => {
      pending.delete(adding);
      if (added.errors.length) throw new Error(`pagefind ${name}: ${added.errors.join('; ')}`);
    });
    pending.add(adding);
    if (pending.size >= IN_FLIGHT) await Promise.race(pending);
  };
  if (lexicon) await add(LEXICON_URL, lexicon, 'lexicon');
  for (const file of files) {
    const html = readFileSync(join(outDir, file), 'utf8');
    // Cut again only if the cache could not keep it (a full or read-only disk).
    const content = searchCache.get(html)?.content ?? pageForIndex(html);
    if (!content) continue;
    await add(pagePath(file).slice(base.length - 1), content, file);
    count++;
  }
  await Promise.all(pending);
  const written = await index.writeFiles({ outputPath: join(outDir, folder) });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  // Pagefind's process goes with the part's index: the next part starts from nothing.
  await pagefind.close();
  // The bundled UIs are not used (the search page has its own); keep them out of the site.
  for (const name of readdirSync(join(outDir, folder))) {
    if (/^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(name)) rmSync(join(outDir, folder, name));
  }
  return count;
}

// ---------------------------------------------------------------------------------------------
// Service worker: precaches every file of the site, so after one visit it all reads offline.
// Precache URLs are relative, resolved against sw.js itself, so one worker serves any base.

async function writeServiceWorker(): Promise<{ count: number; size: number }> {
  const { count, size, warnings } = await generateSW({
    globDirectory: outDir,
    globPatterns: ['**/*'],
    globIgnores: ['sw.js', 'sw.js.map'],
    swDest: join(outDir, 'sw.js'),
    mode: 'production',
    sourcemap: false,
    inlineWorkboxRuntime: true,
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    directoryIndex: 'index.html',
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    // ?q= is the search page's query; ?ts= is Pagefind's cache tag on its entry file.
    ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^q$/, /^ts$/],
    // Astro's and Pagefind's file names carry a content hash already.
    dontCacheBustURLsMatching: /^(_astro\/|pagefind(-\d+)?\/(index|fragment|filter)\/)/,
  });
  for (const w of warnings) console.warn(`workbox: ${w}`);
  return { count, size };
}

// ---------------------------------------------------------------------------------------------

const started = Date.now();
writeIcons();
const searchStarted = Date.now();
let search: Awaited<ReturnType<typeof writeSearchIndex>>;
try {
  search = await writeSearchIndex(htmlFiles(outDir));
} finally {
  if (scratchFolder) rmSync(scratchFolder, { recursive: true, force: true });
}
const { searched, parts, inSitemap: indexable } = search;
const inSitemap = writeSitemap(indexable);
const workerStarted = Date.now();
const worker = await writeServiceWorker();
const done = Date.now();
console.log(
  `postbuild (${relative(projectRoot, outDir) || '.'}, base ${base}): sitemap ${inSitemap} pages, search ${searched} pages (${searchHits} cut in an earlier build, ${searchMisses} cut now) in ${parts} index part${parts === 1 ? '' : 's'} / ${vocabulary.size} words, ${segmentLookups} segmenting lookups not in the memo, ` +
    `service worker ${worker.count} files (${Math.round(worker.size / 1024)} KiB) in ${done - started} ms ` +
    `(search ${workerStarted - searchStarted} ms, service worker ${done - workerStarted} ms)`,
);
