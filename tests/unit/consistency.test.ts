// One article reports one value for one fact. Where the pipeline finds two different values for
// the same indicator, place, period, measure and kind within one article, it has mislabelled one
// of them (urban and rural income as one quantity, a gap to the national rate as a growth rate,
// a village's income as its province's). Checked over the seeds and over articles written in the
// style of the provinces' statistics releases (tests/fixtures/articles), which hold such
// constructions on purpose.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { buildCorpus } from '../../src/pipeline/corpus.ts';
import { readInputs } from '../../src/pipeline/read-folder.ts';
import { dataPoints } from '../../src/pipeline/aggregate.ts';

const FOLDERS = [join(import.meta.dirname, '../../seeds'), join(import.meta.dirname, '../fixtures/articles')];

describe('labels within one article', () => {
  const corpus = buildCorpus(readInputs(FOLDERS).inputs);

  it('read every article of both folders', () => {
    expect(corpus.files.filter((f) => f.status !== 'built').map((f) => f.name)).toEqual([]);
    expect(new Set(corpus.articles.map((a) => a.file.split(/[\\/]/).at(-2))).size).toBe(2);
  });

  it('never give one fact two values in one article', () => {
    const conflicts = corpus.articles.flatMap((a) =>
      dataPoints([a])
        .filter((p) => p.conflictsWith.length > 0)
        .map((p) => `${a.id}: ${p.key} = ${p.value} and ${p.conflictsWith.join(', ')} (${p.mentions.map((m) => m.surface).join(', ')})`),
    );
    expect(conflicts).toEqual([]);
  });
});
