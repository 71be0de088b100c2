import { readFileSync, readdirSync } from 'node:fs';
import { ingest, normaliseLineEnds } from '../src/pipeline/ingest.ts';
import { rawBlocks } from '../src/pipeline/structure.ts';
import { assignRoles } from '../src/pipeline/roles.ts';
import { repairBreaks } from '../src/pipeline/repair.ts';
import { splitArticles } from '../src/pipeline/articles.ts';
for (const f of readdirSync('/work/main/seeds')) {
  const r = ingest(f, readFileSync('/work/main/seeds/' + f));
  if (!r.ok) { console.log(r.error); continue; }
  const text = normaliseLineEnds(r.file.text);
  const { blocks, repairs } = repairBreaks(assignRoles(rawBlocks(text)));
  console.log('=====', f);
  for (const rp of repairs) console.log('  REPAIR', rp.kind, rp.before, '->', rp.after);
  const { segments, leftOut } = splitArticles(blocks);
  for (const s of segments) {
    console.log(' -- part', s.part, s.titleMethod, s.column ?? '');
    for (const b of s.blocks) if (b.role !== 'paragraph') console.log('    ', b.role.padEnd(12), JSON.stringify(b.run.text.slice(0, 40)));
    console.log('     paragraphs:', s.blocks.filter(b=>b.role==='paragraph').length, 'unterminated:', s.blocks.filter(b=>b.role==='paragraph' && !/[。！？”…）]$/.test(b.run.text)).map(b=>b.run.text.slice(-15)));
  }
  for (const l of leftOut) console.log('  LEFT OUT', l.block.run.text, l.reason);
}
