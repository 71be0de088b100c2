import type { APIRoute, GetStaticPaths } from 'astro';
import { getIndicators } from '../../lib/data.ts';
import { csvResponse, toCsv } from '../../lib/csv.ts';
import { POINT_COLUMNS, pointRow } from '../../lib/downloads.ts';
import type { IndicatorSeries } from '../../pipeline/aggregate.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  (await getIndicators()).map((series) => ({ params: { slug: series.slug }, props: { series } }));

export const GET: APIRoute = ({ props }) => {
  const series = (props as { series: IndicatorSeries }).series;
  const rows = series.points.map((p) => pointRow(series, p));
  return csvResponse(toCsv(POINT_COLUMNS, rows.map((r) => POINT_COLUMNS.map((c) => r[c]))));
};
