/**
 * `npm run validate`: checks every entry; prints one line per problem and exits non-zero if there is any.
 * With --github (or in GitHub Actions) it also writes each problem as an annotation on the file's line.
 */
import { resolve } from 'node:path';
import { readContent } from '../src/model/entry-files.ts';
import { formatAnnotation, formatProblem, validate } from '../src/model/validate.ts';

const root = resolve(import.meta.dirname, '..');
const annotate = process.argv.includes('--github') || process.env.GITHUB_ACTIONS === 'true';
const content = await readContent(root);
const { entries } = content;
const problems = validate(content);
for (const problem of problems) {
	console.error(formatProblem(problem));
	if (annotate) console.log(formatAnnotation(problem));
}
console.log(problems.length ? `${problems.length} problem(s) in ${entries.length} entries.` : `All ${entries.length} entries are valid.`);
process.exit(problems.length ? 1 : 0);
