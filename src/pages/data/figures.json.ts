import type { APIRoute } from 'astro';
import { getArticles } from '../../lib/data.ts';
import { jsonResponse } from '../../lib/csv.ts';
import { figureRows } from '../../lib/downloads.ts';

export const GET: APIRoute = async () => jsonResponse({ figures: figureRows(await getArticles()) });
