// npm run --silent extract -- <file-or-folder>...
// Prints one JSON document on stdout: {"articles":[{"id","file","title","date","figures":[…],"directives":[…]}]}.
// Problems go to stderr; a file that cannot be read is reported and skipped, the others extracted.
import { buildCorpus } from '../src/pipeline/corpus.ts';
import { readInputs } from '../src/pipeline/read-folder.ts';
import { toContract } from '../src/pipeline/contract.ts';

const paths = process.argv.slice(2);
if (paths.length === 0) {
  process.stderr.write('usage: npm run --silent extract -- <file-or-folder>...\n');
  process.exit(2);
}
const { inputs, errors, metadata } = readInputs(paths);
const corpus = buildCorpus(inputs, metadata, errors);
for (const file of corpus.files) {
  for (const m of file.messages) {
    if (m.severity !== 'info') process.stderr.write(`${file.path}: ${m.severity}: ${m.reason} [${m.ruleId}]\n`);
  }
}
process.stdout.write(`${JSON.stringify(toContract(corpus))}\n`);
