// What the search index was given for each page, kept between builds: the page's text cut into
// the pipeline's words (scripts/postbuild.ts) and the vocabulary words it added. An entry is found
// by the sha256 of the page's HTML, in a folder named by the version of everything the cut depends
// on, so an unchanged page is never cut again, and a build where no page changed loads no
// nodejieba for its search index. Stored as the pipeline's cache stores its entries (openStore).
// Beside the pages, one memo of what segmenting them looked up (src/pipeline/segment.ts): pages
// that changed only in their figures are then cut without loading jieba's dictionaries.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { openStore } from '../pipeline/cache.ts';
import { emptySegments, isSegmentMemo, type SegmentMemo } from '../pipeline/segment.ts';

export interface IndexedPage {
  /** The page as handed to Pagefind; null when it has nothing to index. */
  content: string | null;
  /** Vocabulary words (for the search page's query cutting) its text gave. */
  words: string[];
}

export interface SearchCache {
  get(html: string): IndexedPage | undefined;
  set(html: string, page: IndexedPage): void;
  /** Removes entries of other versions, which can never be read again. */
  prune(): void;
  /** What segmenting the pages cut in earlier builds looked up (read when first asked for; empty if none). */
  segments(): SegmentMemo;
  setSegments(memo: SegmentMemo): void;
}

/** A version from the contents of the files the cut depends on, plus anything else that changes it (not their paths: a moved project keeps its cache). */
export function versionOfFiles(files: readonly string[], extra: string): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(readFileSync(file)).update('\0');
  return hash.update(extra).digest('hex').slice(0, 16);
}

export function openSearchCache(folder: string, version: string): SearchCache {
  const store = openStore<IndexedPage | SegmentMemo>(folder, version);
  const key = (text: string) => createHash('sha256').update(text).digest('hex');
  // A key no page's HTML has (it is not HTML).
  const segmentsKey = key('\0segments of the pages');
  let segments: SegmentMemo | undefined;
  return {
    get: (html) => store.get(key(html)) as IndexedPage | undefined,
    set: (html, page) => store.set(key(html), page),
    prune: () => store.prune(),
    segments() {
      if (!segments) {
        const found = store.get(segmentsKey);
        segments = isSegmentMemo(found) ? found : emptySegments();
      }
      return segments;
    },
    setSegments(memo) {
      segments = memo;
      store.set(segmentsKey, memo);
    },
  };
}
