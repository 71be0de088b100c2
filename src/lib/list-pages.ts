// How each list that grows with the corpus is ordered and cut into pages (see paging.ts): an
// indicator's data points with the sentences they come from, a directive's echoes, a place's
// figures, the articles, the build report's files.
import type { DataPoint, IndicatorSeries } from '../pipeline/aggregate.ts';
import type { FileReport } from '../pipeline/corpus.ts';
import type { SiteArticle, SiteDirective, SiteRegion } from '../pipeline/site.ts';
import { pagesOf } from './paging.ts';

/** Compares by the first key that differs (a stable sort keeps the pipeline's order among equals). */
const byKeys = <T>(...keys: ((x: T) => string)[]) => (a: T, b: T): number => {
  for (const key of keys) {
    const x = key(a);
    const y = key(b);
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
};

/** An indicator's points by measure, then period; a point weighs its row and its quoted sentences. */
export function pointPages(series: IndicatorSeries): DataPoint[][] {
  const points = [...series.points].sort(byKeys((p) => p.measure, (p) => p.period ?? ''));
  return pagesOf(points, (p) => 1 + p.mentions.length);
}

type Echo = SiteDirective['echoes'][number];

export interface EchoGroup {
  article: string;
  speakers: { who: string; echoes: Echo[] }[];
  count: number;
}

/** A directive's echoes by article, then speaker; a page holds whole articles' groups. */
export function echoPages(d: SiteDirective): EchoGroup[][] {
  const byArticle = new Map<string, Map<string, Echo[]>>();
  for (const e of d.echoes) {
    const speakers = byArticle.get(e.article) ?? new Map<string, Echo[]>();
    const who = e.speaker?.surface ?? '（未署名 no speaker）';
    speakers.set(who, [...(speakers.get(who) ?? []), e]);
    byArticle.set(e.article, speakers);
  }
  const groups = [...byArticle].map(([article, speakers]) => ({
    article,
    speakers: [...speakers].map(([who, echoes]) => ({ who, echoes })),
    count: [...speakers.values()].reduce((sum, list) => sum + list.length, 0),
  }));
  return pagesOf(groups, (g) => g.count);
}

type RegionPoint = SiteRegion['points'][number];

/** A place's points by indicator, then period; a point weighs the figures it links to. */
export function regionPages(region: SiteRegion): RegionPoint[][] {
  const points = [...region.points].sort(byKeys((p) => p.indicator ?? '', (p) => p.period ?? ''));
  return pagesOf(points, (p) => p.mentions.length);
}

/** The articles in corpus order. */
export function articlePages(articles: readonly SiteArticle[]): SiteArticle[][] {
  return pagesOf(articles);
}

/** A file of the build report with its place in the whole report (its anchor is #file-<position>). */
export interface ReportEntry {
  file: FileReport;
  position: number;
}

/** Files by path; a file weighs its lines in the report (itself, its warnings, repairs, left-out blocks). */
export function reportPages(files: readonly FileReport[]): ReportEntry[][] {
  const sorted = [...files].sort(byKeys((f) => f.path)).map((file, i) => ({ file, position: i + 1 }));
  return pagesOf(sorted, ({ file: f }) => 1 + f.messages.filter((m) => m.severity !== 'info').length + f.repairs.length + f.leftOut.length);
}
