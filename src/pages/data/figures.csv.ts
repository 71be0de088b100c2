// Every figure of the corpus, labelled or not, with its provenance.
import type { APIRoute } from 'astro';
import { getArticles } from '../../lib/data.ts';
import { csvResponse, toCsv } from '../../lib/csv.ts';
import { FIGURE_COLUMNS, figureRows } from '../../lib/downloads.ts';

export const GET: APIRoute = async () => {
  const rows = figureRows(await getArticles());
  return csvResponse(toCsv(FIGURE_COLUMNS, rows.map((r) => FIGURE_COLUMNS.map((c) => r[c]))));
};
