/**
 * Runs `npm run validate`'s checks before a build, so the build fails on the same problems with
 * the same messages, before Astro's own loader reports them less helpfully. It runs in the first hook,
 * before anything compiles an entry, so that an entry's code never runs: a body problem stops every
 * command (dev and check too), other problems only the build.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readContent, SYMBOLIC_LINK } from '../model/entry-files.ts';
import { formatProblem, validate } from '../model/validate.ts';

export function validateContent(): AstroIntegration {
	return {
		name: 'intercultural-practices:validate-content',
		hooks: {
			'astro:config:setup': async ({ config, command, logger }) => {
				const root = fileURLToPath(config.root);
				const problems = validate(await readContent(root));
				if (problems.length === 0) return;
				const report = problems.map(formatProblem).join('\n');
				// A body with code, or a link the build would follow out of the project, stops every command.
				const unsafe = problems.some((problem) => problem.field === 'body' || problem.message === SYMBOLIC_LINK);
				if (command !== 'build' && !unsafe) {
					logger.warn(`${problems.length} content problem(s):\n${report}`);
					return;
				}
				throw new Error(`${problems.length} content problem(s); run npm run validate after fixing them:\n${report}`);
			},
		},
	};
}
