import { readFileSync, readdirSync } from 'node:fs';
import { ingest } from '../src/pipeline/ingest.ts';
import { readDocument } from '../src/pipeline/document.ts';
for (const f of readdirSync('/work/main/seeds')) {
  const r = ingest(f, readFileSync('/work/main/seeds/' + f));
  if (!r.ok) continue;
  const d = readDocument(r.file);
  for (const a of d.articles) {
    console.log(a.id, a.title, a.sentences.length, a.length);
    for (const s of a.sentences) if (r.file.text.slice(s.start, s.end) !== s.text) console.log('  MISMAP', JSON.stringify(s.text.slice(0,30)), JSON.stringify(r.file.text.slice(s.start, s.end).slice(0,30)));
  }
}
