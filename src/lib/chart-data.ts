// What an indicator chart shows, from an indicator's data points and the reader's choices.
// Shared by the build-time SVG/PNG, the page's data table and the browser's chart.js script.
import type { DataPoint, IndicatorSeries } from '../pipeline/aggregate.ts';
import { isOfQuantity } from '../pipeline/quantity.ts';
import { comparePeriods, formatPeriod, UNIT_ZH } from '../pipeline/format.ts';
import type { Unit } from '../pipeline/types.ts';

export type ChartKind = 'time' | 'places';

export interface ChartChoice {
  kind: ChartKind;
  /** Place of a time series (a region slug, or '-' for figures without a place). */
  region: string | null;
  type: 'line' | 'bar';
}

export interface ChartData {
  title: string;
  /** The unit of the axis, scaled for reading: 万亿元, 亿元, 万标箱, %… */
  axis: string;
  scale: number;
  labels: string[];
  values: number[];
  points: DataPoint[];
}


/** unitWord: the unit as written, for a unit the site has no word of its own for (`other`). */
export function displayScale(unit: Unit, max: number, unitWord: string | null = null): { scale: number; axis: string } {
  const word = unitWord ?? UNIT_ZH[unit];
  if (unit === 'percent' || unit === 'percentage_point') return { scale: 1, axis: word };
  for (const [scale, prefix] of [[1e12, '万亿'], [1e8, '亿'], [1e4, '万']] as const) {
    if (max >= scale) return { scale, axis: `${prefix}${word}` };
  }
  return { scale: 1, axis: word };
}

export const placeOf = (p: Pick<DataPoint, 'regionSlug' | 'region'>): string => p.regionSlug ?? p.region ?? '-';

export function chartedPoints(series: IndicatorSeries): DataPoint[] {
  return series.points.filter((p) => isOfQuantity(p, series.chart));
}

/** Places that have whole-year figures for several years: the choices of a time series. */
export function timePlaces(series: IndicatorSeries): { slug: string; name: string }[] {
  const years = new Map<string, { name: string; periods: Set<string> }>();
  for (const p of chartedPoints(series)) {
    if (!p.period || !/^\d{4}$/.test(p.period)) continue;
    const entry = years.get(placeOf(p)) ?? { name: p.region ?? '未注明地区', periods: new Set() };
    entry.periods.add(p.period);
    years.set(placeOf(p), entry);
  }
  return [...years].filter(([, v]) => v.periods.size > 1).map(([slug, v]) => ({ slug, name: v.name }));
}

const defaultType = (kind: ChartKind): ChartChoice['type'] => (kind === 'time' ? 'line' : 'bar');

export function defaultChoice(series: IndicatorSeries): ChartChoice {
  return { kind: series.chart.kind, region: series.chart.region, type: defaultType(series.chart.kind) };
}

export function chartData(series: IndicatorSeries, choice: ChartChoice): ChartData {
  const charted = chartedPoints(series);
  let points: DataPoint[];
  let labels: string[];
  if (choice.kind === 'time' && choice.region !== null) {
    points = charted
      .filter((p) => placeOf(p) === choice.region && p.period && /^\d{4}$/.test(p.period))
      .sort((a, b) => comparePeriods(a.period, b.period) || a.value - b.value);
    labels = points.map((p) => formatPeriod(p.period) + (p.conflictsWith.length ? '（有出入）' : ''));
  } else {
    // One bar per place: its latest figure (by period); conflicting values each get a bar.
    const latest = new Map<string, DataPoint[]>();
    for (const p of charted) {
      const have = latest.get(placeOf(p));
      if (!have || comparePeriods(p.period, have[0]!.period) > 0) latest.set(placeOf(p), [p]);
      else if (p.period === have[0]!.period) have.push(p);
    }
    points = [...latest.values()].flat().sort((a, b) => b.value - a.value);
    labels = points.map((p) => `${p.region ?? '未注明地区'}（${formatPeriod(p.period)}）`);
  }
  const { scale, axis } = displayScale(series.chart.unit, Math.max(0, ...points.map((p) => Math.abs(p.value))), series.chart.unitWord);
  const region = choice.kind === 'time' ? (points[0]?.region ?? '') : '';
  return {
    title: `${region}${series.zh}${series.chart.detail ? `（${series.chart.detail}）` : ''}`,
    axis,
    scale,
    labels,
    values: points.map((p) => Number((p.value / scale).toPrecision(6))),
    points,
  };
}

/**
 * The points any choice of chart can show (each place's latest figure, and every yearly figure of
 * the places a time series can be drawn for): all the chart script needs, however many other
 * points the series has. chartData over these gives what it gives over the whole series.
 */
export function chartPayloadPoints(series: IndicatorSeries): DataPoint[] {
  const shown = new Set<DataPoint>(chartData(series, { kind: 'places', region: null, type: 'bar' }).points);
  for (const place of timePlaces(series)) for (const p of chartData(series, { kind: 'time', region: place.slug, type: 'line' }).points) shown.add(p);
  return chartedPoints(series).filter((p) => shown.has(p));
}

/** Parses the reader's choice from a URL query (?place=…&chart=line|bar&view=time|places). */
export function choiceFromQuery(series: IndicatorSeries, query: URLSearchParams): ChartChoice {
  const choice = defaultChoice(series);
  const view = query.get('view');
  const places = timePlaces(series).map((p) => p.slug);
  if (view === 'places') choice.kind = 'places';
  const place = query.get('place');
  if (view === 'time' || (place && places.includes(place))) {
    if (places.length) {
      choice.kind = 'time';
      choice.region = place && places.includes(place) ? place : (choice.region ?? places[0]!);
    }
  }
  const type = query.get('chart');
  choice.type = type === 'line' || type === 'bar' ? type : defaultType(choice.kind);
  return choice;
}

export function choiceToQuery(series: IndicatorSeries, choice: ChartChoice): string {
  const q = new URLSearchParams();
  const def = defaultChoice(series);
  if (choice.kind !== def.kind) q.set('view', choice.kind);
  if (choice.kind === 'time' && choice.region && choice.region !== def.region) q.set('place', choice.region);
  if (choice.type !== defaultType(choice.kind)) q.set('chart', choice.type);
  const s = q.toString();
  return s ? `?${s}` : '';
}
