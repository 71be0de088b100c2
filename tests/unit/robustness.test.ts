// Bad input, in process: every kind of bad file in one folder beside the seeds. The build (in
// tests/browser/bad-input.test.ts) must show the same; here each outcome is checked in detail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCorpus, type Corpus, type FileReport } from '../../src/pipeline/corpus.ts';
import { MAX_FILE_BYTES, ingest, normaliseLineEnds } from '../../src/pipeline/ingest.ts';
import { MAX_CORPUS_BYTES, readInputs } from '../../src/pipeline/read-folder.ts';
import { HUGE_BYTES, SEEDS_FOLDER, seedNames, writeBadCorpus, type BadCase } from '../fixtures/bad-corpus.ts';

let dir: string;
let cases: BadCase[];
let corpus: Corpus;
let seedsAlone: Corpus;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'xibu-bad-'));
  cases = writeBadCorpus(join(dir, 'corpus'));
  const read = readInputs([join(dir, 'corpus')]);
  corpus = buildCorpus(read.inputs, read.metadata, read.errors);
  const seeds = readInputs([SEEDS_FOLDER]);
  seedsAlone = buildCorpus(seeds.inputs, seeds.metadata, seeds.errors);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const reportOf = (name: string): FileReport => {
  const report = corpus.files.find((f) => f.name === name);
  if (!report) throw new Error(`no report for ${name}`);
  return report;
};

describe('a corpus of bad inputs', () => {
  it('builds every good article, with the same ids', () => {
    const ids = new Set(corpus.articles.map((a) => a.id));
    const expected = seedsAlone.articles.map((a) => a.id);
    expect(expected.length).toBeGreaterThan(5);
    for (const id of expected) expect(ids.has(id), id).toBe(true);
  });

  it('gives every bad file the status and rule it should have, with a reason', () => {
    for (const c of cases) {
      const report = reportOf(c.name);
      expect(report.status, c.name).toBe(c.status);
      if (c.ruleId) expect(report.messages.map((m) => m.ruleId), c.name).toContain(c.ruleId);
      if (c.status !== 'built') {
        const reason = report.messages.find((m) => m.ruleId === c.ruleId)?.reason ?? '';
        expect(reason.length, c.name).toBeGreaterThan(10);
        expect(report.articles).toEqual([]);
      }
    }
  });

  it('builds each readable bad file correctly: its text as written and its figures', () => {
    for (const c of cases.filter((k) => k.status === 'built')) {
      const report = reportOf(c.name);
      const article = corpus.articles.find((a) => a.id === report.articles[0]);
      expect(article, c.name).toBeDefined();
      const text = article!.blocks.map((b) => b.text).join('\n');
      if (c.shows) expect(text, c.name).toContain(c.shows);
      if (c.figure) {
        const figure = article!.figures.find((f) => f.surface === c.figure!.surface);
        expect(figure, `${c.name}: ${c.figure.surface} in ${article!.figures.map((f) => f.surface).join(' ')}`).toBeDefined();
        expect(figure!.value).toBeCloseTo(c.figure.value, 6);
      }
    }
  });

  it('keeps every figure pointing at its characters in the text as decoded (BOM, CRLF, CR, GBK, traditional)', () => {
    const sources = new Map(corpus.sources.map((s) => [s.id, s.text]));
    let checked = 0;
    for (const article of corpus.articles) {
      const text = sources.get(article.stem);
      expect(text, article.id).toBeDefined();
      for (const f of article.figures) {
        expect(normaliseLineEnds(text!).slice(f.start, f.end), `${article.id} ${f.surface}`).toBe(f.surface);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('builds a duplicate once and names the file it copies', () => {
    const duplicate = cases.find((c) => c.status === 'duplicate')!;
    const report = reportOf(duplicate.name);
    expect(report.messages[0]!.reason).toContain(seedNames()[0]!);
    expect(corpus.articles.filter((a) => a.fileName === duplicate.name)).toEqual([]);
    expect(corpus.sources.filter((s) => s.name === duplicate.name)).toEqual([]);
  });

  it('gives every article a distinct id, and a file name with spaces and Chinese characters a URL-safe one', () => {
    const ids = corpus.articles.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    const spaced = reportOf('西部 新闻 稿.txt');
    expect(spaced.articles).toEqual(['西部-新闻-稿']);
  });
});

describe('line ends and order', () => {
  const seedInputs = () => seedNames().map((n) => ({ path: n, bytes: new Uint8Array(readFileSync(join(SEEDS_FOLDER, n))) }));
  /** Everything a page shows of an article, offsets aside (line ends move them). */
  const shown = (c: Corpus) =>
    c.articles.map((a) => [a.id, a.title, a.blocks.map((b) => `${b.role}:${b.text}`), a.figures.map((f) => [f.surface, f.value, f.unit, f.indicator, f.region, f.period])]);

  it('reads the seeds saved with CRLF or lone CR line ends exactly as with LF', () => {
    const lf = buildCorpus(seedInputs());
    for (const lineEnd of ['\r\n', '\r']) {
      const converted = seedInputs().map((i) => ({ path: i.path, bytes: new TextEncoder().encode(new TextDecoder().decode(i.bytes).replace(/\n/g, lineEnd)) }));
      const other = buildCorpus(converted);
      expect(shown(other), JSON.stringify(lineEnd)).toEqual(shown(lf));
      for (const a of other.articles) {
        const text = normaliseLineEnds(other.sources.find((s) => s.id === a.stem)!.text);
        for (const f of a.figures) expect(text.slice(f.start, f.end), `${a.id} ${f.surface}`).toBe(f.surface);
      }
    }
  });

  it('names the line and column of every message at an offset, on the first line and on later ones', () => {
    // A page break joined on line 1, a table on line 5 (after a blank line), the seeds' own repairs and left-out blocks.
    const made = { path: 'made.md', bytes: new TextEncoder().encode(`前三季度，西部地区经济\n总体平稳。\n\n| 地区 | 增长 |\n| --- | --- |\n| 重庆 | 5% |\n`) };
    const corpus = buildCorpus([made, ...seedInputs()]);
    let checked = 0;
    const lines = new Set<number>();
    for (const file of corpus.files) {
      const text = corpus.sources.find((s) => s.name === file.name)?.text ?? '';
      for (const m of file.messages) {
        if (m.start === undefined) continue;
        const before = text.slice(0, m.start);
        expect([m.line, m.column], `${file.name} ${m.ruleId} at ${m.start}`).toEqual([before.split('\n').length, m.start - before.lastIndexOf('\n')]);
        lines.add(m.line!);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
    expect(lines.has(1)).toBe(true);
    expect(Math.max(...lines)).toBeGreaterThan(20);
  });

  it('gives the same corpus whatever order the files come in', () => {
    const inputs = [...seedInputs(), ...readInputs([join(dir, 'corpus')]).inputs];
    const once = JSON.stringify(buildCorpus(inputs));
    const reversed = JSON.stringify(buildCorpus([...inputs].reverse()));
    const shuffled = JSON.stringify(buildCorpus([...inputs].sort((a, b) => (a.bytes.length % 7) - (b.bytes.length % 7))));
    expect(reversed).toBe(once);
    expect(shuffled).toBe(once);
  });
});

describe('traditional characters', () => {
  // The traditional fixture article, in simplified characters.
  const SIMPLIFIED = [
    '# 西部陆海新通道建设提速',
    '',
    '本报重庆4月10日电　今年一季度，重庆西部陆海新通道班列累计开行2.3万列，同比增长15%。',
    '',
    '重庆市货物贸易进出口总值达到1800亿元，占全市外贸总值的三成多。这里的发展后来居上。',
    '',
  ].join('\n');

  it('finds the same figures as in the simplified text, and shows them as written', () => {
    const traditional = corpus.articles.find((a) => a.fileName === 'traditional.txt')!;
    const simplified = buildCorpus([{ path: 'simplified.txt', bytes: new TextEncoder().encode(SIMPLIFIED) }]).articles[0]!;
    const meaning = (f: (typeof traditional.figures)[number]) => [f.start, f.end, f.value, f.unit, f.measure, f.indicator, f.region, f.period];
    expect(traditional.figures.length).toBeGreaterThanOrEqual(4);
    expect(traditional.figures.map(meaning)).toEqual(simplified.figures.map(meaning));
    expect(traditional.figures.map((f) => f.surface)).toContain('1800億元');
    expect(traditional.title).toBe('西部陸海新通道建設提速');
    expect(traditional.blocks.map((b) => b.text).join('')).toContain('這裡的發展後來居上');
    expect(traditional.sentences.map((s) => s.text).join('')).not.toContain('这里');
    const source = corpus.sources.find((s) => s.name === 'traditional.txt')!;
    expect(source.text).toContain('重慶市貨物貿易');
  });
});

describe('limits', () => {
  it('are stated: 1 MiB a file, 40 MiB a corpus', () => {
    expect(MAX_FILE_BYTES).toBe(1024 * 1024);
    expect(MAX_CORPUS_BYTES).toBe(40 * 1024 * 1024);
    expect(HUGE_BYTES).toBeGreaterThan(MAX_FILE_BYTES);
  });

  it('reject a file past the default limit without reading it, naming the file and both sizes', () => {
    const huge = cases.find((c) => c.name === 'huge-paragraph.txt')!;
    const report = reportOf(huge.name);
    expect(report.status).toBe('rejected');
    expect(report.bytes).toBeGreaterThan(HUGE_BYTES);
    const message = report.messages[0]!;
    expect(message.ruleId).toBe('input/too-large');
    expect(message.reason).toContain(String(report.bytes));
    expect(message.reason).toContain(String(MAX_FILE_BYTES));
  });

  it('reject a file past an injected file limit, in ingest, in the corpus and in the folder reader', () => {
    const bytes = new TextEncoder().encode('西部地区生产总值达到26.9万亿元。'.repeat(10));
    const refused = ingest('long.txt', bytes, 100);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error).toMatchObject({ name: 'long.txt', ruleId: 'too-large' });
    expect(ingest('long.txt', bytes, bytes.length).ok).toBe(true);

    const built = buildCorpus([{ path: 'a/long.txt', bytes }, { path: 'a/short.txt', bytes: new TextEncoder().encode('西部地区生产总值达到26.9万亿元。') }], {}, [], undefined, { maxFileBytes: 100 });
    expect(built.files.find((f) => f.name === 'long.txt')).toMatchObject({ status: 'rejected', messages: [{ ruleId: 'input/too-large' }] });
    expect(built.files.find((f) => f.name === 'short.txt')!.status).toBe('built');

    const read = readInputs([join(dir, 'corpus')], { maxFileBytes: 5000 });
    const tooLarge = read.errors.filter((e) => e.ruleId === 'input/too-large').map((e) => e.path.split('/').pop());
    expect(tooLarge).toEqual(expect.arrayContaining(seedNames()));
    expect(read.inputs.every((i) => i.bytes.length <= 5000)).toBe(true);
    // A file that is not an article is not called too large: it is skipped as what it is.
    expect(read.inputs.some((i) => i.path.endsWith('notes.csv'))).toBe(true);
  });

  it('stop reading past an injected corpus limit, in name order, naming each file left out', () => {
    const sizes = seedNames().map((n) => readFileSync(join(SEEDS_FOLDER, n)).length);
    const limit = sizes[0]! + sizes[1]! + 10;
    const read = readInputs([SEEDS_FOLDER], { maxCorpusBytes: limit });
    expect(read.inputs.map((i) => i.path.split('/').pop())).toEqual(seedNames().slice(0, 2));
    const left = read.errors.filter((e) => e.ruleId === 'input/corpus-too-large');
    expect(left.map((e) => e.path.split('/').pop())).toEqual(seedNames().slice(2));
    expect(left[0]!.reason).toContain(String(limit));
    const built = buildCorpus(read.inputs, read.metadata, read.errors);
    expect(built.files.filter((f) => f.status === 'rejected').map((f) => f.name)).toEqual(seedNames().slice(2));
    expect(built.articles.length).toBeGreaterThan(0);
  });
});

describe('the folder reader', () => {
  it('reports a subfolder, a dangling link and an unreadable name instead of throwing', () => {
    const folder = join(dir, 'odd');
    mkdirSync(join(folder, 'sub'), { recursive: true });
    writeFileSync(join(folder, 'a.txt'), '# 标题\n\n西部地区生产总值达到26.9万亿元。\n');
    symlinkSync(join(folder, 'nowhere.txt'), join(folder, 'dangling.txt'));
    const read = readInputs([folder, join(dir, 'missing-folder')]);
    expect(read.inputs.map((i) => i.path.split('/').pop())).toEqual(['a.txt']);
    expect(read.errors.map((e) => [e.path.split('/').pop(), e.ruleId ?? 'input/unreadable'])).toEqual([
      ['dangling.txt', 'input/unreadable'],
      ['sub', 'input/folder'],
      ['missing-folder', 'input/unreadable'],
    ]);
    const built = buildCorpus(read.inputs, read.metadata, read.errors);
    expect(built.files.find((f) => f.name === 'sub')!.status).toBe('skipped');
    expect(built.files.find((f) => f.name === 'dangling.txt')!.status).toBe('rejected');
  });
});

describe('names and copies', () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);
  const page = (place: string) => `# ${place}动态\n\n${place}地区生产总值增长6.1%。\n`;

  it('never lets two files overwrite each other’s pages', () => {
    const built = buildCorpus([
      { path: 'a b.txt', bytes: utf8(page('四川')) },
      { path: 'a-b.txt', bytes: utf8(page('贵州')) },
      { path: 'a-b.md', bytes: utf8(page('云南')) },
      { path: 'a b.md', bytes: utf8(page('西藏')) },
    ]);
    const ids = built.articles.map((a) => a.id);
    expect(ids.length).toBe(4);
    expect(new Set(ids).size).toBe(4);
    expect(new Set(built.sources.map((s) => s.id)).size).toBe(4);
    expect(built.files.filter((f) => f.messages.some((m) => m.ruleId === 'input/renamed')).length).toBe(3);
  });

  it('reports the same article saved again with a BOM and CRLF line ends as a duplicate', () => {
    const text = page('甘肃');
    const built = buildCorpus([
      { path: 'a.txt', bytes: utf8(text) },
      { path: 'b.txt', bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text.replace(/\n/g, '\r\n'))]) },
    ]);
    expect(built.files.map((f) => f.status)).toEqual(['built', 'duplicate']);
    expect(built.articles.length).toBe(1);
  });
});
