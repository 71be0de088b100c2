// The one bridge between the pipeline and Astro: a content loader that runs the pipeline once
// per build over the seeds folder and hands its output to pages as typed collections.
import { defineCollection } from 'astro:content';
import type { Loader, LoaderContext } from 'astro/loaders';
import { reporter } from 'vfile-reporter';
import { toVFile, type Corpus } from './pipeline/corpus.ts';
import { readInputs, type ReadLimits } from './pipeline/read-folder.ts';
import { buildSite, type Site } from './pipeline/site.ts';
import { cacheFolderFromEnv, displayPath, openCache } from './pipeline/cache.ts';
import { buildCorpusFast, defaultWorkers } from './pipeline/parallel.ts';

const seedsFolder = process.env.XIBU_SEEDS || 'seeds';
// The per-file cache lives in .cache/xibu (or XIBU_CACHE_DIR); XIBU_CACHE=off builds without it.
// XIBU_WORKERS=<n> sets the worker processes (0: the build's own process reads every file).
const cacheFolder = cacheFolderFromEnv();

/** Limits of the folder reader, raised by XIBU_MAX_CORPUS_BYTES / XIBU_MAX_FILE_BYTES (the benchmark's 10,000 articles). */
function limitsFromEnv(): Partial<ReadLimits> {
  const limits: Partial<ReadLimits> = {};
  const corpus = Number(process.env.XIBU_MAX_CORPUS_BYTES);
  const file = Number(process.env.XIBU_MAX_FILE_BYTES);
  if (Number.isSafeInteger(corpus) && corpus > 0) limits.maxCorpusBytes = corpus;
  if (Number.isSafeInteger(file) && file > 0) limits.maxFileBytes = file;
  return limits;
}

let corpus: Promise<Corpus & { site: Site }> | undefined;
/** Runs the pipeline once, however many collections read it. */
function loadCorpus(logger: LoaderContext['logger']): Promise<Corpus & { site: Site }> {
  corpus ??= (async () => {
    const started = performance.now();
    const limits = limitsFromEnv();
    const { inputs, errors, metadata } = readInputs([seedsFolder], limits);
    for (const e of errors) logger.error(`${e.path}: ${e.reason}`);
    const cache = cacheFolder ? openCache(cacheFolder) : null;
    const workers = defaultWorkers();
    const { corpus: result, stats } = await buildCorpusFast(inputs, metadata, errors, {
      cache,
      ...(workers !== undefined ? { workers } : {}),
      ...(limits.maxFileBytes !== undefined ? { limits: { maxFileBytes: limits.maxFileBytes } } : {}),
    });
    const files = result.files.map((f) => toVFile(f));
    const problems = files.filter((f) => f.messages.some((m) => m.fatal !== undefined));
    logger.info(`${result.articles.length} articles from ${result.files.length} files in ${seedsFolder}`);
    if (problems.length > 0) logger.warn(`\n${reporter(problems, { quiet: true })}`);
    const site = buildSite(result);
    // One line the benchmark reads (scripts/bench.ts): keep its shape.
    logger.info(
      `pipeline ${Math.round(performance.now() - started)} ms: ${stats.processed} of ${stats.files} files through the per-file stages ` +
        `(${stats.fromCache} from the cache${cache ? ` in ${displayPath(cache.folder)}` : ', cache off'}; ${stats.workers} worker processes; ` +
        `per-file ${Math.round(stats.perFileMs)} ms (cache reads ${Math.round(stats.cacheReadMs)} ms), corpus ${Math.round(stats.corpusMs)} ms, cache writes ${Math.round(stats.cacheWriteMs)} ms; ` +
        `${stats.segmentLookups} segmenting lookups not in the files' memos; directive links ${stats.linksReused ? 'reused' : 'computed'})`,
    );
    return { ...result, site };
  })();
  return corpus;
}

/** Loaders made (one per collection) and those whose collection is stored in this sync. */
const loaders = new Set<string>();
const stored = new Set<string>();

function corpusLoader<T extends { id: string }>(name: string, pick: (c: Corpus & { site: Site }) => readonly T[]): Loader {
  loaders.add(name);
  return {
    name: `xibu-${name}`,
    async load(context) {
      const items = pick(await loadCorpus(context.logger));
      context.store.clear();
      for (const item of items) {
        const data = await context.parseData({ id: item.id, data: item as unknown as Record<string, unknown> });
        context.store.set({ id: item.id, data, digest: context.generateDigest(JSON.stringify(item)) });
      }
      // Once every collection holds its part, the pipeline's own objects are garbage for the page
      // build; the next full sync (dev) runs the pipeline again.
      stored.add(name);
      if (stored.size === loaders.size) {
        corpus = undefined;
        stored.clear();
      }
    },
  };
}

export const collections = {
  articles: defineCollection({ loader: corpusLoader('articles', (c) => c.site.articles) }),
  directives: defineCollection({ loader: corpusLoader('directives', (c) => c.site.directives) }),
  indicators: defineCollection({ loader: corpusLoader('indicators', (c) => c.site.indicators) }),
  regions: defineCollection({ loader: corpusLoader('regions', (c) => c.site.regions) }),
  files: defineCollection({ loader: corpusLoader('files', (c) => c.files.map((f) => ({ ...f, id: f.name }))) }),
  sources: defineCollection({ loader: corpusLoader('sources', (c) => c.sources) }),
};
