// dist/build-report.json: per input file, its status, articles, repairs, omissions and messages.
import type { APIRoute } from 'astro';
import { getFileReports } from '../lib/data.ts';

export const GET: APIRoute = async () => {
  const files = (await getFileReports()).sort((a, b) => (a.path < b.path ? -1 : 1));
  return new Response(JSON.stringify({ files }, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
