// Pages show a traditional-script article as written, while the pipeline matched its simplified
// copy (script-variant.ts): every text of an article and its directives, back from the copy.
import type { Article } from './corpus.ts';
import type { Directive } from './directives.ts';
import type { WrittenText } from './script-variant.ts';

/** An article of a traditional-script file as written: every text the page shows, back from the simplified copy. */
export function articleAsWritten(article: Article, written: WrittenText): Article {
  const blocks = article.blocks.map((b) => ({ ...b, text: written.block(b.text, b.pieces) }));
  const inBlock = (block: number, from: number, to: number, text: string): string | undefined =>
    article.blocks[block]?.text.slice(from, to) === text ? blocks[block]?.text.slice(from, to) : undefined;
  const sentences = article.sentences.map((s) => ({ ...s, text: inBlock(s.block, s.from, s.to, s.text) ?? written.span(s.text, s.start, s.end) }));
  const figures = article.figures.map((f) => {
    const surface = written.span(f.surface, f.start, f.end);
    const sentence = article.sentences[f.sentenceIndex]?.text === f.sentence ? sentences[f.sentenceIndex]!.text : written.free(f.sentence);
    return { ...f, surface, sentence, unitWord: written.free(f.unitWord), label: f.label.split(f.surface).join(surface) };
  });
  const optional = (key: 'kicker' | 'subtitle' | 'column') => {
    const value = article[key];
    return value === undefined ? {} : { [key]: written.free(value) };
  };
  return {
    ...article,
    title: written.free(article.title),
    ...optional('kicker'),
    ...optional('subtitle'),
    ...optional('column'),
    blocks,
    sentences,
    keywords: article.keywords.map((k) => written.free(k)),
    published: {
      ...article.published,
      method: written.free(article.published.method),
      source: article.published.source === null ? null : written.free(article.published.source),
    },
    figures,
  };
}

export function directiveAsWritten(directive: Directive, writtenOf: ReadonlyMap<string, WrittenText>): Directive {
  const orNull = (written: WrittenText, text: string | null): string | null => (text === null ? null : written.free(text));
  const echoes = directive.echoes.map((e) => {
    const written = writtenOf.get(e.article);
    if (!written) return e;
    const speaker = e.speaker && {
      ...e.speaker,
      surface: written.free(e.speaker.surface),
      name: orNull(written, e.speaker.name),
      title: orNull(written, e.speaker.title),
      organization: orNull(written, e.speaker.organization),
    };
    return { ...e, text: written.span(e.text, e.start, e.end), speaker };
  });
  const own = writtenOf.get(directive.article);
  if (!own) return { ...directive, echoes };
  return { ...directive, text: own.free(directive.text), actions: directive.actions.map((a) => own.free(a)), echoes };
}
