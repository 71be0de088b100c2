// What the search index was given for each page, kept between builds: the page's text cut into
// the pipeline's words (scripts/postbuild.ts) and the vocabulary words it added. An entry is found
// by the sha256 of the page's HTML, in a folder named by the version of everything the cut depends
// on, so an unchanged page is never cut again, and a build where no page changed loads no
// nodejieba for its search index. Stored as the pipeline's cache stores its entries (openStore).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { openStore } from '../pipeline/cache.ts';

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
}

/** A version from the contents of the files the cut depends on, plus anything else that changes it (not their paths: a moved project keeps its cache). */
export function versionOfFiles(files: readonly string[], extra: string): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(readFileSync(file)).update('\0');
  return hash.update(extra).digest('hex').slice(0, 16);
}

export function openSearchCache(folder: string, version: string): SearchCache {
  const store = openStore<IndexedPage>(folder, version);
  const key = (html: string) => createHash('sha256').update(html).digest('hex');
  return {
    get: (html) => store.get(key(html)),
    set: (html, page) => store.set(key(html), page),
    prune: () => store.prune(),
  };
}
