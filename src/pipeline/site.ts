// The last stage: the corpus -> what the site's pages show. Joins directives to the sentences
// that state and echo them, figures to data points, and indicators to the directives of their field.
import { dataPoints, indicatorSeries, regionSummaries, type IndicatorSeries, type RegionSummary } from './aggregate.ts';
import { THEMES, type Directive } from './directives.ts';
import type { Article, Corpus } from './corpus.ts';

export interface SentenceLink {
  sentence: number;
  directive: string;
  kind: 'statement' | 'echo';
}

export interface SiteArticle extends Article {
  /** Sentences that state or echo a directive, to link both ways. */
  links: SentenceLink[];
}

export interface SiteDirective extends Directive {
  themeZh: string;
  themeEn: string;
  articleTitle: string;
  /** Indicators of the directive's field (opening-up: trade, TEU, trains…). */
  indicators: string[];
  echoTitles: Record<string, string>;
}

export interface Site {
  articles: SiteArticle[];
  directives: SiteDirective[];
  indicators: IndicatorSeries[];
  regions: RegionSummary[];
}

export function buildSite(corpus: Corpus): Site {
  const titles = Object.fromEntries(corpus.articles.map((a) => [a.id, a.title]));
  const links = new Map<string, SentenceLink[]>();
  const add = (article: string, link: SentenceLink) => {
    const list = links.get(article) ?? [];
    if (!list.some((l) => l.sentence === link.sentence && l.directive === link.directive)) list.push(link);
    links.set(article, list);
  };
  for (const d of corpus.directives) {
    for (const p of d.places) add(p.article, { sentence: p.sentence, directive: d.id, kind: 'statement' });
    for (const e of d.echoes) add(e.article, { sentence: e.sentence, directive: d.id, kind: 'echo' });
  }
  const points = dataPoints(corpus.articles);
  const indicators = indicatorSeries(points);
  const directives = corpus.directives.map((d): SiteDirective => {
    const theme = THEMES.find((t) => t.id === d.theme);
    return {
      ...d,
      themeZh: theme?.zh ?? d.theme,
      themeEn: theme?.en ?? d.theme,
      articleTitle: titles[d.article] ?? d.article,
      indicators: indicators.filter((i) => i.theme === d.theme).map((i) => i.slug),
      echoTitles: Object.fromEntries([...new Set(d.echoes.map((e) => e.article))].map((id) => [id, titles[id] ?? id])),
    };
  });
  return {
    articles: corpus.articles.map((a) => ({ ...a, links: (links.get(a.id) ?? []).sort((x, y) => x.sentence - y.sentence) })),
    directives,
    indicators,
    regions: regionSummaries(points),
  };
}
