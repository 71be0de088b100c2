// What the search index was given for each page, kept between builds: the page's text cut into
// the pipeline's words (scripts/postbuild.ts) and the vocabulary words it added. An entry is found
// by the sha256 of the page's HTML, in a folder named by the version of everything the cut depends
// on, so an unchanged page is never cut again, and a build where no page changed loads no
// nodejieba for its search index. Entries are v8-serialised, like the pipeline's cache.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';

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
  const root = join(folder, version);
  const path = (html: string) => {
    const key = createHash('sha256').update(html).digest('hex');
    return join(root, key.slice(0, 2), `${key}.v8`);
  };
  return {
    get(html) {
      try {
        return deserialize(readFileSync(path(html))) as IndexedPage;
      } catch {
        return undefined;
      }
    },
    set(html, page) {
      const file = path(html);
      try {
        mkdirSync(join(file, '..'), { recursive: true });
        const partial = `${file}.${process.pid}.tmp`;
        writeFileSync(partial, serialize(page));
        renameSync(partial, file);
      } catch {
        // A cache that cannot be written costs time on the next build, never this one.
      }
    },
    prune() {
      let names: string[];
      try {
        names = readdirSync(folder);
      } catch {
        return;
      }
      for (const name of names) if (name !== version && /^[0-9a-f]{16}$/.test(name)) rmSync(join(folder, name), { recursive: true, force: true });
    },
  };
}
