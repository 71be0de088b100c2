// The corpus built fast: per-file stages (script detection, readDocument, figures, what directive
// linking needs of each article) come from the build cache where the file is unchanged, and are
// otherwise computed by worker processes on every core (or by this process, for a little work),
// before buildCorpus assembles the corpus from them in its own order. The result is
// the one buildCorpus gives alone, value for value: what a worker or the cache returns is a
// structured clone of what the stage returned.
//
// Processes, not worker threads: nodejieba never frees its dictionaries (its addon has no
// destructor), so a worker thread that loaded them left ~270 MB behind in the build's process
// when it ended; a process gives everything back when it exits.
//
// This file is also the workers' entry point: Node runs it directly (type stripping), so it and
// everything it imports stay plain TypeScript with `.ts` imports.
import { availableParallelism } from 'node:os';
import { deserialize, serialize } from 'node:v8';
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus, DEFAULT_STAGES, type Corpus, type CorpusStages, type InputFile, type UnreadableFile } from './corpus.ts';
import type { MetadataEntry } from './dates.ts';
import { linkDirectives, linksKey, renderDirectives, type ArticleDirectives, type DirectiveLinks } from './directives.ts';
import type { DocumentResult } from './document.ts';
import type { KnownText } from './ingest.ts';
import { packDocument, unpackDocument } from './document-pack.ts';
import type { MatchingText } from './script-variant.ts';
import type { SourceFile } from './types.ts';
import {
  bytesHash,
  openStore,
  stringHash,
  type BuildCache,
  type CacheEntry,
  type CachedDating,
  type CachedDirectives,
  type CachedFigures,
  type CachedScript,
  type CachedWords,
  type VersionedStore,
} from './cache.ts';
import { isSegmentMemo, recordSegments, type SegmentMemo } from './segment.ts';

/** What the per-file stages gave for one file: a cache entry, with its articles' content words. */
export type FileResult = Omit<CacheEntry, 'doc' | 'directives' | 'words'> & { doc: DocumentResult; directives: (ArticleDirectives | null)[] };

/** readOneFile's answer: the file's result, and what segmenting it looked up (see segment.ts). */
export interface FileReading {
  result: FileResult | null;
  segments: SegmentMemo;
  /** Lookups the memo handed in did not answer (see recordSegments). */
  missed: number;
}

/**
 * The per-file stages of one file, run as buildCorpus runs them: read alone, the file is dated from
 * its own text, which is its date in the corpus too unless another article lends it a year; its
 * figures are kept with the date they used and reused only for that date. Null when the file is
 * not read (not an article, unreadable, a stage failed): buildCorpus then reports it as usual.
 * segments is what segmenting an earlier version of the file looked up, reused where the text is
 * the same.
 */
export function readOneFile(
  input: InputFile,
  metadata: Readonly<Record<string, MetadataEntry>>,
  limits: CorpusLimits = {},
  segments?: SegmentMemo,
): FileReading {
  let doc: DocumentResult | undefined;
  let stem = '';
  let read: KnownText | undefined;
  let script: CachedScript | undefined;
  let dating: CachedDating | undefined;
  // By the article's blocks array, which buildCorpus passes on as it is.
  const figures = new Map<object, CachedFigures>();
  const directives = new Map<object, ArticleDirectives>();
  const stages: CorpusStages = {
    ingest(path, bytes, maxFileBytes) {
      const result = DEFAULT_STAGES.ingest(path, bytes, maxFileBytes);
      if (result.ok) read = knownText(result.file);
      return result;
    },
    matchingText(file) {
      const found = DEFAULT_STAGES.matchingText(file);
      script = scriptToCache(found, file.text);
      return found;
    },
    readDocument(file) {
      stem = file.stem;
      doc = DEFAULT_STAGES.readDocument(file);
      return doc;
    },
    estimateDate(file, text) {
      const estimate = DEFAULT_STAGES.estimateDate(file, text);
      dating = { textHash: stringHash(text), estimate };
      return estimate;
    },
    extractFigures(article, date) {
      const found = DEFAULT_STAGES.extractFigures(article, date);
      figures.set(article.blocks, { title: article.title, date: JSON.stringify(date), figures: found });
      return found;
    },
    readDirectives(article) {
      const found = DEFAULT_STAGES.readDirectives(article);
      directives.set(article.blocks, found);
      return found;
    },
    // Linking directives needs the whole corpus.
    findDirectives: () => [],
  };
  const { memo, missed } = recordSegments(segments, () => buildCorpus([input], metadata, [], stages, limits));
  const result: FileResult | null = doc
    ? {
        stem,
        ...(read ? { read } : {}),
        ...(script ? { script } : {}),
        doc,
        ...(dating ? { dating } : {}),
        figures: doc.articles.map((a) => figures.get(a.blocks) ?? null),
        directives: doc.articles.map((a) => directives.get(a.blocks) ?? null),
      }
    : null;
  return { result, segments: memo, missed };
}

const knownText = ({ hash, encoding, textHash }: SourceFile): KnownText => ({ hash, encoding, textHash });

function scriptToCache(found: MatchingText, text: string): CachedScript {
  const { text: copy, ...rest } = found;
  return copy === text ? rest : { ...rest, text: copy };
}

export interface PipelineStats {
  files: number;
  /** Files whose per-file stages came from the cache. */
  fromCache: number;
  /** Files that went through the per-file stages in this build. */
  processed: number;
  /** Worker processes that ran them (0: this process alone), and how many files they took. */
  workers: number;
  byWorkers: number;
  /**
   * For the files read: stretches of text jieba cut and words its IDF table weighed, beyond what
   * segmenting their previous versions had looked up (0: neither was loaded for them).
   */
  segmentLookups: number;
  /** The directive links of the last build were reused: linking read nothing that changed. */
  linksReused: boolean;
  /** Milliseconds: per-file stages (with cache reads), the corpus stages (dates, linking directives), cache writes. */
  perFileMs: number;
  /** Of perFileMs: hashing the files and reading their cache entries. */
  cacheReadMs: number;
  corpusMs: number;
  cacheWriteMs: number;
}

/** buildCorpus's limits (largest file read). */
export type CorpusLimits = NonNullable<Parameters<typeof buildCorpus>[4]>;

export interface FastBuildOptions {
  cache?: BuildCache | null;
  limits?: CorpusLimits;
  /**
   * Worker processes that read the files; 0: this process reads them. Default: one per core when
   * the work is large enough, else 0. With workers, this process reads none itself: nodejieba's
   * dictionaries (~300 MB a process) then leave with the workers instead of staying for the build.
   */
  workers?: number;
}

/** Below this many bytes of files to read, worker processes (~2 s to start and load nodejieba) do not pay. */
const WORKER_MIN_BYTES = 1024 * 1024;

export function defaultWorkers(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const set = env.XIBU_WORKERS;
  if (set === undefined || set === '') return undefined;
  const n = Number(set);
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

/** buildCorpus over inputs, with the per-file stages from the cache or computed in parallel. */
export async function buildCorpusFast(
  inputs: readonly InputFile[],
  metadata: Readonly<Record<string, MetadataEntry>> = {},
  unreadable: readonly UnreadableFile[] = [],
  options: FastBuildOptions = {},
): Promise<{ corpus: Corpus; stats: PipelineStats }> {
  const started = performance.now();
  const cache = options.cache ?? null;
  const hashOf = new Map<string, string>();
  const known = new Map<string, FileResult>();
  const missing: InputFile[] = [];
  for (const input of inputs) {
    const hash = bytesHash(input.bytes);
    hashOf.set(input.path, hash);
    if (known.has(hash)) continue;
    const cached = cache?.get(hash);
    if (cached) known.set(hash, resultOf(cached));
    else missing.push(input);
  }
  const cacheReadMs = performance.now() - started;
  const hits = new Set(known.keys());
  // Two files with the same bytes are one duplicate: read once.
  const toRead = [...new Map(missing.map((m) => [hashOf.get(m.path)!, m])).values()];
  const limits = options.limits ?? {};
  // What segmenting each file's last version looked up, by path: an edit that leaves the words
  // as they were (a corrected figure) then loads neither jieba nor its IDF table.
  const segmentsByPath = cache ? segmentStore(cache) : null;
  const tasks = toRead.map((input) => {
    const segments = segmentsByPath?.get(pathKey(input.path));
    // A memo not of this shape (a damaged file) is only work not saved.
    return { input, segments: segments && isSegmentMemo(segments) ? segments : undefined };
  });
  let byWorkers = 0;
  let segmentLookups = 0;
  const segmentsRead: [path: string, memo: SegmentMemo][] = [];
  const workers = await readAll(tasks, metadata, limits, options.workers, (input, reading, inWorker) => {
    if (reading.result) known.set(hashOf.get(input.path)!, reading.result);
    if (inWorker) byWorkers++;
    segmentLookups += reading.missed;
    segmentsRead.push([input.path, reading.segments]);
  });
  const dirty = new Set<string>(toRead.map((m) => hashOf.get(m.path)!).filter((h) => known.has(h)));
  const perFileMs = performance.now() - started;

  const processed = new Set(toRead.map((m) => hashOf.get(m.path)!));
  /** The last build's directive links, reused when no article's link key changed. */
  const links = cache ? linksStore(cache) : null;
  let linksReused = false;
  const articleOf = new WeakMap<object, { hash: string; index: number }>();
  /** Scripts found for files not read ahead, until readDocument makes their entry. */
  const scriptOf = new Map<string, CachedScript>();
  const stages: CorpusStages = {
    ingest(path, bytes, maxFileBytes) {
      const hash = hashOf.get(path);
      const entry = hash === undefined ? undefined : known.get(hash);
      // These very bytes were read before (the entry's key is their hash): decoded as they were then.
      if (entry?.read) return DEFAULT_STAGES.ingest(path, bytes, maxFileBytes, entry.read);
      const result = DEFAULT_STAGES.ingest(path, bytes, maxFileBytes);
      if (result.ok && entry && hash !== undefined) {
        entry.read = knownText(result.file);
        dirty.add(hash);
      }
      return result;
    },
    matchingText(file) {
      const hash = hashOf.get(file.path);
      const found = hash === undefined ? undefined : known.get(hash);
      if (found?.script) return { ...found.script, text: found.script.text ?? file.text };
      const computed = DEFAULT_STAGES.matchingText(file);
      if (hash !== undefined) {
        const script = scriptToCache(computed, file.text);
        if (found) {
          found.script = script;
          dirty.add(hash);
        } else {
          scriptOf.set(hash, script);
        }
      }
      return computed;
    },
    readDocument(file) {
      // buildCorpus passes the whole SourceFile (its path finds the bytes' hash).
      const path = (file as Partial<SourceFile>).path;
      const hash = path === undefined ? undefined : hashOf.get(path);
      const found = hash === undefined ? undefined : known.get(hash);
      let result: FileResult;
      if (found && hash !== undefined && found.stem === file.stem) {
        result = found;
      } else {
        // Not read ahead (a stem changed by a clash of names): read here, as buildCorpus would.
        const doc = DEFAULT_STAGES.readDocument(file);
        const script = (hash === undefined ? undefined : scriptOf.get(hash)) ?? found?.script;
        result = { stem: file.stem, ...(script ? { script } : {}), doc, figures: doc.articles.map(() => null), directives: doc.articles.map(() => null) };
        if (hash !== undefined) {
          processed.add(hash);
          known.set(hash, result);
          dirty.add(hash);
        }
      }
      if (hash !== undefined) result.doc.articles.forEach((a, index) => articleOf.set(a.blocks, { hash, index }));
      return result.doc;
    },
    estimateDate(file, text) {
      const hash = hashOf.get(file);
      const entry = hash === undefined ? undefined : known.get(hash);
      const key = stringHash(text);
      if (entry?.dating?.textHash === key) return entry.dating.estimate;
      const estimate = DEFAULT_STAGES.estimateDate(file, text);
      if (hash !== undefined && entry) {
        entry.dating = { textHash: key, estimate };
        dirty.add(hash);
      }
      return estimate;
    },
    extractFigures(article, date) {
      const where = articleOf.get(article.blocks);
      const entry = where ? known.get(where.hash) : undefined;
      const dateKey = JSON.stringify(date);
      const cached = where ? entry?.figures[where.index] : undefined;
      if (cached && cached.title === article.title && cached.date === dateKey) return cached.figures;
      const figures = DEFAULT_STAGES.extractFigures(article, date);
      if (where && entry) {
        entry.figures[where.index] = { title: article.title, date: dateKey, figures };
        dirty.add(where.hash);
      }
      return figures;
    },
    readDirectives(article) {
      const where = articleOf.get(article.blocks);
      const entry = where ? known.get(where.hash) : undefined;
      const cached = where ? entry?.directives[where.index] : undefined;
      if (cached) return cached;
      const found = DEFAULT_STAGES.readDirectives(article);
      if (where && entry) {
        entry.directives[where.index] = found;
        dirty.add(where.hash);
      }
      return found;
    },
    findDirectives(articles, given) {
      const parts = given ?? articles.map(DEFAULT_STAGES.readDirectives);
      if (!links) return DEFAULT_STAGES.findDirectives(articles, parts);
      // Linking reads of each article only what its link key covers: the same keys, the same links.
      const key = linksKey(parts);
      const kept = links.get(LINKS_SLOT);
      let found: DirectiveLinks;
      if (kept?.key === key) {
        found = kept.links;
        linksReused = true;
      } else {
        found = linkDirectives(articles, parts);
        links.set(LINKS_SLOT, { key, links: found });
        links.prune();
      }
      return renderDirectives(articles, parts, found);
    },
  };
  const corpusStarted = performance.now();
  const corpus = buildCorpus(inputs, metadata, unreadable, stages, limits);
  const corpusMs = performance.now() - corpusStarted;
  const writeStarted = performance.now();
  if (cache) {
    for (const hash of dirty) {
      const result = known.get(hash);
      if (!result) continue;
      cache.set(hash, toCache(result));
    }
    for (const [path, memo] of segmentsRead) segmentsByPath?.set(pathKey(path), memo);
    if (dirty.size > 0) {
      cache.prune();
      segmentsByPath?.prune();
    }
  }
  const fromCache = [...hits].filter((h) => !processed.has(h)).length;
  const cacheWriteMs = performance.now() - writeStarted;
  return { corpus, stats: { files: inputs.length, fromCache, processed: processed.size, workers, byWorkers, segmentLookups, linksReused, perFileMs, cacheReadMs, corpusMs, cacheWriteMs } };
}

/**
 * A cached entry as the build uses it: its document unpacked; its articles' content words
 * deserialised only when linking asks for them (the links of an unchanged corpus are reused
 * without them).
 */
function resultOf(entry: CacheEntry): FileResult {
  const { words: serialised, ...rest } = entry;
  let words: CachedWords | undefined;
  const wordsOf = (index: number): ArticleDirectives['words'] => (words ??= deserialize(serialised) as CachedWords)[index] ?? [];
  return {
    ...rest,
    doc: unpackDocument(entry.doc),
    directives: entry.directives.map((d, index) =>
      d === null ? null : (Object.defineProperty({ ...d }, 'words', { enumerable: true, get: () => wordsOf(index) }) as ArticleDirectives),
    ),
  };
}

function toCache(result: FileResult): CacheEntry {
  const lean = (d: ArticleDirectives): CachedDirectives => ({ drafts: d.drafts, flags: d.flags, speakers: d.speakers, linkKey: d.linkKey });
  const words: CachedWords = result.directives.map((d) => d?.words ?? null);
  return { ...result, doc: packDocument(result.doc), directives: result.directives.map((d) => d && lean(d)), words: serialize(words) };
}

/** The last build's directive links, with the key of the corpus they were linked for. */
interface KeptLinks {
  key: string;
  links: DirectiveLinks;
}
/** One slot: the links of the corpus built last, which the next build of it (or of an edit) reads. */
const LINKS_SLOT = 'last';
const linksStore = (cache: BuildCache): VersionedStore<KeptLinks> => openStore<KeptLinks>(join(cache.folder, 'links'), cache.version);

/** Segment memos by file path, beside the cache's entries and of its version. */
const segmentStore = (cache: BuildCache): VersionedStore<SegmentMemo> => openStore<SegmentMemo>(join(cache.folder, 'segments'), cache.version);
const pathKey = (path: string): string => bytesHash(new TextEncoder().encode(path));

// ---------------------------------------------------------------------------------------------
// Reading files on all cores

interface Task {
  id: number;
  path: string;
  bytes: Uint8Array;
  segments: SegmentMemo | undefined;
}

/** A file to read, with what segmenting its previous version looked up. */
interface ToRead {
  input: InputFile;
  segments: SegmentMemo | undefined;
}

interface Reply {
  id: number;
  reading: FileReading;
}

/** Bytes of files handed to a worker at a time: enough to keep it busy between two messages. */
const BATCH_BYTES = 64 * 1024;

/** The first message to a worker process: what every file is read with. */
interface Setup {
  metadata: Readonly<Record<string, MetadataEntry>>;
  limits: CorpusLimits;
}

/** Marks the worker processes this file starts (they run this file). */
const WORKER_ENV = 'XIBU_PIPELINE_WORKER';

/**
 * Runs readOneFile over inputs in this process and, when it pays, in worker processes; calls
 * done once per input. Returns how many worker processes took part (0: this process alone).
 */
async function readAll(
  inputs: readonly ToRead[],
  metadata: Readonly<Record<string, MetadataEntry>>,
  limits: CorpusLimits,
  requested: number | undefined,
  done: (input: InputFile, reading: FileReading, inWorker: boolean) => void,
): Promise<number> {
  const totalBytes = inputs.reduce((sum, i) => sum + i.input.bytes.length, 0);
  const workerCount = Math.min(requested ?? (totalBytes >= WORKER_MIN_BYTES ? availableParallelism() : 0), inputs.length);
  if (workerCount === 0) {
    for (const { input, segments } of inputs) done(input, readOneFile(input, metadata, limits, segments), false);
    return 0;
  }

  const queue = [...inputs];
  const pending = new Map<number, ToRead>();
  let nextId = 0;
  let wake: (() => void) | undefined;
  let running = 0;
  /** Per live worker: sends it batches while it has fewer than two (files given back by one that crashed). */
  const feeders = new Set<() => void>();

  const startWorker = (): ChildProcess => {
    const worker = fork(fileURLToPath(import.meta.url), [], {
      // Structured clone, as between threads: typed arrays and Maps arrive as they were sent.
      serialization: 'advanced',
      env: { ...process.env, [WORKER_ENV]: '1' },
      execArgv: [],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const outstanding = new Set<number>();
    let batches = 0;
    const send = (): void => {
      const tasks: Task[] = [];
      let bytes = 0;
      while (queue.length > 0 && (tasks.length === 0 || bytes < BATCH_BYTES)) {
        const next = queue.shift()!;
        const id = nextId++;
        pending.set(id, next);
        outstanding.add(id);
        tasks.push({ id, path: next.input.path, bytes: next.input.bytes, segments: next.segments });
        bytes += next.input.bytes.length;
      }
      if (tasks.length === 0) return;
      batches++;
      worker.send(tasks);
    };
    worker.on('message', (replies: Reply[]) => {
      batches--;
      for (const { id, reading } of replies) {
        const task = pending.get(id);
        outstanding.delete(id);
        if (!task) continue;
        pending.delete(id);
        done(task.input, reading, true);
      }
      feed();
      wake?.();
    });
    // Two batches in flight, so that the worker never waits on the busy main process.
    const feed = (): void => {
      while (batches < 2 && queue.length > 0) send();
    };
    feeders.add(feed);
    // A worker that cannot start, or crashed, gives its files back to this process.
    const giveBack = (): void => {
      for (const id of outstanding) {
        const task = pending.get(id);
        if (!task) continue;
        pending.delete(id);
        queue.unshift(task);
      }
      outstanding.clear();
    };
    let ended = false;
    const end = (): void => {
      if (ended) return;
      ended = true;
      feeders.delete(feed);
      giveBack();
      for (const other of feeders) other();
      running--;
      wake?.();
    };
    worker.on('exit', end);
    // A process that could not be started may never emit 'exit'.
    worker.on('error', () => (worker.pid === undefined ? end() : giveBack()));
    running++;
    worker.send({ metadata, limits } satisfies Setup);
    feed();
    return worker;
  };
  const workers = Array.from({ length: workerCount }, startWorker);

  // This process waits; it reads only what workers gave back (none started, or one crashed).
  for (;;) {
    if (queue.length > 0 && running === 0) {
      const { input, segments } = queue.shift()!;
      done(input, readOneFile(input, metadata, limits, segments), false);
    } else if ((queue.length > 0 || pending.size > 0) && running > 0) {
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    } else {
      break;
    }
  }
  // Closing the channel ends a worker (it waits for nothing else).
  await Promise.all(
    workers.map((w) => (w.exitCode !== null || w.signalCode !== null ? undefined : new Promise<void>((resolve) => {
      w.once('exit', () => resolve());
      w.disconnect();
    }))),
  );
  return workerCount;
}

if (process.env[WORKER_ENV] && process.send) {
  let setup: Setup | undefined;
  process.on('message', (message: Setup | Task[]) => {
    if (!Array.isArray(message)) {
      setup = message;
      return;
    }
    const { metadata, limits } = setup!;
    const replies: Reply[] = message.map((task) => ({
      id: task.id,
      reading: readOneFile({ path: task.path, bytes: task.bytes }, metadata, limits, task.segments),
    }));
    process.send!(replies);
  });
}
