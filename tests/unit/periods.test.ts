import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findDateCues, findPeriods, type DateCue, type PeriodMention } from '../../src/pipeline/periods.ts';
import type { CalendarDate } from '../../src/pipeline/types.ts';

const APR24: CalendarDate = { year: 2024, month: 4, day: 24 };
const MAR1_2025: CalendarDate = { year: 2025, month: 3, day: 1 };
const YEAR_ONLY: CalendarDate = { year: 2024 };

/** [surface, period, kind] of every mention. */
const brief = (text: string, pub: CalendarDate = APR24): [string, string, string][] =>
  findPeriods(text, pub).map((m) => [m.surface, m.period, m.kind]);
const only = (text: string, pub: CalendarDate = APR24): PeriodMention => {
  const ms = findPeriods(text, pub);
  expect(ms, text).toHaveLength(1);
  return ms[0]!;
};

describe('findPeriods: explicit years', () => {
  it('reads a year in Arabic, full-width and Chinese digits', () => {
    expect(brief('2024年，内蒙古完成任务')).toEqual([['2024年', '2024', 'year']]);
    expect(brief('２０２４年上半年')).toEqual([['２０２４年上半年', '2024-H1', 'half']]);
    expect(brief('二〇二四年')).toEqual([['二〇二四年', '2024', 'year']]);
    expect(brief('二零二三年')).toEqual([['二零二三年', '2023', 'year']]);
  });

  it('reads quarters, halves, months and spans after a year', () => {
    expect(only('2024年一季度').period).toBe('2024-Q1');
    expect(only('2023年第四季度').period).toBe('2023-Q4');
    expect(only('2024年Q2').period).toBe('2024-Q2');
    expect(only('2024年下半年').period).toBe('2024-H2');
    expect(only('2024年前三季度')).toMatchObject({ period: '2024-01/2024-09', kind: 'interval' });
    expect(only('2024年1-5月')).toMatchObject({ period: '2024-01/2024-05', kind: 'interval' });
    expect(only('2024年1至5月份').period).toBe('2024-01/2024-05');
    expect(only('2024年1—5月').period).toBe('2024-01/2024-05');
    expect(only('2019年5月')).toMatchObject({ period: '2019-05', kind: 'month', surface: '2019年5月' });
    expect(only('2024年3月28日')).toMatchObject({ period: '2024-03-28', kind: 'date' });
    expect(only('2024年底').period).toBe('2024');
  });

  it('keeps a future target year as a year mention', () => {
    expect(brief('已提前实现路线图中的2030年目标')).toEqual([['2030年', '2030', 'year']]);
  });

  it('does not read numbers that are not years', () => {
    expect(findPeriods('研发投入5000万元，1325吨，PM2.5，3.5年，G318', APR24)).toEqual([]);
    expect(findPeriods('5000年文明', APR24)).toEqual([]);
    expect(findPeriods('12024年', APR24)).toEqual([]);
  });
});

describe('findPeriods: intervals and bases', () => {
  it('returns the interval AND the two years of 从…增长至…', () => {
    const text = '西部地区生产总值从2019年的20.5万亿元增长至2023年的26.9万亿元，年均增长4.9%。';
    const ms = findPeriods(text, APR24);
    expect(ms.map((m) => [m.surface, m.period, m.kind, m.role ?? null])).toEqual([
      ['从2019年的20.5万亿元增长至2023年', '2019/2023', 'interval', null],
      ['2019年', '2019', 'year', 'from'],
      ['2023年', '2023', 'year', 'to'],
    ]);
    expect(text.slice(ms[1]!.start, ms[1]!.end)).toBe('2019年');
  });

  it('reads 由…增长到…, 2019年至2023年 and 2019—2023年', () => {
    expect(findPeriods('工业增加值由2019年的5.8万亿元增长到2023年的8.1万亿元', APR24)[0]).toMatchObject({ period: '2019/2023', kind: 'interval' });
    expect(brief('2019年至2023年')[0]).toEqual(['2019年至2023年', '2019/2023', 'interval']);
    expect(brief('2019—2023年')[0]).toEqual(['2019—2023年', '2019/2023', 'interval']);
  });

  it('does not pair years across sentences or backwards', () => {
    const ms = findPeriods('2023年，西部地区进出口总额达3.7万亿元，较2019年增长37%。', APR24);
    expect(ms.map((m) => m.kind)).toEqual(['year', 'year']);
    expect(findPeriods('从2019年开始。到2023年结束', APR24).some((m) => m.kind === 'interval')).toBe(false);
  });

  it('marks comparison bases', () => {
    const ms = findPeriods('汾渭平原2024年PM2.5平均浓度较2017年下降33.9%', APR24);
    expect(ms.map((m) => [m.period, m.base ?? false])).toEqual([['2024', false], ['2017', true]]);
    expect(only('比去年增长').base).toBe(true);
    expect(only('与2019年相比').base).toBe(true);
    expect(only('2019年相比').base).toBeUndefined();
  });

  it('reads 从2013年成立至今 as an interval to the publication year', () => {
    const ms = findPeriods('从2013年成立至今，主营业务已涵盖', { year: 2024, month: 10 });
    expect(ms[0]).toMatchObject({ surface: '从2013年成立至今', period: '2013/2024', kind: 'interval' });
  });

  it('reads 十四五 as its five years', () => {
    expect(only('“十四五”时期').period).toBe('2021/2025');
    expect(only('十三五规划').period).toBe('2016/2020');
  });
});

describe('findPeriods: relative expressions', () => {
  it('reads 上月 and 本月 as the month before publication and its own month', () => {
    expect(only('上月，全区工业增加值增长6.5%', MAR1_2025)).toMatchObject({ surface: '上月', period: '2025-02', kind: 'month', relative: true });
    expect(only('上个月', { year: 2025, month: 1, day: 9 }).period).toBe('2024-12');
    expect(only('本月', APR24).period).toBe('2024-04');
    expect(brief('马上月底', APR24).map((m) => m[0])).not.toContain('上月');
    expect(findPeriods('上月', YEAR_ONLY)).toEqual([]);
  });

  it('resolves 今年, 去年, 前年 against the publication year', () => {
    expect(only('今年').period).toBe('2024');
    expect(only('今年', MAR1_2025).period).toBe('2025');
    expect(only('去年', MAR1_2025)).toMatchObject({ period: '2024', kind: 'relative', relative: true });
    expect(only('去年').period).toBe('2023');
    expect(only('前年').period).toBe('2022');
  });

  it('does not read 今年/去年/前年 inside other words', () => {
    expect(findPeriods('如今年轻人', APR24)).toEqual([]);
    expect(findPeriods('过去年均增长', APR24)).toEqual([]);
    expect(findPeriods('目前年产值', APR24)).toEqual([]);
  });

  it('resolves quarters and halves to the publication year, even when not over', () => {
    expect(only('一季度').period).toBe('2024-Q1');
    expect(only('今年一季度')).toMatchObject({ period: '2024-Q1', kind: 'quarter', relative: true });
    expect(only('一季度', { year: 2024, month: 2, day: 1 }).period).toBe('2024-Q1');
    expect(only('第三季度').period).toBe('2024-Q3');
    expect(only('去年四季度').period).toBe('2023-Q4');
    expect(only('今年上半年').period).toBe('2024-H1');
    expect(only('上半年', MAR1_2025).period).toBe('2025-H1');
    expect(only('前三季度')).toMatchObject({ period: '2024-01/2024-09', kind: 'interval' });
    expect(findPeriods('四季如春', APR24)).toEqual([]);
  });

  it('puts a month after the publication month in the previous year', () => {
    expect(only('6月')).toMatchObject({ period: '2023-06', kind: 'month' });
    expect(only('6月', { year: 2024, month: 8 }).period).toBe('2024-06');
    expect(only('3月').period).toBe('2024-03');
    expect(only('6月', YEAR_ONLY).period).toBe('2024-06');
    expect(only('1-5月')).toMatchObject({ period: '2023-01/2023-05', kind: 'interval' });
    expect(only('1至3月').period).toBe('2024-01/2024-03');
    expect(only('今年1-4月').period).toBe('2024-01/2024-04');
    expect(only('今年前4个月').period).toBe('2024-01/2024-04');
    expect(findPeriods('8个月大的藏羚羊', APR24)).toEqual([]);
  });

  it('reads dates with the publication year', () => {
    expect(only('4月23日下午')).toMatchObject({ surface: '4月23日', period: '2024-04-23', kind: 'date' });
    expect(only('四月二十三日').period).toBe('2024-04-23');
    expect(only('12月28日', { year: 2025, month: 1, day: 5 }).period).toBe('2024-12-28');
    expect(only('23日下午', APR24)).toMatchObject({ surface: '23日', period: '2024-04-23', kind: 'date' });
    expect(findPeriods('23日下午', YEAR_ONLY)).toEqual([]);
    expect(findPeriods('连续5日，3日内', APR24)).toEqual([]);
  });

  it('reads year to date', () => {
    expect(only('今年以来')).toMatchObject({ period: '2024-01-01/2024-04-24', kind: 'ytd' });
    expect(only('今年以来', YEAR_ONLY).period).toBe('2024');
    expect(only('截至目前').period).toBe('2024-01-01/2024-04-24');
    expect(only('截至目前', MAR1_2025).period).toBe('2025-01-01/2025-03-01');
    expect(only('2024年以来').period).toBe('2024-01-01/2024-04-24');
    expect(only('自2019年以来')).toMatchObject({ period: '2019/2024', kind: 'interval' });
  });

  it('reads 截至 with the year in scope', () => {
    const ms = findPeriods('截至4月9日，霍尔果斯铁路口岸2024年已开行中欧班列2055列。', { year: 2025, month: 6, day: 1 });
    expect(ms[0]).toMatchObject({ surface: '截至4月9日', period: '2024-01-01/2024-04-09', kind: 'ytd' });
    expect(only('截至4月9日，已开行中欧班列2055列').period).toBe('2024-01-01/2024-04-09');
    expect(only('截至2024年4月9日').period).toBe('2024-01-01/2024-04-09');
    expect(only('截至2024年底，我国制造业产品质量合格率达到93.93%')).toMatchObject({ period: '2024', kind: 'year' });
    expect(only('截至6月底', { year: 2024, month: 9 }).period).toBe('2024-01-01/2024-06-30');
    expect(only('截至去年底').period).toBe('2023');
    const early = findPeriods('截至6月初公司今年外贸进出口总额', { year: 2024, month: 10 });
    expect(early[0]).toMatchObject({ period: '2024-01/2024-06', kind: 'ytd' });
  });

  it('reads the last N years as (Y-N)/(Y-1) and skips durations', () => {
    expect(only('过去5年')).toMatchObject({ period: '2019/2023', kind: 'interval' });
    expect(only('近五年').period).toBe('2019/2023');
    expect(only('五年来').period).toBe('2019/2023');
    expect(only('作出部署5年来').period).toBe('2019/2023');
    expect(only('过去5年', MAR1_2025).period).toBe('2020/2024');
    expect(only('过去十年间').period).toBe('2014/2023');
    expect(only('过去一年')).toMatchObject({ period: '2023', kind: 'relative' });
    expect(findPeriods('连续7年实现增长', APR24)).toEqual([]);
    expect(findPeriods('近年来，接近5年', APR24)).toEqual([]);
  });
});

describe('findPeriods: robustness', () => {
  const check = (text: string, pub: CalendarDate): void => {
    const ms = findPeriods(text, pub);
    let prev: PeriodMention | undefined;
    for (const m of ms) {
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeGreaterThan(m.start);
      expect(m.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(m.start, m.end)).toBe(m.surface);
      expect(m.period).toMatch(/^\d{4}(?:-(?:Q[1-4]|H[12]|\d{2}(?:-\d{2})?))?(?:\/\d{4}(?:-\d{2}(?:-\d{2})?|-Q[1-4])?)?$/);
      if (prev) expect(prev.start < m.start || (prev.start === m.start && prev.end >= m.end)).toBe(true);
      prev = m;
    }
  };
  const pubArb = fc.record(
    {
      year: fc.oneof(fc.integer({ min: 1990, max: 2100 }), fc.constantFrom(Number.NaN, -1, 0, 1.5)),
      month: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: -2, max: 14 })),
      day: fc.integer({ min: -1, max: 32 }),
    },
    { requiredKeys: ['year'] },
  );

  it('never throws and returns ordered in-bounds mentions on random strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), pubArb, check), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), pubArb, check), { numRuns: 300 });
  });

  it('never throws on strings made of time words and their fragments', () => {
    const pieces = ['2024', '年', '二〇二四', '今', '去', '前', '三', '季度', '上半年', '1', '-', '5', '月', '日', '截至', '从', '至', '到', '的', '过去', '来', '以来', '较', '十四五', '，', '。', 'Q', '个', '底', '\uDC00', '😀'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join('')), pubArb, check), { numRuns: 600 });
  });

  it('survives bad publication dates', () => {
    expect(findPeriods('今年以来', null as unknown as CalendarDate)).toEqual([]);
    expect(brief('2024年', { year: Number.NaN })).toEqual([['2024年', '2024', 'year']]);
    expect(findPeriods(undefined as unknown as string, APR24)).toEqual([]);
  });

  it('handles 5 MB inputs in linear time', () => {
    const unit = '截至4月9日，霍尔果斯铁路口岸2024年已开行中欧班列2055列；从2019年的20.5万亿元增长至2023年的26.9万亿元，过去5年，今年一季度。';
    const text = unit.repeat(Math.ceil(5_000_000 / unit.length));
    const t = performance.now();
    const ms = findPeriods(text, APR24);
    expect(ms.length).toBeGreaterThan(100_000);
    expect(performance.now() - t).toBeLessThan(10_000);
    const t2 = performance.now();
    findPeriods('截至4月'.repeat(1_000_000), APR24);
    expect(performance.now() - t2).toBeLessThan(10_000);
   }, 60_000);
});

describe('findDateCues', () => {
  const kinds = (text: string): [string, DateCue['kind'], number | undefined, number | undefined, number | undefined][] =>
    findDateCues(text).map((c) => [c.surface, c.kind, c.year, c.month, c.day]);

  it('reads datelines with the agency and place', () => {
    expect(kinds('（新华社北京4月24日电 新华社记者）')).toEqual([['新华社北京4月24日电', 'dateline', undefined, 4, 24]]);
    expect(kinds('本报重庆3月5日讯')).toEqual([['本报重庆3月5日讯', 'dateline', undefined, 3, 5]]);
    expect(kinds('新华社北京2024年4月24日电')[0]).toEqual(['新华社北京2024年4月24日电', 'dateline', 2024, 4, 24]);
  });

  it('reads full dates, month-days and days', () => {
    expect(kinds('2024年3月28日，首趟中亚班列')).toEqual([['2024年3月28日', 'full_date', 2024, 3, 28]]);
    expect(kinds('发布时间：2024-04-24 08:30')).toEqual([['2024-04-24', 'full_date', 2024, 4, 24]]);
    expect(kinds('9月24日下午，中国首列跨境旅游列车')).toEqual([['9月24日下午', 'month_day', undefined, 9, 24]]);
    expect(kinds('四月二十三日，长安汽车')).toEqual([['四月二十三日', 'month_day', undefined, 4, 23]]);
    expect(kinds('习近平23日下午在重庆主持召开')).toEqual([['23日下午', 'day_only', undefined, undefined, 23]]);
    expect(kinds('2月30日')).toEqual([]);
    expect(kinds('连续5日，3日内')).toEqual([]);
  });

  it('reads data years but not bases, dates or bare years', () => {
    expect(kinds('2023年，西部地区进出口总额达3.7万亿元，较2019年增长37%。')).toEqual([['2023年', 'data_year', 2023, undefined, undefined]]);
    expect(kinds('2030年目标')).toEqual([]);
    expect(kinds('2019年5月中共中央印发')).toEqual([]);
  });

  it('reads anniversaries with their year', () => {
    expect(kinds('为中华人民共和国成立75周年献礼')).toEqual([['中华人民共和国成立75周年', 'anniversary', 1949 + 75, undefined, undefined]]);
    expect(kinds('西部大开发25周年')[0]?.[2]).toBe(2024);
    expect(kinds('庆祝建党一百周年')[0]?.[2]).toBe(2021);
    expect(kinds('公司成立30周年')).toEqual([['30周年', 'anniversary', undefined, undefined, undefined]]);
  });

  const checkCues = (text: string): void => {
    let last = 0;
    for (const c of findDateCues(text)) {
      expect(c.start).toBeGreaterThanOrEqual(last);
      expect(c.end).toBeGreaterThan(c.start);
      expect(c.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(c.start, c.end)).toBe(c.surface);
      if (c.month !== undefined) expect(c.month >= 1 && c.month <= 12).toBe(true);
      if (c.day !== undefined) expect(c.day >= 1 && c.day <= 31).toBe(true);
      last = c.end;
    }
  };

  it('never throws and returns ordered, non-overlapping cues on random strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), checkCues), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), checkCues), { numRuns: 300 });
    const pieces = ['新华社', '北京', '2024', '年', '4', '月', '24', '日', '电', '下午', '成立', '75', '周年', '四', '二十三', '，', '达', '万元', '-'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join('')), checkCues), { numRuns: 600 });
    expect(findDateCues(null as unknown as string)).toEqual([]);
  });

  it('handles 5 MB inputs in linear time', () => {
    for (const unit of ['中华人民共和国成立75周年', '2024年', '新华社北京4月24日电']) {
      const t = performance.now();
      findDateCues(unit.repeat(Math.ceil(5_000_000 / unit.length)));
      expect(performance.now() - t, unit).toBeLessThan(10_000);
    }
   }, 60_000);
});
