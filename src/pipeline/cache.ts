// A content-hash cache of the per-file stages that survives between builds: per input file, what
// readDocument returned and the figures of its articles. An entry is found by the sha256 of the
// file's bytes, in the folder of the pipeline version (a hash of the pipeline's sources and
// lexicons: a change to the code or a word list invalidates every entry), and is used only for
// the stem it was read with (article ids derive from it).
// Entries are v8-serialised (the structured clone the workers use too), so a value read back is
// exactly the value written: same properties, same order, undefined and -0 kept.
import { createHash, hash as oneShotHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { Estimate } from './dates.ts';
import type { ArticleDirectives } from './directives.ts';
import type { PackedDocument } from './document-pack.ts';
import type { KnownText } from './ingest.ts';
import type { MatchingText } from './script-variant.ts';
import type { Figure } from './types.ts';

/** Figures of one article, for the title and publication date they were extracted with. */
export interface CachedFigures {
  title: string;
  /** JSON of the publication date (publishedOn) the figures resolve 今年, 去年 … against. */
  date: string;
  figures: Figure[];
}

/** A file's date as its own text gives it, for the text it was read from. */
export interface CachedDating {
  textHash: string;
  estimate: Estimate;
}

/** The file's script (matchingText): the simplified copy is kept only where it differs from the file's text. */
export type CachedScript = Omit<MatchingText, 'text'> & { text?: string };

export interface CacheEntry {
  /** The stem readDocument was given. */
  stem: string;
  /** What ingest found reading the bytes (encoding, hashes); undefined where not yet known. */
  read?: KnownText;
  /** Undefined where not yet known. */
  script?: CachedScript;
  /** readDocument's result, packed (see document-pack.ts). */
  doc: PackedDocument;
  /** estimateDate of the file's articles' text (its hash beside); undefined where not yet known. */
  dating?: CachedDating;
  /** Per article of doc, in order; null where not yet known. */
  figures: (CachedFigures | null)[];
  /** Per article of doc, in order (readArticleDirectives, its words apart); null where not yet known. */
  directives: (CachedDirectives | null)[];
  /** The articles' content words (CachedWords), v8-serialised on their own: read only when asked for. */
  words: Uint8Array;
}

/** readArticleDirectives' result as an entry keeps it: without the content words (see CachedWords). */
export type CachedDirectives = Omit<ArticleDirectives, 'words'>;

/**
 * The content words of an entry's articles (readArticleDirectives' words), in order, null where
 * not known: kept apart within the entry, as they are half its bytes and only linking a corpus
 * whose link keys changed reads them.
 */
export type CachedWords = (ArticleDirectives['words'] | null)[];

/** v8-serialised values by key in folder/<version>/ (the build cache; the postbuild's search cache). */
export interface VersionedStore<T> {
  readonly folder: string;
  readonly version: string;
  get(key: string): T | undefined;
  set(key: string, value: T): void;
  /** Removes entries of other versions, which can never be read again. */
  prune(): void;
}

export type BuildCache = VersionedStore<CacheEntry>;

const PIPELINE_FOLDER = fileURLToPath(new URL('.', import.meta.url));
const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Where the cache lives unless XIBU_CACHE_DIR says otherwise (git-ignored). */
export const DEFAULT_CACHE_FOLDER = join(PROJECT_ROOT, '.cache', 'xibu');

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(folder, name)).isFile())
    .sort();
}

/**
 * Hash of everything the per-file stages' output depends on besides the input: the pipeline's
 * sources and lexicons (every file under folder), nodejieba (its dictionaries come with its
 * version) and Node (its ICU and regular expressions).
 */
export function versionOf(folder: string): string {
  const hash = createHash('sha256');
  for (const name of filesUnder(folder)) {
    hash.update(`${name}\0`);
    hash.update(readFileSync(join(folder, name)));
    hash.update('\0');
  }
  const jieba = createRequire(import.meta.url)('nodejieba/package.json') as { version: string };
  hash.update(`nodejieba@${jieba.version}\0node@${process.versions.node}\0icu@${process.versions.icu ?? ''}`);
  return hash.digest('hex').slice(0, 16);
}

let version: string | undefined;
/** The version of this pipeline (src/pipeline/), computed once per process. */
export function pipelineVersion(): string {
  version ??= versionOf(PIPELINE_FOLDER);
  return version;
}

/** sha256 of bytes, hex (one call: a Hash object per file costs a warm build of 1,000 files ~10 ms). */
export function bytesHash(bytes: Uint8Array): string {
  return oneShotHash('sha256', bytes, 'hex');
}

/** Hash of a string's UTF-16 code units: every string its own (UTF-8 would merge lone surrogates). */
export function stringHash(text: string): string {
  return createHash('sha256').update(text, 'utf16le').digest('hex');
}

/** A cache in folder/<version>/; entries of one version never mix with another's. */
export function openCache(folder: string = DEFAULT_CACHE_FOLDER, pipeline: string = pipelineVersion()): BuildCache {
  return openStore<CacheEntry>(folder, pipeline);
}

/** A store of values by key (a hex hash) in folder/<version>/. */
export function openStore<T>(folder: string, version: string): VersionedStore<T> {
  const root = join(folder, version);
  const path = (key: string) => join(root, key.slice(0, 2), `${key}.v8`);
  return {
    folder,
    version,
    get(key) {
      try {
        return deserialize(readFileSync(path(key))) as T;
      } catch {
        // Missing, or unreadable (a build cut short, another version's cleanup): computed again.
        return undefined;
      }
    },
    set(key, value) {
      const file = path(key);
      try {
        mkdirSync(join(file, '..'), { recursive: true });
        // Write then rename: a build reading at the same time sees the whole entry or none.
        const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
        writeFileSync(partial, serialize(value));
        renameSync(partial, file);
      } catch {
        // A cache that cannot be written costs time on the next build, never this build.
      }
    },
    prune() {
      let names: string[];
      try {
        names = readdirSync(folder);
      } catch {
        return;
      }
      for (const name of names) {
        if (name !== version && /^[0-9a-f]{16}$/.test(name)) rmSync(join(folder, name), { recursive: true, force: true });
      }
    },
  };
}

/** The cache folder a build uses: XIBU_CACHE_DIR, or the default; null when XIBU_CACHE=off. */
export function cacheFolderFromEnv(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.XIBU_CACHE === 'off' || env.XIBU_CACHE === '0') return null;
  return env.XIBU_CACHE_DIR || DEFAULT_CACHE_FOLDER;
}

/** For messages: the cache folder relative to the working directory when inside it. */
export function displayPath(folder: string): string {
  const r = relative(process.cwd(), folder);
  return r.startsWith('..') ? folder : r;
}
