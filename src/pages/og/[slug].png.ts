// The share image of each indicator: its chart rendered at build time to PNG (resvg, no browser).
// Latin text only, so that it renders on machines without CJK fonts.
import type { APIRoute, GetStaticPaths } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import { getIndicators } from '../../lib/data.ts';
import { chartData, defaultChoice } from '../../lib/chart-data.ts';
import { chartSvg } from '../../lib/chart-svg.ts';
import type { IndicatorSeries } from '../../pipeline/aggregate.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  (await getIndicators()).map((series) => ({ params: { slug: series.slug }, props: { series } }));

export const GET: APIRoute = ({ props }) => {
  const series = (props as { series: IndicatorSeries }).series;
  const choice = defaultChoice(series);
  const data = chartData(series, choice);
  const labels = data.points.map((p) => (choice.kind === 'time' ? (p.period ?? '') : `${p.regionSlug ?? '-'} ${p.period ?? ''}`.trim()));
  const svg = chartSvg(
    { ...data, labels },
    { width: 1200, height: 630, type: choice.type, title: `Xibu Monitor · ${series.en}`, subtitle: `${data.points.length} data points`, labels: true },
  );
  const png = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: true } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
