// Typed access to the collections for pages: the pipeline's own types, not re-declared schemas.
import { getCollection } from 'astro:content';
import type { FileReport, SourceText } from '../pipeline/corpus.ts';
import type { SiteArticle, SiteDirective, SiteRegion } from '../pipeline/site.ts';
import type { IndicatorSeries } from '../pipeline/aggregate.ts';

export async function getArticles(): Promise<SiteArticle[]> {
  return (await getCollection('articles')).map((e) => e.data as unknown as SiteArticle);
}

export async function getDirectives(): Promise<SiteDirective[]> {
  return (await getCollection('directives')).map((e) => e.data as unknown as SiteDirective);
}

export async function getIndicators(): Promise<IndicatorSeries[]> {
  return (await getCollection('indicators')).map((e) => e.data as unknown as IndicatorSeries);
}

export async function getRegions(): Promise<SiteRegion[]> {
  return (await getCollection('regions')).map((e) => e.data as unknown as SiteRegion);
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

/** Absolute URL (for sharing and citing) under the configured site and base. */
export function absolute(path: string, site: URL | undefined): string {
  return new URL(href(path), site ?? 'http://localhost/').href;
}
