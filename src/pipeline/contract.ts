// The data contract of `extract` (docs/data-format.md): what scripts and checks outside the
// project depend on. Kept apart from the internal types so that those can change freely.
import type { Corpus } from './corpus.ts';
import type { Figure } from './types.ts';

export interface ContractFigure {
  surface: string;
  start: number;
  end: number;
  sentence: string;
  value: number;
  /** The high end of a range (6%—8%: value 6, high 8), else null. */
  high: number | null;
  unit: string;
  measure: string;
  indicator: string | null;
  region: string | null;
  period: string | null;
  approx: string | null;
  goal: boolean;
  direction: string | null;
}

export interface ContractDirective {
  id: string;
  theme: string;
  text: string;
  actions: string[];
  places: { start: number; end: number }[];
  echoes: { article: string; sentence: string; speaker: string | null }[];
}

export interface ContractArticle {
  id: string;
  file: string;
  title: string;
  date: string | null;
  figures: ContractFigure[];
  directives: ContractDirective[];
}

function speakerText(s: { name: string | null; title: string | null; organization: string | null; surface: string } | null): string | null {
  return s ? s.surface : null;
}

/** A figure as the data contract gives it (also the columns of the site's figure downloads). */
export function contractFigure(f: Figure, surface: string = f.surface): ContractFigure {
  const { start, end, sentence, value, unit, measure, indicator, region, period, approx, goal, direction } = f;
  return { surface, start, end, sentence, value, high: f.range?.high ?? null, unit, measure, indicator, region, period, approx, goal, direction };
}

export function toContract(corpus: Corpus): { articles: ContractArticle[] } {
  const sentenceText = new Map(corpus.articles.map((a) => [a.id, a.sentences]));
  const sourceText = new Map(corpus.sources.map((s) => [s.id, s.text]));
  return {
    articles: corpus.articles.map((a) => ({
      id: a.id,
      file: a.file,
      title: a.title,
      date: a.published.date,
      // The contract promises text.slice(start, end) === surface, also across a repaired break.
      figures: a.figures.map((f) => contractFigure(f, sourceText.get(a.stem)?.slice(f.start, f.end))),
      directives: corpus.directives
        .filter((d) => d.article === a.id)
        .map((d) => ({
          id: d.id,
          theme: d.theme,
          text: d.text,
          actions: d.actions,
          places: d.places.map((p) => ({ start: p.start, end: p.end })),
          echoes: d.echoes.map((e) => ({
            article: e.article,
            sentence: sentenceText.get(e.article)?.[e.sentence]?.text ?? e.text,
            speaker: speakerText(e.speaker),
          })),
        })),
    })),
  };
}
