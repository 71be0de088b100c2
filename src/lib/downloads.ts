// The rows of the download files, shared by the CSV and JSON endpoints so that both say the same.
import type { DataPoint, IndicatorSeries } from '../pipeline/aggregate.ts';
import type { SiteArticle } from '../pipeline/site.ts';
import { contractFigure } from '../pipeline/contract.ts';

export const POINT_COLUMNS = ['indicator', 'region', 'region_slug', 'period', 'measure', 'unit', 'unit_word', 'value', 'approx', 'detail', 'conflicts_with', 'sources', 'articles'] as const;

export function pointRow(series: Pick<IndicatorSeries, 'slug'>, p: DataPoint) {
  return {
    indicator: series.slug,
    region: p.region,
    region_slug: p.regionSlug,
    period: p.period,
    measure: p.measure,
    unit: p.unit,
    unit_word: p.unitWord,
    value: p.value,
    approx: p.approx,
    detail: p.detail,
    conflicts_with: p.conflictsWith.join(' '),
    sources: p.mentions.length,
    articles: [...new Set(p.mentions.map((m) => m.article))].join(' '),
  };
}

export const FIGURE_COLUMNS = ['article', 'figure', 'surface', 'value', 'high', 'unit', 'measure', 'indicator', 'region', 'period', 'approx', 'goal', 'direction', 'file', 'start', 'end', 'sentence'] as const;

export function figureRows(articles: readonly SiteArticle[]) {
  return articles.flatMap((a) =>
    a.figures.map((f) => ({ article: a.id, figure: f.id, file: a.fileName, ...contractFigure(f) })),
  );
}
