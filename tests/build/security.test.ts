/**
 * The security policy as built (src/security.ts): every page's Content-Security-Policy allows no inline
 * code but the page's own, by hash, and nothing from another host; no page sends its address to other sites;
 * links to other sites open with no hold on the page; and no page makes any request to another host.
 */
import { createHash } from 'node:crypto';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { headers, referrerPolicy } from '../../src/security.ts';
import { pages, readDist } from '../support/site.ts';

const all = pages();
const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The page's policy, as directive name → sources; empty unless the page has exactly one. */
function policyOf(page: HTMLElement): Map<string, string[]> {
	const metas = page.querySelectorAll('meta[http-equiv="content-security-policy"]');
	if (metas.length !== 1) return new Map();
	const directives = metas[0].getAttribute('content')!.split(';').map((part) => part.trim().split(/\s+/)).filter(([name]) => name);
	return new Map(directives.map(([name, ...sources]) => [name, sources]));
}

/** Each page's problems, as "address: problem". */
function problems(check: (page: HTMLElement) => string[]): string[] {
	return [...all].flatMap(([url, page]) => check(page).map((problem) => `${url}: ${problem}`));
}

describe('security', () => {
	it('has pages to check', () => {
		expect(all.size).toBeGreaterThan(100);
	});

	it('every page has a policy with no unsafe source and nothing from another host', () => {
		expect(
			problems((page) => {
				const policy = policyOf(page);
				const found: string[] = [];
				for (const name of ['default-src', 'script-src', 'style-src', 'object-src', 'base-uri']) if (!policy.has(name)) found.push(`no ${name}`);
				if (policy.get('default-src')?.join(' ') !== "'self'") found.push("default-src is not 'self' alone");
				if (policy.get('object-src')?.join(' ') !== "'none'") found.push("object-src is not 'none'");
				for (const [name, sources] of policy) {
					for (const source of sources) {
						// Pagefind compiles WebAssembly: that, and no other relaxation.
						if (/^'unsafe-/.test(source) || (source === "'wasm-unsafe-eval'" && name !== 'script-src')) found.push(`${name} allows ${source}`);
						if (/^(https?:|\*|data:|blob:)/.test(source)) found.push(`${name} allows ${source}`);
					}
				}
				return found;
			}),
		).toEqual([]);
	});

	it("every inline script and style is allowed by its hash in the page's policy, and no element has a style attribute", () => {
		expect(
			problems((page) => {
				const policy = policyOf(page);
				const found: string[] = [];
				for (const script of page.querySelectorAll('script:not([src])')) {
					if (script.getAttribute('type') === 'application/json' || script.getAttribute('type') === 'application/ld+json') continue;
					if (!policy.get('script-src')?.includes(hash(script.rawText))) found.push(`an inline script not in script-src: ${script.rawText.slice(0, 60)}`);
				}
				for (const style of page.querySelectorAll('style')) {
					if (!policy.get('style-src')?.includes(hash(style.rawText))) found.push(`an inline style not in style-src: ${style.rawText.slice(0, 60)}`);
				}
				for (const element of page.querySelectorAll('[style]')) found.push(`a style attribute on <${element.tagName.toLowerCase()}>`);
				for (const element of page.querySelectorAll('*')) {
					for (const attribute of Object.keys(element.attributes)) if (/^on/i.test(attribute)) found.push(`an ${attribute} attribute on <${element.tagName.toLowerCase()}>`);
				}
				return found;
			}),
		).toEqual([]);
	});

	it('every page asks the browser to send no referrer, and the headers file says the same', () => {
		expect(problems((page) => (page.querySelector('meta[name="referrer"]')?.getAttribute('content') === referrerPolicy ? [] : ['no referrer policy']))).toEqual([]);
		const file = readDist('_headers');
		expect(file.startsWith('/*\n')).toBe(true);
		for (const [name, value] of Object.entries(headers)) expect(file).toContain(`  ${name}: ${value}\n`);
		expect(headers['Referrer-Policy']).toBe(referrerPolicy);
	});

	it('every link to another site has rel="noopener noreferrer"', () => {
		let external = 0;
		expect(
			problems((page) =>
				page.querySelectorAll('a[href^="http:"], a[href^="https:"]').flatMap((link) => {
					external++;
					const rel = (link.getAttribute('rel') ?? '').split(/\s+/);
					return rel.includes('noopener') && rel.includes('noreferrer') ? [] : [`${link.getAttribute('href')} without noopener noreferrer`];
				}),
			),
		).toEqual([]);
		// The practices link to their sources' sites: the check has links to check.
		expect(external).toBeGreaterThan(50);
	});

	it('no page loads anything from another host', () => {
		const loading = 'script[src], link[rel~="stylesheet"], link[rel~="preload"], link[rel~="modulepreload"], link[rel~="icon"], img, iframe, source, video, audio, object, embed';
		expect(
			problems((page) =>
				page.querySelectorAll(loading).flatMap((element) => {
					const address = element.getAttribute('src') ?? element.getAttribute('href') ?? element.getAttribute('data') ?? '';
					return /^(https?:)?\/\//i.test(address) ? [`<${element.tagName.toLowerCase()}> loads ${address}`] : [];
				}),
			),
		).toEqual([]);
	});
});
