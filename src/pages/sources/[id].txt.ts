// The decoded text of each built file: the text every figure's offsets point into.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSources } from '../../lib/data.ts';
import type { SourceText } from '../../pipeline/corpus.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  (await getSources()).map((source) => ({ params: { id: source.id }, props: { source } }));

export const GET: APIRoute = ({ props }) =>
  new Response((props as { source: SourceText }).source.text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
