import { describe, expect, it } from 'vitest';
import { dataPoints, indicatorSeries } from '../../src/pipeline/aggregate.ts';
import { formatAsWritten, formatPeriod, formatValue } from '../../src/pipeline/format.ts';
import fc from 'fast-check';
import { chartData, chartPayloadPoints, choiceFromQuery, choiceToQuery, defaultChoice, timePlaces } from '../../src/lib/chart-data.ts';
import { toCsv } from '../../src/lib/csv.ts';
import type { Figure } from '../../src/pipeline/types.ts';

let n = 0;
function fig(over: Partial<Figure>): Figure {
  n++;
  return {
    id: `f${n}`, surface: 'x', start: 0, end: 1, sentence: `句子${n}。`, sentenceIndex: 0, block: 0, from: 0, to: 1,
    value: 1, unit: 'CNY', unitWord: '元', measure: 'level', indicator: 'gdp', detail: null,
    region: '西部地区', regionSlug: 'western-china', period: '2023', approx: null, goal: false, direction: null, label: '', ...over,
  };
}
const article = (id: string, figures: Figure[]) => ({ id, title: `标题${id}`, published: { date: '2024-04-24' }, figures });

describe('data points', () => {
  it('make one point of one fact reported by several articles, listing all mentions', () => {
    const points = dataPoints([article('a', [fig({ value: 26.9e12 })]), article('b', [fig({ value: 26.9e12 })])]);
    expect(points).toHaveLength(1);
    expect(points[0]!.mentions.map((m) => m.article)).toEqual(['a', 'b']);
    expect(points[0]!.conflictsWith).toEqual([]);
  });

  it('count a decline as a negative change: a fall never matches, charts or reads as a rise', () => {
    const rise = fig({ value: 3.2, unit: 'percent', measure: 'change', indicator: 'trade', direction: 'up' });
    const fall = fig({ value: 3.2, unit: 'percent', measure: 'change', indicator: 'trade', direction: 'down' });
    const points = dataPoints([article('a', [rise]), article('b', [fall])]);
    expect(points.map((p) => p.value).sort()).toEqual([-3.2, 3.2]);
    expect(points.find((p) => p.value < 0)!.conflictsWith).toEqual([3.2]);
    const [series] = indicatorSeries(dataPoints([article('b', [fall])]));
    expect(series!.summary).toBe('进出口总额（变化）：1个地区的数据，西部地区-3.2%（2023年）');
  });

  it('make no second point of a bound its sentence then gives exactly (首次突破1万亿元，达到10457亿元)', () => {
    const bound = fig({ value: 1e12, approx: 'over', sentenceIndex: 3 });
    const exact = fig({ value: 1.0457e12, sentenceIndex: 3 });
    const points = dataPoints([article('a', [bound, exact])]);
    expect(points.map((p) => [p.value, p.conflictsWith])).toEqual([[1.0457e12, []]]);
    // In another sentence, or past the bound, it is a value of its own.
    const elsewhere = dataPoints([article('a', [bound, fig({ value: 1.0457e12, sentenceIndex: 4 })])]);
    expect(elsewhere.map((p) => p.value).sort((a, b) => a - b)).toEqual([1e12, 1.0457e12]);
    const below = dataPoints([article('a', [bound, fig({ value: 9e11, sentenceIndex: 3 })])]);
    expect(below.map((p) => p.value).sort((a, b) => a - b)).toEqual([9e11, 1e12]);
  });

  it('leave goals out: a goal in a series would read as the level reached', () => {
    const points = dataPoints([article('a', [fig({ value: 7e11, period: '2024' }), fig({ value: 8e11, period: '2027', goal: true })])]);
    expect(points.map((p) => p.value)).toEqual([7e11]);
  });

  it('leave ranges out: the low end of 增长6%—8% is not the growth', () => {
    const range = fig({ value: 6, unit: 'percent', measure: 'change', direction: 'up', surface: '6%—8%', range: { low: 6, high: 8 } });
    const points = dataPoints([article('a', [range, fig({ value: 5, unit: 'percent', measure: 'change', direction: 'up', period: '2022' })])]);
    expect(points.map((p) => p.value)).toEqual([5]);
  });

  it('write a unit the site has no word for as the text wrote it, and keep two such units apart', () => {
    const air = { indicator: 'pm25', unit: 'other' as const, region: '重庆', regionSlug: 'chongqing' };
    const points = dataPoints([article('a', [fig({ ...air, value: 28, unitWord: '微克/立方米' }), fig({ ...air, value: 28, unitWord: '天' })])]);
    // 28微克/立方米 and 28天 are two facts, not one reported twice.
    expect(points.map((p) => p.unitWord).sort()).toEqual(['天', '微克/立方米']);
    const [series] = indicatorSeries(dataPoints([article('a', [fig({ ...air, value: 28, unitWord: '微克/立方米' }), fig({ ...air, value: 42, unitWord: '微克/立方米', region: '西安', regionSlug: 'xian' })])]));
    expect(series!.summary).toBe('PM2.5平均浓度：2个地区的数据，西安42微克/立方米（2023年）、重庆28微克/立方米（2023年）');
    expect(chartData(series!, defaultChoice(series!)).axis).toBe('微克/立方米');
    // A unit of the site's own keeps its word (元), and no other unit borrows the text's.
    expect(dataPoints([article('b', [fig({ value: 5e11, unitWord: '亿元' })])])[0]!.unitWord).toBeNull();
  });

  it('show different values for the same key as a conflict, never averaged', () => {
    const points = dataPoints([article('a', [fig({ value: 13, unit: 'item', measure: 'count' })]), article('b', [fig({ value: 5, unit: 'item', measure: 'count' })])]);
    expect(points.map((p) => p.value).sort()).toEqual([13, 5].sort());
    expect(points.find((p) => p.value === 13)!.conflictsWith).toEqual([5]);
  });

  it('show no conflict between values of two articles that name no time or no place (not known to be the same), but within one', () => {
    const undated = { unit: 'item' as const, measure: 'count' as const, period: null };
    const two = dataPoints([article('a', [fig({ ...undated, value: 13 })]), article('b', [fig({ ...undated, value: 5 })])]);
    expect(two.map((p) => [p.value, p.conflictsWith])).toEqual([[5, []], [13, []]]);
    const one = dataPoints([article('a', [fig({ ...undated, value: 13 }), fig({ ...undated, value: 5 })])]);
    expect(one.find((p) => p.value === 13)!.conflictsWith).toEqual([5]);
    // Reported by both, a value conflicts with another of either article.
    const shared = dataPoints([article('a', [fig({ ...undated, value: 13 }), fig({ ...undated, value: 5 })]), article('b', [fig({ ...undated, value: 13 })])]);
    expect(shared.find((p) => p.value === 5)!.conflictsWith).toEqual([13]);
    // Nor do values of no named place.
    const placeless = { region: null, regionSlug: null };
    const unplaced = dataPoints([article('a', [fig({ ...placeless, value: 13 })]), article('b', [fig({ ...placeless, value: 5 })])]);
    expect(unplaced.map((p) => p.conflictsWith)).toEqual([[], []]);
  });

  it('take the body’s figure, not the headline’s rounding of it (前10月宁夏外贸增长两成 over 增长20.3%)', () => {
    const change = { unit: 'percent' as const, measure: 'change' as const, indicator: 'trade', direction: 'up' as const };
    const headline = fig({ ...change, value: 20, block: 0, surface: '两成' });
    const body = fig({ ...change, value: 20.3, block: 1, surface: '20.3%' });
    const blocks = [{ role: 'title' }, { role: 'paragraph' }];
    const points = dataPoints([{ ...article('a', [headline, body]), blocks }]);
    expect(points.map((p) => [p.value, p.conflictsWith])).toEqual([[20.3, []]]);
    // A headline's figure the body does not report is still a data point.
    const alone = dataPoints([{ ...article('b', [headline]), blocks }]);
    expect(alone.map((p) => p.value)).toEqual([20]);
  });

  it('leave unlabelled figures out of every series', () => {
    expect(dataPoints([article('a', [fig({ indicator: null })])])).toEqual([]);
  });
});

describe('indicator series', () => {
  const series = indicatorSeries(
    dataPoints([
      article('a', [
        fig({ value: 20.5e12, period: '2019' }),
        fig({ value: 26.9e12, period: '2023' }),
        fig({ value: 4.9, unit: 'percent', measure: 'cagr', period: '2019/2023' }),
        fig({ value: 6e12, period: '2023', region: '四川', regionSlug: 'sichuan' }),
      ]),
    ]),
  )[0]!;

  it('chart a time series where a place has several whole years, and summarise it', () => {
    expect(series.chart).toMatchObject({ kind: 'time', measure: 'level', unit: 'CNY', region: 'western-china' });
    expect(series.summary).toBe('西部地区地区生产总值 2019年20.5万亿元 → 2023年26.9万亿元，年均增长4.9%（按两端数值推算约为7%）');
  });

  it('keep both the stated and the implied growth rate', () => {
    expect(series.implied).toEqual([
      { region: '西部地区', from: { period: '2019', value: 20.5e12 }, to: { period: '2023', value: 26.9e12 }, implied: 7, stated: 4.9 },
    ]);
  });

  it('scale chart values for reading and keep the reader’s choice in a query string', () => {
    const data = chartData(series, defaultChoice(series));
    expect(data.axis).toBe('万亿元');
    expect(data.values).toEqual([20.5, 26.9]);
    const places = choiceFromQuery(series, new URLSearchParams('view=places&chart=line'));
    expect(places).toMatchObject({ kind: 'places', type: 'line' });
    expect(choiceToQuery(series, places)).toBe('?view=places&chart=line');
    expect(chartData(series, places).labels).toEqual(['西部地区（2023年）', '四川（2023年）']);
    expect(choiceFromQuery(series, new URLSearchParams('place=nowhere'))).toEqual(defaultChoice(series));
  });
});

describe('a chart of one quantity', () => {
  it('leaves out the kinds of an indicator (人均, percentage points) where the indicator itself has points', () => {
    const [series] = indicatorSeries(
      dataPoints([
        article('a', [
          fig({ value: 6.01e12, period: '2023', region: '四川', regionSlug: 'sichuan' }),
          fig({ value: 72000, period: '2023', region: '四川', regionSlug: 'sichuan', detail: '人均' }),
          fig({ value: 2.2e12, period: '2023', region: '成都', regionSlug: 'chengdu' }),
        ]),
      ]),
    );
    expect(series!.chart.detail).toBeNull();
    const data = chartData(series!, defaultChoice(series!));
    expect(data.values).toEqual([6.01, 2.2]);
    expect(series!.summary).not.toContain('7.2万元');
  });

  it('charts the most frequent kind, named, where every point has one', () => {
    const pp = (value: number, region: string, regionSlug: string) => fig({ value, unit: 'percent', measure: 'change', direction: 'up', detail: '百分点', region, regionSlug });
    const [series] = indicatorSeries(dataPoints([article('a', [pp(0.2, '四川', 'sichuan'), pp(0.5, '重庆', 'chongqing'), fig({ value: 3, unit: 'percent', measure: 'change', detail: '人均' })])]));
    expect(series!.chart).toMatchObject({ measure: 'change', detail: '百分点' });
    expect(chartData(series!, defaultChoice(series!))).toMatchObject({ title: '地区生产总值（百分点）', values: [0.5, 0.2] });
    expect(series!.summary).toMatch(/^地区生产总值（百分点，变化）：2个地区的数据/);
  });
});

describe('the chart script’s data', () => {
  const PLACES = [['西部地区', 'western-china'], ['四川', 'sichuan'], ['重庆', 'chongqing'], [null, null]] as const;
  const figure = fc.record({
    place: fc.constantFrom(...PLACES),
    period: fc.constantFrom('2021', '2022', '2023', '2024-Q1', null),
    value: fc.integer({ min: 1, max: 5 }),
    measure: fc.constantFrom('level' as const, 'change' as const),
  });

  it('draws every chart a reader can choose exactly as the whole series would', () => {
    fc.assert(
      fc.property(fc.array(figure, { minLength: 1, maxLength: 40 }), (drawn) => {
        const figures = drawn.map((d) => fig({ region: d.place[0], regionSlug: d.place[1], period: d.period, value: d.value * 1e11, measure: d.measure, ...(d.measure === 'change' ? { unit: 'percent' as const, value: d.value } : {}) }));
        for (const series of indicatorSeries(dataPoints([article('a', figures)]))) {
          const payload = { ...series, points: chartPayloadPoints(series) };
          expect(payload.points.length).toBeLessThanOrEqual(series.points.length);
          expect(timePlaces(payload)).toEqual(timePlaces(series));
          const choices = [{ kind: 'places' as const, region: null, type: 'bar' as const }, ...timePlaces(series).map((p) => ({ kind: 'time' as const, region: p.slug, type: 'line' as const }))];
          for (const choice of choices) expect(chartData(payload, choice)).toEqual(chartData(series, choice));
        }
      }),
    );
  });
});

describe('formatting and CSV', () => {
  it('write values and periods the way Chinese readers read them', () => {
    expect(formatValue(20.5e12, 'CNY')).toBe('20.5万亿元');
    expect(formatValue(960000, 'TEU')).toBe('96万标箱');
    expect(formatAsWritten(-3.2, 'percent', 'change')).toBe('下降3.2%');
    expect(formatAsWritten(-3.2, 'percent', 'level')).toBe('-3.2%');
    expect(formatPeriod('2024-Q1')).toBe('2024年一季度');
    expect(formatPeriod('2024-01-01/2024-04-09')).toBe('2024年1月1日至4月9日');
    expect(formatPeriod('2021-01-01/2025-09-15')).toBe('2021年1月1日至2025年9月15日');
    expect(formatPeriod('2025-01/2025-09')).toBe('2025年1—9月');
    expect(formatPeriod('2024-11/2025-02')).toBe('2024年11月—2025年2月');
    expect(formatPeriod('2024-03-05/2024-04-09')).toBe('2024年3月5日至4月9日');
  });

  it('quote CSV fields and start with a BOM', () => {
    expect(toCsv(['a', 'b'], [['x,y', '说“好”'], [1, null]])).toBe('\uFEFFa,b\r\n"x,y",说“好”\r\n1,\r\n');
    expect(toCsv(['a'], [['he said "hi"']])).toBe('\uFEFFa\r\n"he said ""hi"""\r\n');
  });
});
