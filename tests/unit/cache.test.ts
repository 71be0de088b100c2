// The build cache and the worker processes must never change the corpus: whatever comes from the
// cache or a worker equals, value for value and key for key, what buildCorpus computes alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCorpus, type Corpus, type InputFile } from '../../src/pipeline/corpus.ts';
import { readInputs } from '../../src/pipeline/read-folder.ts';
import { bytesHash, openCache, pipelineVersion, stringHash, versionOf } from '../../src/pipeline/cache.ts';
import { buildCorpusFast } from '../../src/pipeline/parallel.ts';
import { estimateDate, type MetadataEntry } from '../../src/pipeline/dates.ts';
import { writeBadCorpus } from '../fixtures/bad-corpus.ts';

const SEEDS = join(import.meta.dirname, '../../seeds');

let dir: string;
let inputs: InputFile[];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'xibu-cache-'));
  // Two seeds are enough to exercise every path and keep the test fast; the second dates its
  // figures relative to publication (今年, 一季度).
  inputs = readInputs([SEEDS]).inputs.slice(1, 3);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Same values and same key order (pages serialise the corpus to JSON). */
function expectSameCorpus(actual: Corpus, expected: Corpus): void {
  expect(actual).toStrictEqual(expected);
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
}

const changed = (input: InputFile): InputFile => {
  const text = new TextDecoder().decode(input.bytes).replace(/\d+/, (d) => String(Number(d) + 7));
  return { path: input.path, bytes: new TextEncoder().encode(text) };
};

describe('build cache', () => {
  it('misses, then hits, giving the corpus buildCorpus gives', async () => {
    const cache = openCache(join(dir, 'hits'), 'aaaaaaaaaaaaaaaa');
    const plain = buildCorpus(inputs);
    const cold = await buildCorpusFast(inputs, {}, [], { cache, workers: 0 });
    expect(cold.stats).toMatchObject({ files: 2, fromCache: 0, processed: 2 });
    expectSameCorpus(cold.corpus, plain);
    const warm = await buildCorpusFast(inputs, {}, [], { cache, workers: 0 });
    expect(warm.stats).toMatchObject({ files: 2, fromCache: 2, processed: 0 });
    expectSameCorpus(warm.corpus, plain);
  });

  it('reads again only the file whose bytes changed', async () => {
    const cache = openCache(join(dir, 'content'), 'bbbbbbbbbbbbbbbb');
    await buildCorpusFast(inputs, {}, [], { cache, workers: 0 });
    const edited = [changed(inputs[0]!), inputs[1]!];
    const warm = await buildCorpusFast(edited, {}, [], { cache, workers: 0 });
    expect(warm.stats).toMatchObject({ fromCache: 1, processed: 1 });
    expectSameCorpus(warm.corpus, buildCorpus(edited));
  });

  it('reads a corrected figure again with what segmenting its last version looked up, not jieba', async () => {
    const cache = openCache(join(dir, 'segments'), '3333333333333333');
    const cold = await buildCorpusFast(inputs, {}, [], { cache, workers: 0 });
    expect(cold.stats.segmentLookups).toBeGreaterThan(0);
    const corrected = [changed(inputs[0]!), inputs[1]!];
    const warm = await buildCorpusFast(corrected, {}, [], { cache, workers: 0 });
    expect(warm.stats).toMatchObject({ processed: 1, segmentLookups: 0 });
    expectSameCorpus(warm.corpus, buildCorpus(corrected));
    // A new sentence needs jieba: only what it brings is looked up.
    const text = new TextDecoder().decode(corrected[0]!.bytes);
    const added = { path: corrected[0]!.path, bytes: new TextEncoder().encode(`${text}\n\n果园港的物流枢纽建设全面提速。\n`) };
    const edited = await buildCorpusFast([added, inputs[1]!], {}, [], { cache, workers: 0 });
    expect(edited.stats.segmentLookups).toBeGreaterThan(0);
    expect(edited.stats.segmentLookups).toBeLessThan(cold.stats.segmentLookups / 4);
    expectSameCorpus(edited.corpus, buildCorpus([added, inputs[1]!]));
  });

  it('reads a renamed file again: its article ids change with its stem', async () => {
    const cache = openCache(join(dir, 'rename'), 'cccccccccccccccc');
    await buildCorpusFast(inputs, {}, [], { cache, workers: 0 });
    const renamed = [{ ...inputs[0]!, path: inputs[0]!.path.replace(/[^/]+$/, 'renamed.txt') }, inputs[1]!];
    const warm = await buildCorpusFast(renamed, {}, [], { cache, workers: 0 });
    expect(warm.stats.processed).toBe(1);
    expectSameCorpus(warm.corpus, buildCorpus(renamed));
  });

  it('reuses figures only for the publication date they were extracted with', async () => {
    const cache = openCache(join(dir, 'dates'), 'dddddddddddddddd');
    await buildCorpusFast(inputs, {}, [], { cache, workers: 0 });
    // A metadata date moves 今年 and 去年: the figures must follow.
    const stem = inputs[1]!.path.split('/').pop()!.replace(/\.txt$/, '');
    const metadata: Record<string, MetadataEntry> = { [stem]: { date: '2016-03-01' } };
    const warm = await buildCorpusFast(inputs, metadata, [], { cache, workers: 0 });
    expect(warm.stats.fromCache).toBe(2);
    const expected = buildCorpus(inputs, metadata);
    const figuresOf = (c: Corpus) => c.articles.filter((a) => a.stem === stem).flatMap((a) => a.figures);
    expect(figuresOf(expected)).not.toEqual(figuresOf(buildCorpus(inputs)));
    expectSameCorpus(warm.corpus, expected);
  });

  it('keeps each file’s date as its own text gives it, used only for that text', async () => {
    const cache = openCache(join(dir, 'dating'), '4444444444444444');
    const cold = await buildCorpusFast(inputs, {}, [], { cache, workers: 0 });
    const hash = bytesHash(inputs[1]!.bytes);
    const entry = cache.get(hash)!;
    const text = cold.corpus.articles.filter((a) => a.file === inputs[1]!.path).map((a) => a.blocks.map((b) => b.text).join('\n')).join('\n');
    expect(entry.dating).toEqual({ textHash: stringHash(text), estimate: estimateDate(text) });
    // A warm build takes the kept date and does not date the text again: a date planted in the
    // entry shows (a real build never plants one; this proves the entry is what is read).
    cache.set(hash, { ...entry, dating: { ...entry.dating!, estimate: { ...entry.dating!.estimate, yearAtLeast: 1999, yearPrinted: true } } });
    const warm = await buildCorpusFast(inputs, {}, [], { cache, workers: 0 });
    expect(warm.corpus.articles.find((a) => a.file === inputs[1]!.path)!.published.year).toBe(1999);
    // Kept for another text, it is not used.
    cache.set(hash, { ...entry, dating: { ...entry.dating!, textHash: stringHash('another text'), estimate: { ...entry.dating!.estimate, yearAtLeast: 1999 } } });
    expectSameCorpus((await buildCorpusFast(inputs, {}, [], { cache, workers: 0 })).corpus, buildCorpus(inputs));
  });

  it('reuses the directive links when an edit leaves what linking reads as it was, and links again when it does not', async () => {
    const all = readInputs([SEEDS]).inputs;
    const cache = openCache(join(dir, 'links'), '5555555555555555');
    const cold = await buildCorpusFast(all, {}, [], { cache, workers: 0 });
    expect(cold.stats.linksReused).toBe(false);
    const echo = cold.corpus.directives.flatMap((d) => d.echoes).find((e) => e.via === 'similarity')!;
    const article = cold.corpus.articles.find((a) => a.id === echo.article)!;
    const at = all.findIndex((i) => i.path === article.file);
    const edit = (from: string, to: string): InputFile[] =>
      all.map((input, i) => (i === at ? { path: input.path, bytes: new TextEncoder().encode(new TextDecoder().decode(input.bytes).replace(from, to)) } : input));
    // A longer figure before the echo: its offsets move, and its article is read again.
    const text = new TextDecoder().decode(all[at]!.bytes);
    const figure = /\d+(?:\.\d+)?(?=%|亿元)/.exec(text.slice(0, text.indexOf(echo.text)))![0];
    const corrected = edit(figure, `1${figure}`);
    const warm = await buildCorpusFast(corrected, {}, [], { cache, workers: 0 });
    expect(warm.stats).toMatchObject({ processed: 1, linksReused: true });
    const moved = warm.corpus.directives.flatMap((d) => d.echoes).find((e) => e.article === echo.article && e.sentence === echo.sentence)!;
    expect(moved.start).toBe(echo.start + 1);
    expectSameCorpus(warm.corpus, buildCorpus(corrected));
    // Without the echoing sentence, linking reads something else: it links again.
    const cut = edit(echo.text, '');
    const relinked = await buildCorpusFast(cut, {}, [], { cache, workers: 0 });
    expect(relinked.stats.linksReused).toBe(false);
    expectSameCorpus(relinked.corpus, buildCorpus(cut));
  });

  it('is invalidated by another pipeline version, whose cleanup removes the old entries', async () => {
    const folder = join(dir, 'versions');
    await buildCorpusFast(inputs, {}, [], { cache: openCache(folder, 'eeeeeeeeeeeeeeee'), workers: 0 });
    expect(readdirSync(folder).sort()).toEqual(['eeeeeeeeeeeeeeee', 'links', 'segments']);
    expect(readdirSync(join(folder, 'segments'))).toEqual(['eeeeeeeeeeeeeeee']);
    expect(readdirSync(join(folder, 'links'))).toEqual(['eeeeeeeeeeeeeeee']);
    const next = await buildCorpusFast(inputs, {}, [], { cache: openCache(folder, 'ffffffffffffffff'), workers: 0 });
    expect(next.stats).toMatchObject({ fromCache: 0, processed: 2 });
    expect(readdirSync(folder).sort()).toEqual(['ffffffffffffffff', 'links', 'segments']);
    expect(readdirSync(join(folder, 'links'))).toEqual(['ffffffffffffffff']);
    // Segment memos of another version are not used either (a new jieba may cut otherwise).
    expect(next.stats.segmentLookups).toBeGreaterThan(0);
    expect(readdirSync(join(folder, 'segments'))).toEqual(['ffffffffffffffff']);
  });

  it('versions the pipeline by the content of its files', () => {
    const sources = join(dir, 'pipeline-sources');
    cpSync(join(SEEDS), sources, { recursive: true });
    const before = versionOf(sources);
    expect(versionOf(sources)).toBe(before);
    writeFileSync(join(sources, 'stage.ts'), 'export const x = 1;\n');
    const added = versionOf(sources);
    expect(added).not.toBe(before);
    writeFileSync(join(sources, 'stage.ts'), 'export const x = 2;\n');
    expect(versionOf(sources)).not.toBe(added);
    expect(pipelineVersion()).toMatch(/^[0-9a-f]{16}$/);
  });

  it('gives, cold and warm, the corpus of every kind of input: traditional, GBK, duplicates, bad files', async () => {
    const folder = join(dir, 'bad-corpus');
    writeBadCorpus(folder);
    const read = readInputs([folder]);
    const expected = buildCorpus(read.inputs, read.metadata, read.errors);
    expect(expected.articles.some((a) => a.fileName === 'traditional.txt')).toBe(true);
    expect(expected.directives.length).toBeGreaterThan(0);
    const cache = openCache(join(dir, 'bad-cache'), '2222222222222222');
    const cold = await buildCorpusFast(read.inputs, read.metadata, read.errors, { cache, workers: 0 });
    expectSameCorpus(cold.corpus, expected);
    const warm = await buildCorpusFast(read.inputs, read.metadata, read.errors, { cache, workers: 0 });
    // Files that build nothing (rejected, not an article) have no entry and are read again.
    expect(warm.stats.fromCache).toBe(expected.files.filter((f) => f.status === 'built').length);
    expectSameCorpus(warm.corpus, expected);
  }, 60_000);

  it('treats an unreadable entry as a miss', async () => {
    const folder = join(dir, 'corrupt');
    const cache = openCache(folder, '0123456789abcdef');
    await buildCorpusFast(inputs, {}, [], { cache, workers: 0 });
    const version = join(folder, '0123456789abcdef');
    for (const sub of readdirSync(version)) {
      for (const file of readdirSync(join(version, sub))) writeFileSync(join(version, sub, file), 'not v8');
    }
    const warm = await buildCorpusFast(inputs, {}, [], { cache, workers: 0 });
    expect(warm.stats).toMatchObject({ fromCache: 0, processed: 2 });
    expectSameCorpus(warm.corpus, buildCorpus(inputs));
  });
});

describe('worker processes', () => {
  it('give the corpus the build process gives alone, and cache entries a later build reads', async () => {
    const all = readInputs([SEEDS]).inputs;
    const folder = join(dir, 'from-workers');
    const fast = await buildCorpusFast(all, {}, [], { cache: openCache(folder, '1111111111111111'), workers: 1 });
    // The build process leaves all the reading to the workers (and nodejieba's memory with them).
    expect(fast.stats.workers).toBe(1);
    expect(fast.stats.byWorkers).toBe(all.length);
    expect(fast.stats.processed).toBe(all.length);
    const plain = buildCorpus(all);
    expectSameCorpus(fast.corpus, plain);
    const warm = await buildCorpusFast(all, {}, [], { cache: openCache(folder, '1111111111111111'), workers: 0 });
    expect(warm.stats).toMatchObject({ fromCache: all.length, processed: 0 });
    expectSameCorpus(warm.corpus, plain);
  }, 60_000);

  it('that cannot start leave every file to the build process, which does not wait for them', async () => {
    const all = readInputs([SEEDS]).inputs;
    const saved = process.env.NODE_OPTIONS;
    // Node refuses to start with an unknown option: the worker exits before reading anything.
    process.env.NODE_OPTIONS = '--no-such-option-for-xibu';
    try {
      const fast = await buildCorpusFast(all, {}, [], { cache: null, workers: 2 });
      expect(fast.stats).toMatchObject({ workers: 2, byWorkers: 0, processed: all.length });
      expectSameCorpus(fast.corpus, buildCorpus(all));
    } finally {
      if (saved === undefined) delete process.env.NODE_OPTIONS;
      else process.env.NODE_OPTIONS = saved;
    }
  }, 60_000);
});
