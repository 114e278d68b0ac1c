/**
 * Runs `npm run validate`'s checks before a build, so the build fails on the same problems with
 * the same messages, before Astro's own loader reports them less helpfully.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readEntryFiles, readSourcesFile } from '../model/entry-files.ts';
import { formatProblem, validate } from '../model/validate.ts';

export function validateContent(): AstroIntegration {
	return {
		name: 'intercultural-practices:validate-content',
		hooks: {
			'astro:config:setup': async ({ config, command, logger }) => {
				const root = fileURLToPath(config.root);
				const problems = validate({ entries: await readEntryFiles(root), sources: await readSourcesFile(root) });
				if (problems.length === 0) return;
				const report = problems.map(formatProblem).join('\n');
				if (command !== 'build') {
					logger.warn(`${problems.length} content problem(s):\n${report}`);
					return;
				}
				throw new Error(`${problems.length} content problem(s); run npm run validate after fixing them:\n${report}`);
			},
		},
	};
}
