/** Writes dist/_headers, the site's security headers for hosts that read one (src/security.ts). */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { headers } from '../security.ts';

export function securityHeaders(): AstroIntegration {
	return {
		name: 'intercultural-practices:security-headers',
		hooks: {
			'astro:build:done': async ({ dir }) => {
				const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
				await writeFile(new URL('_headers', dir), `/*\n${lines.join('\n')}\n`);
			},
		},
	};
}
