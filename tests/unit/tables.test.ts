// A markdown table is one block, shown as written: its cells keep their source offsets, and its
// numbers are never read as sentences or figures (a cell has no words around it to say what it is).
import { describe, expect, it } from 'vitest';
import { rawBlocks } from '../../src/pipeline/structure.ts';
import { readDocument } from '../../src/pipeline/document.ts';
import { buildCorpus } from '../../src/pipeline/corpus.ts';
import { tableCells } from '../../src/pipeline/table-text.ts';

const ARTICLE = [
  '# 前三季度西部省份经济运行情况',
  '',
  '前三季度，西部地区经济总体平稳。',
  '',
  '| 省份 | 地区生产总值（亿元） | 同比增长 |',
  '| :--- | ---: | ---: |',
  '| 四川 | 45678.3 | 5.7% |',
  '| 陕西 | 25456.1 | 5.3% |',
  '',
  '前三季度四川货物贸易进出口总值7312.6亿元，同比增长3.2%。',
  '',
].join('\n');

describe('a markdown table', () => {
  it('is one block of cells, each character pointing at its source character', () => {
    const blocks = rawBlocks(ARTICLE);
    const tables = blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(1);
    const table = tables[0]!;
    expect(tableCells(table.run.text)).toEqual([
      ['省份', '地区生产总值（亿元）', '同比增长'],
      ['四川', '45678.3', '5.7%'],
      ['陕西', '25456.1', '5.3%'],
    ]);
    expect(table.align).toEqual(['left', 'right', 'right']);
    [...table.run.text].forEach((ch, i) => {
      if (ch !== '\t' && ch !== '\n') expect(ARTICLE[table.run.offsets[i]!]).toBe(ch);
    });
    // The paragraphs around it are their own blocks, not rows.
    expect(blocks.filter((b) => b.kind === 'paragraph').map((b) => b.run.text)).toEqual([
      '前三季度，西部地区经济总体平稳。',
      '前三季度四川货物贸易进出口总值7312.6亿元，同比增长3.2%。',
    ]);
  });

  it('gives no sentence, so its cells give no figure; the text around it does', () => {
    const [article] = readDocument({ stem: 't', text: ARTICLE }).articles;
    const tableIndex = article!.blocks.findIndex((b) => b.role === 'table');
    expect(tableIndex).toBeGreaterThan(0);
    expect(article!.sentences.some((s) => s.block === tableIndex)).toBe(false);
    const corpus = buildCorpus([{ path: 't.md', bytes: new TextEncoder().encode(ARTICLE) }]);
    expect(corpus.articles[0]!.figures.map((f) => f.surface)).toEqual(['7312.6亿元', '3.2%']);
  });

  it('is named in the build report with its line and the count of cells with numbers', () => {
    const corpus = buildCorpus([{ path: 't.md', bytes: new TextEncoder().encode(ARTICLE) }]);
    const notices = corpus.files[0]!.messages.filter((m) => m.ruleId === 'layout/table');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ severity: 'warning', line: 5 });
    expect(notices[0]!.reason).toContain('2 rows × 3 columns');
    expect(notices[0]!.reason).toContain('4 cells with numbers');
  });

  it('needs its delimiter row: lines with bars alone stay text, and the rest of GFM stays off', () => {
    const blocks = rawBlocks('| 四川 | 5.7% |\n\n~~删除~~ 见 www.example.com');
    expect(blocks.map((b) => [b.kind, b.run.text])).toEqual([
      ['paragraph', '| 四川 | 5.7% |'],
      ['paragraph', '~~删除~~ 见 www.example.com'],
    ]);
  });

  it('keeps a tab or an escaped bar inside a cell from splitting it', () => {
    const text = '| 项目 | 数值 |\n| --- | --- |\n| 进\\|出口 | 1\t2 |\n';
    const [table] = rawBlocks(text);
    expect(tableCells(table!.run.text)).toEqual([
      ['项目', '数值'],
      ['进|出口', '1 2'],
    ]);
  });
});
