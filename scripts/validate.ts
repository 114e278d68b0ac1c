/** `npm run validate`: checks every entry; prints one line per problem and exits non-zero if there is any. */
import { resolve } from 'node:path';
import { readEntryFiles, readSourcesFile } from '../src/model/entry-files.ts';
import { formatProblem, validate } from '../src/model/validate.ts';

const root = resolve(import.meta.dirname, '..');
const entries = await readEntryFiles(root);
const sources = await readSourcesFile(root);
const problems = validate({ entries, sources: sources.data, sourcesError: sources.error });
for (const problem of problems) console.error(formatProblem(problem));
console.log(problems.length ? `${problems.length} problem(s) in ${entries.length} entries.` : `All ${entries.length} entries are valid.`);
process.exit(problems.length ? 1 : 0);
