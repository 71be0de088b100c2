// The last stage: the corpus -> what the site's pages show. Joins directives to the sentences
// that state and echo them, figures to data points, and indicators to the directives of their field.
import { dataPoints, indicatorSeries, regionSummaries, type DataPoint, type IndicatorSeries, type Mention, type RegionSummary } from './aggregate.ts';
import type { ArticleBlock, Sentence } from './document.ts';
import { THEMES, type Directive } from './directives.ts';
import type { Article, Corpus } from './corpus.ts';

export interface SentenceLink {
  sentence: number;
  directive: string;
  kind: 'statement' | 'echo';
}

/**
 * An article as its page reads it: less what no page shows (a block's offset map, each
 * sentence's copy of its block's text), which at 10,000 articles is a fifth of what the build
 * hands to Astro.
 */
export interface SiteArticle extends Omit<Article, 'blocks' | 'sentences'> {
  blocks: Omit<ArticleBlock, 'pieces'>[];
  sentences: Omit<Sentence, 'text'>[];
  /** Sentences that state or echo a directive, to link both ways. */
  links: SentenceLink[];
}

/** A place's data points: its page lists each figure as written and links to it, without the sentence. */
export interface SiteRegion extends Omit<RegionSummary, 'points'> {
  points: (Omit<DataPoint, 'mentions'> & { mentions: Omit<Mention, 'sentence'>[] })[];
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
  regions: SiteRegion[];
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
    articles: corpus.articles.map((a) => ({
      ...a,
      blocks: a.blocks.map(({ pieces: _, ...block }) => block),
      sentences: a.sentences.map(({ text: _, ...sentence }) => sentence),
      links: (links.get(a.id) ?? []).sort((x, y) => x.sentence - y.sentence),
    })),
    directives,
    indicators,
    regions: regionSummaries(points).map((r) => ({
      ...r,
      points: r.points.map((p) => ({ ...p, mentions: p.mentions.map(({ sentence: _, ...mention }) => mention) })),
    })),
  };
}
