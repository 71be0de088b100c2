// Formatting of values and periods for readers: no imports, so the browser's chart script can use it.
import type { Measure, Unit } from './types.ts';

/** The first and last year of a period (`2024-Q1` -> 2024, `2019/2023` -> 2019 and 2023). */
export function periodYears(period: string): { first: number; last: number } | null {
  const years = period.match(/\d{4}/g)?.map(Number);
  if (!years || years.length === 0) return null;
  return { first: years[0]!, last: years[years.length - 1]! };
}

/** Periods sort by their start, then by length. */
export function comparePeriods(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** Unit words for readers. */
export const UNIT_ZH: Record<Unit, string> = {
  CNY: '元', USD: '美元', TEU: '标箱', percent: '%', percentage_point: '个百分点', train: '列', ton: '吨', mu: '亩', person: '人', enterprise: '家', item: '个', km: '公里', other: '',
};

/**
 * A value in Chinese notation with its unit: 20500000000000 CNY -> 20.5万亿元, 1045720000000 ->
 * 10457.2亿元. `word` is the unit word to write, when the text's own says more than the unit's
 * (人次 is not 人, 千瓦时 is no unit of the site's).
 */
/** word: the unit as written, for a unit the site has no word of its own for (`other`: 天, 只, 微克/立方米). */
export function formatValue(value: number, unit: Unit, word?: string | null): string {
  // 三分之一 is 33.33%, not 33.333333333333336%: a value with more decimals than any text writes is rounded.
  if (unit === 'percent' || unit === 'percentage_point') return `${/\.\d{5}/.test(String(value)) ? Number(value.toFixed(2)) : value}${UNIT_ZH[unit]}`;
  word ??= UNIT_ZH[unit];
  const scales: [number, string][] = [
    [1e12, '万亿'],
    [1e8, '亿'],
    [1e4, '万'],
  ];
  // The largest scale that writes the value with at most two decimals, as newspapers do.
  for (const [scale, scaleWord] of scales) {
    const scaled = Number((value / scale).toPrecision(8));
    if (Math.abs(scaled) >= 1 && Number(scaled.toFixed(2)) === scaled) return `${scaled}${scaleWord}${word}`;
  }
  return `${Number(value.toPrecision(12))}${word}`;
}

/** Measures for readers. */
export const MEASURE_ZH: Record<Measure, string> = { level: '总量', change: '变化', cagr: '年均增长', share: '占比', count: '数量', rate: '比率', ratio: '比值', gap: '差距' };

/** A value the way a newspaper writes it: a negative change is a fall (−3.2 -> 下降3.2%). */
export function formatAsWritten(value: number, unit: Unit, measure: string, word?: string | null): string {
  return (measure === 'change' || measure === 'cagr') && value < 0 ? `下降${formatValue(-value, unit, word)}` : formatValue(value, unit, word);
}

/** 2024 -> 2024年, 2024-Q1 -> 2024年一季度, 2025-01/2025-09 -> 2025年1—9月, 2019/2023 -> 2019—2023年. */
export function formatPeriod(period: string | null): string {
  if (!period) return '时期未注明';
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  if (q) return `${q[1]}年${'一二三四'[Number(q[2]) - 1]}季度`;
  const h = /^(\d{4})-H([12])$/.exec(period);
  if (h) return `${h[1]}年${h[2] === '1' ? '上' : '下'}半年`;
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m) return `${m[1]}年${Number(m[2])}月`;
  const days = /^(\d{4})-(\d{2})-(\d{2})\/(\d{4})-(\d{2})-(\d{2})$/.exec(period);
  if (days) {
    const [, y1, m1, d1, y2, m2, d2] = days;
    return `${y1}年${Number(m1)}月${Number(d1)}日至${y2 === y1 ? '' : `${y2}年`}${Number(m2)}月${Number(d2)}日`;
  }
  const months = /^(\d{4})-(\d{2})\/(\d{4})-(\d{2})$/.exec(period);
  if (months) {
    const [, y1, m1, y2, m2] = months;
    return y1 === y2 ? `${y1}年${Number(m1)}—${Number(m2)}月` : `${y1}年${Number(m1)}月—${y2}年${Number(m2)}月`;
  }
  const span = /^(\d{4})\/(\d{4})$/.exec(period);
  if (span) return `${span[1]}—${span[2]}年`;
  return /^\d{4}$/.test(period) ? `${period}年` : period;
}

