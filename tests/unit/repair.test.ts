import { describe, expect, it } from 'vitest';
import { rawBlocks } from '../../src/pipeline/structure.ts';
import { assignRoles } from '../../src/pipeline/roles.ts';
import { repairBreaks, repeatedFragmentLength } from '../../src/pipeline/repair.ts';

const repair = (text: string) => repairBreaks(assignRoles(rawBlocks(text)));

describe('break repair', () => {
  it('joins a word split across a page break, blank lines in between', () => {
    const text = '据介绍，该公司今年外\n\n   \n\n贸进出口总额达10亿元。';
    const { blocks, repairs } = repair(text);
    expect(blocks.map((b) => b.run.text)).toEqual(['据介绍，该公司今年外贸进出口总额达10亿元。']);
    expect(repairs).toHaveLength(1);
    expect(repairs[0]!.kind).toBe('join');
    expect(repairs[0]!.before).toContain('今年外⏎贸进出口');
    expect(repairs[0]!.after).toContain('今年外贸进出口');
    // offsets still point at the source characters
    const b = blocks[0]!;
    const i = b.run.text.indexOf('贸');
    expect(text[b.run.offsets[i]!]).toBe('贸');
  });

  it('joins a sentence across a sidebar box and keeps the box after it', () => {
    const text = '他说，要加强区域合\n\n会议指出——\n\n- 要坚持创新。\n- 要坚持开放。\n\n作，推动共同发展。\n\n下一段。';
    const { blocks, repairs } = repair(text);
    expect(blocks.map((b) => [b.role, b.run.text])).toEqual([
      ['paragraph', '他说，要加强区域合作，推动共同发展。'],
      ['box-label', '会议指出——'],
      ['list-item', '要坚持创新。'],
      ['list-item', '要坚持开放。'],
      ['paragraph', '下一段。'],
    ]);
    expect(repairs[0]!.kind).toBe('join-across-box');
  });

  it('does not join a heading to the paragraph after it', () => {
    const { blocks } = repair('绿色发展底色\n\n林场巡护员开始一天的工作。');
    expect(blocks.map((b) => b.role)).toEqual(['heading', 'paragraph']);
  });

  it('does not join a numbered section heading, though a word runs across it (工作回顾 | 过去一年)', () => {
    const { blocks } = repair('一、2025年工作回顾\n\n过去一年，全省地区生产总值达到6.5万亿元。');
    expect(blocks.map((b) => [b.role, b.run.text])).toEqual([
      ['heading', '一、2025年工作回顾'],
      ['paragraph', '过去一年，全省地区生产总值达到6.5万亿元。'],
    ]);
  });

  it('joins a short unpunctuated line when a word runs across the break', () => {
    const { blocks } = repair('该公司今年外\n\n贸进出口总额达10亿元。');
    expect(blocks.map((b) => [b.role, b.run.text])).toEqual([['paragraph', '该公司今年外贸进出口总额达10亿元。']]);
  });

  it('brings a story’s continuation printed later in the file (下转第六版 … 上接第五版) back to where it broke off', () => {
    const text = [
      '宁夏枸杞产业', '', '枸杞出口到50多个国家和地区，', '（下转第六版）', '',
      '新疆中欧班列', '', '今年以来，班列达到2300列。', '',
      '（上接第五版）出口额达到2.1亿美元。', '', '另一段续文。', '',
      '青海盐湖', '', '正文。',
    ].join('\n');
    const { blocks, repairs } = repair(text);
    expect(blocks.map((b) => [b.role, b.run.text])).toEqual([
      ['heading', '宁夏枸杞产业'],
      ['paragraph', '枸杞出口到50多个国家和地区，出口额达到2.1亿美元。'],
      ['paragraph', '另一段续文。'],
      ['continuation', '（下转第六版）'],
      ['heading', '新疆中欧班列'],
      ['paragraph', '今年以来，班列达到2300列。'],
      ['heading', '青海盐湖'],
      ['paragraph', '正文。'],
    ]);
    expect(repairs.map((r) => r.ruleId)).toEqual(['break/jump', 'break/join']);
    expect(repairs[0]!.before).toContain('（上接第五版）');
    // Offsets still point at the source.
    const joined = blocks[1]!;
    expect(text[joined.run.offsets[joined.run.text.indexOf('出口额')]!]).toBe('出');
  });

  it('leaves a continuation whose start it cannot tell apart where it is, as a piece of its own', () => {
    const text = ['甲文', '', '正文一，', '（下转第六版）', '', '乙文', '', '正文二，', '（下转第七版）', '', '（上接第五版）续文。'].join('\n');
    const { blocks, repairs } = repair(text);
    expect(repairs.some((r) => r.ruleId === 'break/jump')).toBe(false);
    expect(blocks.map((b) => [b.role, b.run.text]).slice(-2)).toEqual([['continuation', '（上接第五版）'], ['paragraph', '续文。']]);
  });

  it('removes a fragment repeated on both sides of a break', () => {
    expect(repeatedFragmentLength('积极参与“丝绸之路”。', '“之路”。推动合作。')).toBe(5);
    expect(repeatedFragmentLength('积极参与“丝绸之路”。', '合作共赢。推动合作。')).toBe(0);
    const { blocks, repairs } = repair('积极参与“丝绸之路”。\n\n“之路”。推动合作。');
    expect(blocks.map((b) => b.run.text)).toEqual(['积极参与“丝绸之路”。', '推动合作。']);
    expect(repairs.map((r) => r.kind)).toEqual(['dedupe']);
  });
});
