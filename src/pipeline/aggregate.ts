// Stage: figures of all articles -> data points per indicator and per place.
// One fact reported by several articles is one point listing every mention; different values for
// the same indicator, place, period and measure are a conflict, shown side by side, never averaged.
// Where a text states an average growth rate and its levels imply another, both are kept.
import { indicatorBySlug } from './indicators.ts';
import { regionBySlug } from './regions.ts';
import type { Approx, Figure, Measure, Unit } from './types.ts';
import { comparePeriods, formatPeriod, formatValue, MEASURE_ZH, periodYears } from './format.ts';
import { isOfQuantity, type ChartedQuantity } from './quantity.ts';

export interface Mention {
  article: string;
  articleTitle: string;
  date: string | null;
  figure: string;
  surface: string;
  sentence: string;
  value: number;
}

export interface DataPoint {
  /** Stable key: indicator, place, period, measure, unit, detail. */
  key: string;
  indicator: string | null;
  region: string | null;
  regionSlug: string | null;
  period: string | null;
  measure: Measure;
  unit: Unit;
  /** For a unit the site has no word of its own for (`other`), the word as written (天, 只, 微克/立方米); else null. */
  unitWord: string | null;
  detail: string | null;
  value: number;
  approx: Approx | null;
  mentions: Mention[];
  /** Other values reported for the same key (a conflict), if any. */
  conflictsWith: number[];
}

export interface ImpliedGrowth {
  region: string | null;
  from: { period: string; value: number };
  to: { period: string; value: number };
  /** Average yearly growth the two levels imply, in percent. */
  implied: number;
  /** The rate the text states for the same interval, in percent. */
  stated: number;
}

export interface IndicatorSeries {
  id: string;
  slug: string;
  zh: string;
  en: string;
  headline: boolean;
  theme: string | null;
  points: DataPoint[];
  /** The measure, unit and detail charted: the levels if any, else the most frequent; the points
   * without a detail (the indicator itself) if any, else its most frequent kind (人均, 货物贸易…). */
  chart: ChartedQuantity & { kind: 'time' | 'places'; region: string | null };
  implied: ImpliedGrowth[];
  summary: string;
  regions: { slug: string; name: string }[];
  articles: string[];
}

export interface RegionSummary {
  id: string;
  slug: string;
  name: string;
  en: string;
  kind: string;
  points: DataPoint[];
  indicators: string[];
  articles: string[];
}

export interface FigureSource {
  id: string;
  title: string;
  published: { date: string | null };
  figures: readonly Figure[];
  /** The article's blocks, where its figures sit (a headline's figures restate the body's). */
  blocks?: readonly { role: string }[];
}

const SAME_VALUE = 0.005;
const same = (a: number, b: number) => a === b || Math.abs(a - b) <= SAME_VALUE * Math.max(Math.abs(a), Math.abs(b));

/** The word a data point keeps of a figure's unit: only where the unit has none of its own (75天, 28微克/立方米). */
export const pointUnitWord = (f: Pick<Figure, 'unit' | 'unitWord'>): string | null => (f.unit === 'other' ? f.unitWord : null);

export function pointKey(f: Pick<Figure, 'indicator' | 'regionSlug' | 'region' | 'period' | 'measure' | 'unit' | 'unitWord' | 'detail'>): string {
  // 75天 and 7万只 are both of unit `other`: the word keeps them apart.
  const unit = f.unit === 'other' ? `other:${f.unitWord}` : f.unit;
  return [f.indicator ?? '-', f.regionSlug ?? f.region ?? '-', f.period ?? '-', f.measure, unit, f.detail ?? '-'].join('|');
}

/** The exact value is what the approximate figure says it is near (超过 X: at least X; 近 X: a little under; 约 X: within a tenth). */
function within(f: Pick<Figure, 'approx' | 'value'>, exact: number): boolean {
  const bound = Math.abs(f.value);
  const value = Math.abs(exact);
  switch (f.approx) {
    case 'over':
      return value >= bound;
    case 'under':
      return value <= bound;
    case 'nearly':
      return value <= bound && value >= bound * 0.8;
    case 'about':
      return Math.abs(value - bound) <= bound * 0.1;
    default:
      return false;
  }
}

/** Every labelled figure of the corpus that reports a statistic, as data points: one per distinct value of a key. */
export function dataPoints(articles: readonly FigureSource[]): DataPoint[] {
  const byKey = new Map<string, DataPoint[]>();
  for (const article of articles) {
    const headline = (f: Figure): boolean => article.blocks?.[f.block]?.role === 'title';
    const keys = article.figures.map(pointKey);
    const reported = new Set(keys.filter((_, i) => !headline(article.figures[i]!)));
    article.figures.forEach((f, i) => {
      const key = keys[i]!;
      // A goal is no data point: in a series it would read as the level reached. Nor is a range
      // (增长6%—8%): its low end charted would read as the value.
      if (!f.indicator || f.goal || f.range) return;
      // A headline restates, often rounded, what the body reports (前10月宁夏外贸增长两成 over
      // 增长20.3%): the body's figure is the data point.
      if (headline(f) && reported.has(key)) return;
      // 首次突破1万亿元，达到10457亿元: a bound the sentence then gives the exact value of is that
      // value rounded, not a second value (a conflict with itself).
      if (f.approx && article.figures.some((g, j) => j !== i && keys[j] === key && !g.approx && g.sentenceIndex === f.sentenceIndex && within(f, g.value))) return;
      // A decline is a negative change: 下降33.9% must not chart, sum up or match as a rise.
      const value = f.direction === 'down' ? -f.value : f.value;
      const mention: Mention = {
        article: article.id,
        articleTitle: article.title,
        date: article.published.date,
        figure: f.id,
        surface: f.surface,
        sentence: f.sentence,
        value,
      };
      const points = byKey.get(key) ?? [];
      const match = points.find((p) => same(p.value, value));
      if (match) {
        if (!match.mentions.some((m) => m.article === mention.article && m.figure === mention.figure)) match.mentions.push(mention);
      } else {
        points.push({
          key,
          indicator: f.indicator,
          region: f.region,
          regionSlug: f.regionSlug,
          period: f.period,
          measure: f.measure,
          unit: f.unit,
          unitWord: pointUnitWord(f),
          detail: f.detail,
          value,
          approx: f.approx,
          mentions: [mention],
          conflictsWith: [],
        });
      }
      byKey.set(key, points);
    });
  }
  const all: DataPoint[] = [];
  for (const points of byKey.values()) {
    // Values of two articles that name no time, or no place, may be of two times or places: they
    // conflict only where one article gives both.
    const known = (p: DataPoint): boolean => p.period !== null && (p.regionSlug ?? p.region) !== null;
    const conflicting = (p: DataPoint, q: DataPoint): boolean => known(p) || p.mentions.some((m) => q.mentions.some((n) => n.article === m.article));
    for (const p of points) p.conflictsWith = points.filter((q) => q !== p && conflicting(p, q)).map((q) => q.value);
    all.push(...points);
  }
  return all.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.value - b.value));
}

function impliedGrowth(points: readonly DataPoint[]): ImpliedGrowth[] {
  const out: ImpliedGrowth[] = [];
  for (const rate of points.filter((p) => p.measure === 'cagr' && p.period?.includes('/'))) {
    const years = periodYears(rate.period!);
    if (!years || years.last <= years.first) continue;
    const level = (year: number) =>
      points.find((p) => p.measure === 'level' && p.regionSlug === rate.regionSlug && p.detail === rate.detail && p.period === String(year) && p.conflictsWith.length === 0);
    const a = level(years.first);
    const b = level(years.last);
    if (!a || !b || a.value <= 0) continue;
    const implied = (Math.pow(b.value / a.value, 1 / (years.last - years.first)) - 1) * 100;
    out.push({
      region: rate.region,
      from: { period: a.period!, value: a.value },
      to: { period: b.period!, value: b.value },
      implied: Math.round(implied * 10) / 10,
      stated: rate.value,
    });
  }
  return out;
}

/** Measures a summary names, as a chart of them is not of the quantity itself: PM2.5平均浓度（变化） is not a concentration. */
const NAMED_MEASURES = new Set<Measure>(['change', 'cagr', 'share']);

function summarise(indicatorZh: string, points: readonly DataPoint[], chart: IndicatorSeries['chart'], implied: readonly ImpliedGrowth[]): string {
  const qualifiers = [chart.detail, NAMED_MEASURES.has(chart.measure) ? MEASURE_ZH[chart.measure] : null].filter(Boolean);
  const zh = qualifiers.length ? `${indicatorZh}（${qualifiers.join('，')}）` : indicatorZh;
  const charted = points.filter((p) => isOfQuantity(p, chart));
  if (chart.kind === 'time') {
    const series = charted.filter((p) => (p.regionSlug ?? p.region ?? '-') === chart.region && p.period && /^\d{4}$/.test(p.period));
    const region = series[0]?.region ?? '';
    const sorted = [...series].sort((a, b) => comparePeriods(a.period, b.period));
    const first = sorted[0];
    const last = sorted[sorted.length - 1];
    if (!first || !last) return `${region}${zh}：${charted.length}个数据点`;
    let text = `${region}${zh} ${formatPeriod(first.period)}${formatValue(first.value, first.unit, first.unitWord)}`;
    if (last !== first) text += ` → ${formatPeriod(last.period)}${formatValue(last.value, last.unit, last.unitWord)}`;
    const rate = points.find((p) => p.measure === 'cagr' && p.regionSlug === first.regionSlug && p.detail === chart.detail);
    if (rate) text += `，年均增长${rate.value}%`;
    const imp = implied.find((i) => i.region === first.region);
    if (imp) text += `（按两端数值推算约为${imp.implied}%）`;
    return text;
  }
  const top = [...charted].sort((a, b) => b.value - a.value).slice(0, 3);
  return `${zh}：${charted.length}个地区的数据，${top.map((p) => `${p.region ?? '未注明地区'}${formatValue(p.value, p.unit, p.unitWord)}（${formatPeriod(p.period)}）`).join('、')}`;
}

export function indicatorSeries(points: readonly DataPoint[]): IndicatorSeries[] {
  const bySlug = new Map<string, DataPoint[]>();
  for (const p of points) if (p.indicator) bySlug.set(p.indicator, [...(bySlug.get(p.indicator) ?? []), p]);
  const series: IndicatorSeries[] = [];
  for (const [slug, pts] of [...bySlug].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const info = indicatorBySlug(slug);
    if (!info) continue;
    const levels = pts.filter((p) => p.measure === 'level' || p.measure === 'count' || p.measure === 'rate');
    const pool = levels.length ? levels : pts;
    const counts = new Map<string, number>();
    const quantityOf = (p: DataPoint): string => JSON.stringify([p.measure, p.unit, p.unitWord]);
    for (const p of pool) counts.set(quantityOf(p), (counts.get(quantityOf(p)) ?? 0) + 1);
    const top = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    const [measure, unit, unitWord] = JSON.parse(top) as [Measure, Unit, string | null];
    // 人均地区生产总值 or a change in percentage points is another quantity than the total: one chart, one quantity.
    const details = new Map<string | null, number>();
    for (const p of pts) if (quantityOf(p) === top) details.set(p.detail, (details.get(p.detail) ?? 0) + 1);
    const detail = details.has(null) ? null : [...details].sort((a, b) => b[1] - a[1] || (a[0]! < b[0]! ? -1 : 1))[0]![0];
    const quantity: ChartedQuantity = { measure, unit, unitWord, detail };
    const charted = pts.filter((p) => isOfQuantity(p, quantity));
    // A time series where one place has figures for several whole years; else a comparison across places.
    const years = new Map<string, Set<string>>();
    for (const p of charted) {
      if (!p.period || !/^\d{4}$/.test(p.period)) continue;
      const place = p.regionSlug ?? p.region ?? '-';
      years.set(place, (years.get(place) ?? new Set()).add(p.period));
    }
    const best = [...years].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1))[0];
    const kind: 'time' | 'places' = best && best[1].size > 1 ? 'time' : 'places';
    const chart = { ...quantity, kind, region: kind === 'time' ? best![0] : null };
    const implied = impliedGrowth(pts);
    const regions = new Map<string, string>();
    for (const p of pts) if (p.regionSlug && p.region) regions.set(p.regionSlug, p.region);
    series.push({
      id: slug,
      slug,
      zh: info.zh,
      en: info.en,
      headline: info.headline,
      theme: info.theme,
      points: pts,
      chart,
      implied,
      summary: summarise(info.zh, pts, chart, implied),
      regions: [...regions].map(([s, name]) => ({ slug: s, name })).sort((a, b) => (a.slug < b.slug ? -1 : 1)),
      articles: [...new Set(pts.flatMap((p) => p.mentions.map((m) => m.article)))].sort(),
    });
  }
  return series;
}

export function regionSummaries(points: readonly DataPoint[]): RegionSummary[] {
  const bySlug = new Map<string, DataPoint[]>();
  for (const p of points) {
    if (!p.regionSlug) continue;
    const list = bySlug.get(p.regionSlug);
    if (list) list.push(p);
    else bySlug.set(p.regionSlug, [p]);
  }
  return [...bySlug]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([slug, pts]) => {
      const entry = regionBySlug(slug);
      return {
        id: slug,
        slug,
        name: entry?.name ?? pts[0]!.region ?? slug,
        en: entry?.en ?? slug,
        kind: entry?.kind ?? 'area',
        points: pts,
        indicators: [...new Set(pts.map((p) => p.indicator!).filter(Boolean))].sort(),
        articles: [...new Set(pts.flatMap((p) => p.mentions.map((m) => m.article)))].sort(),
      };
    });
}
