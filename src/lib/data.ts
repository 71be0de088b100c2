// Typed access to the collections for pages: the pipeline's own types, not re-declared schemas.
import { getCollection } from 'astro:content';
import type { Article, FileReport, SourceText } from '../pipeline/corpus.ts';

export async function getArticles(): Promise<Article[]> {
  return (await getCollection('articles')).map((e) => e.data as unknown as Article);
}

export async function getFileReports(): Promise<FileReport[]> {
  return (await getCollection('files')).map((e) => e.data as unknown as FileReport);
}

export async function getSources(): Promise<SourceText[]> {
  return (await getCollection('sources')).map((e) => e.data as unknown as SourceText);
}

/** Internal link under the configured base path. */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}/${path.replace(/^\//, '')}`;
}
