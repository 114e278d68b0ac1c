/**
 * Runs `npm run validate`'s checks before a build, so the build fails on the same problems with
 * the same messages, before Astro's own loader reports them less helpfully. It runs in the first hook,
 * before anything compiles an entry, so that an entry's code never runs: a body problem stops every
 * command (dev and check too), other problems only the build.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readEntryFiles, readPageFiles, readSourcesFile } from '../model/entry-files.ts';
import { formatProblem, validate } from '../model/validate.ts';

export function validateContent(): AstroIntegration {
	return {
		name: 'intercultural-practices:validate-content',
		hooks: {
			'astro:config:setup': async ({ config, command, logger }) => {
				const root = fileURLToPath(config.root);
				const sources = await readSourcesFile(root);
				const problems = validate({ entries: await readEntryFiles(root), pages: await readPageFiles(root), sources: sources.data, sourcesError: sources.error });
				if (problems.length === 0) return;
				const report = problems.map(formatProblem).join('\n');
				const unsafe = problems.some((problem) => problem.field === 'body');
				if (command !== 'build' && !unsafe) {
					logger.warn(`${problems.length} content problem(s):\n${report}`);
					return;
				}
				throw new Error(`${problems.length} content problem(s); run npm run validate after fixing them:\n${report}`);
			},
		},
	};
}
