import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isMeasureWord, unitAt } from '../../src/pipeline/units.ts';
import { findNumbers } from '../../src/pipeline/numbers.ts';

/** The unit after the only number of `text`, with the value in base units. */
function figure(text: string): { word: string; unit: string; value: number } | null {
  const [number] = findNumbers(text);
  if (!number) return null;
  const unit = unitAt(text, number.end);
  if (!unit) return null;
  return { word: unit.word, unit: unit.unit, value: number.value * unit.multiplier };
}

describe('unitAt', () => {
  it('normalises the unit words of the articles to base units', () => {
    const cases: [string, string, string, number][] = [
      ['进出口总额达3.7万亿元，', '元', 'CNY', 3_700_000_000_000],
      ['服务进出口总额达到7.5万亿元人民币', '元人民币', 'CNY', 7_500_000_000_000],
      ['贸易额5000亿人民币', '人民币', 'CNY', 500_000_000_000],
      ['突破万亿美元', '美元', 'USD', 1_000_000_000_000],
      ['运输货物达96万标箱', '标箱', 'TEU', 960_000],
      ['集装箱吞吐量10万标准箱', '标准箱', 'TEU', 100_000],
      ['发送5000TEU', 'TEU', 'TEU', 5000],
      ['开行中欧班列2055列。', '列', 'train', 2055],
      ['开行西部陆海新通道班列超700班次', '班次', 'train', 700],
      ['首趟满载1325吨', '吨', 'ton', 1325],
      ['退耕还林还草超过3.2亿亩', '亩', 'mu', 320_000_000],
      ['造林100公顷', '公顷', 'mu', 1500],
      ['3.1万名牧民', '名', 'person', 31_000],
      ['接待游客2.5亿人次', '人次', 'person', 250_000_000],
      ['已有11家相关企业', '家', 'enterprise', 11],
      ['市场主体20万户', '户', 'enterprise', 200_000],
      ['外贸主体队伍3项指标', '项', 'item', 3],
      ['10栋标准化厂房', '栋', 'item', 10],
      ['铁路里程5.6万公里', '公里', 'km', 56_000],
      ['平均海拔超过4600米', '米', 'other', 4600],
      ['完成4英寸半极性氮化镓', '英寸', 'other', 4],
    ];
    for (const [text, word, unit, value] of cases) {
      expect(figure(text), text).toEqual({ word, unit, value });
    }
  });

  it('takes the longest word', () => {
    expect(unitAt('8个月大', 1)).toMatchObject({ word: '个月', unit: 'other' });
    expect(unitAt('5个项目', 1)).toMatchObject({ word: '个', unit: 'item' });
    expect(unitAt('10平方公里', 2)).toMatchObject({ word: '平方公里', unit: 'other' });
    expect(unitAt('每千瓦700瓦', 1)).toMatchObject({ word: '千瓦', unit: 'other' });
    expect(unitAt('1200万千瓦时', 5)).toMatchObject({ word: '千瓦时', unit: 'other' });
    expect(unitAt('2万吨', 1)).toMatchObject({ word: '万吨', unit: 'ton', multiplier: 10_000 });
  });

  it('reads a rate as a whole, unit other', () => {
    expect(unitAt('价格3000元/吨', 6)).toEqual({ start: 6, end: 9, word: '元/吨', unit: 'other', multiplier: 1 });
    expect(unitAt('租金50元／平方米', 4)).toMatchObject({ word: '元／平方米', unit: 'other' });
    expect(unitAt('50元/', 2)).toMatchObject({ word: '元', unit: 'CNY' });
  });

  it('matches Latin units without case and only as whole words', () => {
    expect(unitAt('5000teu', 4)).toMatchObject({ word: 'TEU', unit: 'TEU', end: 7 });
    expect(unitAt('30km', 2)).toMatchObject({ unit: 'km' });
    expect(unitAt('30kms', 2)).toBeNull();
    expect(unitAt('400G', 3)).toBeNull();
  });

  it('starts exactly at the offset and returns null elsewhere', () => {
    expect(unitAt('3 元', 1)).toBeNull();
    expect(unitAt('增长', 0)).toBeNull();
    expect(unitAt('元', 1)).toBeNull();
    expect(unitAt('元', -1)).toBeNull();
    expect(unitAt('元', 0.5)).toBeNull();
    expect(unitAt('', 0)).toBeNull();
  });
});

describe('isMeasureWord', () => {
  it('licenses counting words and units, not dates or other characters', () => {
    for (const ch of ['个', '家', '项', '名', '位', '列', '亩', '吨', '元', '年', '天', '周', '倍', '成']) expect(isMeasureWord(ch), ch).toBe(true);
    for (const ch of ['月', '日', '号', '大', '北', '带', '路', '里', '', '个家', 'a']) expect(isMeasureWord(ch), ch).toBe(false);
  });
});

describe('properties', () => {
  function checkUnits(text: string): void {
    for (let at = -1; at <= text.length; at++) {
      const unit = unitAt(text, at);
      if (!unit) continue;
      expect(unit.start).toBe(at);
      expect(unit.end).toBeGreaterThan(unit.start);
      expect(unit.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(unit.start, unit.end).toLowerCase()).toBe(unit.word.toLowerCase());
      expect(Number.isFinite(unit.multiplier) && unit.multiplier > 0).toBe(true);
    }
  }

  it('never throws and stays within bounds on any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), checkUnits), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), checkUnits), { numRuns: 300 });
    const unitish = [...'元人民币美标箱准列班次趟吨万亩公顷里米千瓦时个月平方/／TEUkm名家户项'];
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...unitish), maxLength: 20 }), checkUnits), { numRuns: 1000 });
  });
});
