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

  it('removes a fragment repeated on both sides of a break', () => {
    expect(repeatedFragmentLength('积极参与“丝绸之路”。', '“之路”。推动合作。')).toBe(5);
    expect(repeatedFragmentLength('积极参与“丝绸之路”。', '合作共赢。推动合作。')).toBe(0);
    const { blocks, repairs } = repair('积极参与“丝绸之路”。\n\n“之路”。推动合作。');
    expect(blocks.map((b) => b.run.text)).toEqual(['积极参与“丝绸之路”。', '推动合作。']);
    expect(repairs.map((r) => r.kind)).toEqual(['dedupe']);
  });
});
