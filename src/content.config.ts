// The one bridge between the pipeline and Astro: a content loader that runs the pipeline once
// per build over the seeds folder and hands its output to pages as typed collections.
import { defineCollection } from 'astro:content';
import type { Loader, LoaderContext } from 'astro/loaders';
import { reporter } from 'vfile-reporter';
import { buildCorpus, toVFile, type Corpus } from './pipeline/corpus.ts';
import { readInputs } from './pipeline/read-folder.ts';
import { buildSite, type Site } from './pipeline/site.ts';

const seedsFolder = process.env.XIBU_SEEDS || 'seeds';

let corpus: Promise<Corpus & { site: Site }> | undefined;
/** Runs the pipeline once, however many collections read it. */
function loadCorpus(logger: LoaderContext['logger']): Promise<Corpus & { site: Site }> {
  corpus ??= (async () => {
    const { inputs, errors, metadata } = readInputs([seedsFolder]);
    for (const e of errors) logger.error(`${e.path}: ${e.reason}`);
    const result = buildCorpus(inputs, metadata, errors);
    const files = result.files.map((f) => toVFile(f));
    const problems = files.filter((f) => f.messages.some((m) => m.fatal !== undefined));
    logger.info(`${result.articles.length} articles from ${result.files.length} files in ${seedsFolder}`);
    if (problems.length > 0) logger.warn(`\n${reporter(problems, { quiet: true })}`);
    return { ...result, site: buildSite(result) };
  })();
  return corpus;
}

function corpusLoader<T extends { id: string }>(name: string, pick: (c: Corpus & { site: Site }) => readonly T[]): Loader {
  return {
    name: `xibu-${name}`,
    async load(context) {
      const items = pick(await loadCorpus(context.logger));
      context.store.clear();
      for (const item of items) {
        const data = await context.parseData({ id: item.id, data: item as unknown as Record<string, unknown> });
        context.store.set({ id: item.id, data, digest: context.generateDigest(JSON.stringify(item)) });
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
