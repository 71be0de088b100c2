// Property tests: the number parser, the figure extractor and the whole corpus build never throw,
// whatever the text, and what they return stays inside the text. Inputs: random Unicode, and
// sentences of the seeds mutated (characters inserted, deleted, replaced; digits and units spliced).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findNumbers } from '../../src/pipeline/numbers.ts';
import { extractFigures } from '../../src/pipeline/figures.ts';
import { readDocument } from '../../src/pipeline/document.ts';
import { normaliseLineEnds } from '../../src/pipeline/ingest.ts';
import { buildCorpus } from '../../src/pipeline/corpus.ts';
import { alignedSimplified, matchingText, writtenText } from '../../src/pipeline/script-variant.ts';
import type { CalendarDate } from '../../src/pipeline/types.ts';
import type { Piece } from '../../src/pipeline/text-run.ts';
import { SEEDS_FOLDER, seedNames } from '../fixtures/bad-corpus.ts';

/** Every sentence of the seeds with a digit or a numeral in it: the text figures come from. */
const SEED_SENTENCES = seedNames()
  .flatMap((name) => readFileSync(join(SEEDS_FOLDER, name), 'utf8').split(/(?<=[。！？；\n])/))
  .map((s) => s.trim())
  .filter((s) => s.length > 4 && /[0-9一二三四五六七八九十百千万亿]/.test(s));

const NUMBER_PARTS = [...'0123456789０１２３４５６７８９.．,，%％一二两三四五六七八九十百千万亿零〇点分之成倍多余几约超近第'];
const UNIT_WORDS = ['亿元', '万元', '元', '美元', '万标箱', '列', '吨', '亩', '万人', '家', '个', '公里', '%', '个百分点', '倍', '成', '年', '月', '日', '以上', '左右', '同比增长', '占', '至', '—'];
const NOISE = [...'\n\r\t \u3000\u200b\ufeff\u2028“”《》（）()【】—…·、，。；：！？<>&"\'`\\/#*[]_~|'];

type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'replace'; at: number; text: string };

const piece = fc.oneof(
  fc.constantFrom(...NUMBER_PARTS),
  fc.constantFrom(...UNIT_WORDS),
  fc.constantFrom(...NOISE),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }),
  fc.integer({ min: 0, max: 99_999_999 }).map(String),
  fc.tuple(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.constantFrom(...UNIT_WORDS)).map(([n, u]) => `${n}${u}`),
);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: piece }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), text: piece }),
);

function mutate(text: string, mutations: readonly Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % (out.length + 1);
    if (m.kind === 'insert') out = out.slice(0, at) + m.text + out.slice(at);
    else if (m.kind === 'delete') out = out.slice(0, at) + out.slice(at + m.length);
    else out = out.slice(0, at) + m.text + out.slice(at + m.text.length);
  }
  return out;
}

/** One to three seed sentences, mutated, joined as a paragraph or as lines. */
const mutatedSeedText = fc
  .tuple(fc.array(fc.constantFrom(...SEED_SENTENCES), { minLength: 1, maxLength: 3 }), fc.array(mutation, { maxLength: 8 }), fc.constantFrom('', '\n', '\n\n', '\r\n'))
  .map(([sentences, mutations, joiner]) => mutate(sentences.join(joiner), mutations));

const randomText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.string({ unit: fc.oneof(fc.constantFrom(...NUMBER_PARTS), fc.constantFrom(...UNIT_WORDS), fc.constantFrom(...NOISE)), maxLength: 60 }),
);

const anyText = fc.oneof(mutatedSeedText, randomText);
const publishedOn = fc.option(fc.constantFrom<CalendarDate>({ year: 2024, month: 4, day: 23 }, { year: 2024 }, { year: 2023, month: 12 }), { nil: null });

function checkNumbers(text: string): void {
  let previousEnd = 0;
  for (const m of findNumbers(text)) {
    expect(m.start).toBeGreaterThanOrEqual(previousEnd);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(Number.isFinite(m.value)).toBe(true);
    previousEnd = m.end;
  }
}

const RUNS = Number(process.env.XIBU_PROPERTY_RUNS ?? 1);

/** True when text[from, to) of a block comes from one stretch of the source. */
function contiguous(pieces: readonly Piece[], from: number, to: number): boolean {
  return pieces.some((p) => p.at <= from && to <= p.at + p.length);
}

function checkFigures(text: string, published: CalendarDate | null): void {
  const normal = normaliseLineEnds(text);
  const doc = readDocument({ stem: 'x', text });
  for (const article of doc.articles) {
    const figures = extractFigures({ blocks: article.blocks, sentences: article.sentences, title: article.title }, published);
    for (const f of figures) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
      // A figure across a repaired line break is the joined text (its source slice holds the break).
      if (contiguous(article.blocks[f.block]!.pieces, f.from, f.to)) expect(normal.slice(f.start, f.end)).toBe(f.surface);
      expect(article.blocks[f.block]!.text.slice(f.from, f.to)).toBe(f.surface);
      expect(Number.isFinite(f.value)).toBe(true);
    }
  }
}

describe('findNumbers', () => {
  it('never throws, and stays within the text, on mutated seed sentences', () => {
    fc.assert(fc.property(mutatedSeedText, checkNumbers), { numRuns: 600 * RUNS });
  });

  it('never throws on random Unicode', () => {
    fc.assert(fc.property(randomText, checkNumbers), { numRuns: 600 * RUNS });
  });
});

describe('extractFigures', () => {
  it('never throws, and every figure is the characters it points at, on mutated seed sentences', () => {
    fc.assert(fc.property(mutatedSeedText, publishedOn, checkFigures), { numRuns: 250 * RUNS });
  });

  it('never throws on random Unicode', () => {
    fc.assert(fc.property(randomText, publishedOn, checkFigures), { numRuns: 250 * RUNS });
  });
});

describe('markdown that rewrites characters (inline text nodes whose value differs from the source)', () => {
  it.each([
    ['a space before a line end', '西部地区生产总值达到26.9万亿元 \n同比增长5.5%。'],
    ['an indented second line', '西部地区\n  生产总值增长5.5%。'],
    ['a backslash escape', '西部\\*地区生产总值增长5.5%。'],
    ['an entity', '西部&amp;地区生产总值增长5.5%。'],
  ])('figures after %s point at their characters', (_what, text) => {
    const article = readDocument({ stem: 'x', text }).articles[0]!;
    const figures = extractFigures({ blocks: article.blocks, sentences: article.sentences, title: article.title }, null);
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) expect(text.slice(f.start, f.end)).toBe(f.surface);
  });
});

describe('buildCorpus on a single random file', () => {
  const fileName = fc.tuple(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), fc.constantFrom('.txt', '.md', '.markdown', '.TXT', '.csv', '')).map(([stem, ext]) => stem.replace(/[\\/]/g, '_') + ext);
  const bytes = fc.oneof(
    anyText.map((t) => new TextEncoder().encode(t)),
    fc.uint8Array({ maxLength: 400 }),
    anyText.map((t) => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(t)])),
  );

  it('never throws; reports the file once; every figure points into the published text', () => {
    fc.assert(
      fc.property(fileName, bytes, (name, content) => {
        const corpus = buildCorpus([{ path: `folder/${name}`, bytes: content }]);
        expect(corpus.files.length).toBe(1);
        const report = corpus.files[0]!;
        expect(report.messages.some((m) => m.ruleId === 'pipeline/crash'), JSON.stringify(report.messages)).toBe(false);
        expect(['built', 'rejected', 'skipped']).toContain(report.status);
        if (report.status !== 'built') expect(report.messages.length).toBeGreaterThan(0);
        const sources = new Map(corpus.sources.map((s) => [s.id, normaliseLineEnds(s.text)]));
        for (const article of corpus.articles) {
          expect(article.id).toMatch(/^[^\s/\\?#%]+$/);
          const source = sources.get(article.stem)!;
          for (const f of article.figures) {
            expect(article.blocks[f.block]!.text.slice(f.from, f.to)).toBe(f.surface);
            if (contiguous(article.blocks[f.block]!.pieces, f.from, f.to)) expect(source.slice(f.start, f.end)).toBe(f.surface);
          }
        }
      }),
      { numRuns: 120 * RUNS },
    );
  });
});

describe('script variants', () => {
  const traditionalish = fc.string({ unit: fc.oneof(fc.constantFrom(...'們會發國經區這裡後來萬億貨貿進達總電報慶著乾髮麵臺灣衞綫'), fc.constantFrom(...NUMBER_PARTS), fc.constantFrom(...NOISE), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 80 });

  it('makes a simplified copy the same length, with everything but ideographs where it was', () => {
    fc.assert(
      fc.property(traditionalish, (text) => {
        const copy = alignedSimplified(text).text;
        expect(copy.length).toBe(text.length);
        for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) < 0x80) expect(copy[i]).toBe(text[i]);
      }),
      { numRuns: 300 },
    );
  });

  it('gives any slice of the copy back as written', () => {
    fc.assert(
      fc.property(traditionalish, fc.nat(), fc.nat(), (text, a, b) => {
        const copy = alignedSimplified(text).text;
        const written = writtenText(text, copy);
        const from = Math.min(a, b) % (text.length + 1);
        const to = Math.max(from, Math.max(a, b) % (text.length + 1));
        expect(written.span(copy.slice(from, to), from, to)).toBe(text.slice(from, to));
        expect(written.block(copy.slice(from, to), [{ at: 0, start: from, length: to - from }])).toBe(text.slice(from, to));
      }),
      { numRuns: 300 },
    );
  });

  it('reads the seeds as simplified, untouched', () => {
    for (const name of seedNames()) {
      const text = readFileSync(join(SEEDS_FOLDER, name), 'utf8');
      const matching = matchingText(text);
      expect(matching.script, name).toBe('simplified');
      expect(matching.text).toBe(text);
    }
  });
});
