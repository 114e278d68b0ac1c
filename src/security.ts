/**
 * The site's security policy, in one place: astro.config.mjs gives it to Astro, which writes it into every
 * page's Content-Security-Policy <meta> with a hash of each script and style the page holds; the build writes
 * what a <meta> cannot carry into dist/_headers (integrations/security-headers.ts), for hosts that read that
 * file; the tests assert both.
 *
 * Nothing is loaded from another host, and no script or style runs unless it is one of the site's files or its
 * hash is in the page's policy: no 'unsafe-inline', no 'unsafe-eval'. Pagefind compiles WebAssembly, which
 * needs 'wasm-unsafe-eval' (it lets a page compile WebAssembly, not evaluate strings as JavaScript).
 */
import { createHash } from 'node:crypto';

/** Directives beside script-src and style-src, which Astro writes with the hashes. */
export const cspDirectives = [
	"default-src 'self'",
	"img-src 'self'",
	"font-src 'self'",
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] as const;

export const scriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;
export const styleSources = ["'self'"] as const;

/** No address of this site is sent to other sites (external links also carry rel="noreferrer"). */
export const referrerPolicy = 'no-referrer';

/**
 * Headers for every address, for hosts that read a _headers file (Netlify, Cloudflare Pages): what a <meta>
 * cannot say. The pages' own policy still applies; a browser enforces both.
 */
export const headers = {
	'Content-Security-Policy': "frame-ancestors 'none'",
	'Referrer-Policy': referrerPolicy,
	'X-Content-Type-Options': 'nosniff',
};

/** A link to another site: opened with no access to this page, and told nothing of it. */
export const externalRel = 'noopener noreferrer';
export const isExternal = (href: string) => /^https?:\/\//i.test(href);

/** An inline script's or style's hash, for the page's policy (Astro.csp.insertScriptHash, insertStyleHash). */
export const cspHash = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}` as const;
