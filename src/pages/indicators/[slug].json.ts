import type { APIRoute, GetStaticPaths } from 'astro';
import { getIndicators } from '../../lib/data.ts';
import { jsonResponse } from '../../lib/csv.ts';
import { pointRow } from '../../lib/downloads.ts';
import type { IndicatorSeries } from '../../pipeline/aggregate.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  (await getIndicators()).map((series) => ({ params: { slug: series.slug }, props: { series } }));

export const GET: APIRoute = ({ props }) => {
  const s = (props as { series: IndicatorSeries }).series;
  return jsonResponse({
    indicator: { slug: s.slug, zh: s.zh, en: s.en },
    summary: s.summary,
    points: s.points.map((p) => ({ ...pointRow(s, p), mentions: p.mentions })),
  });
};
