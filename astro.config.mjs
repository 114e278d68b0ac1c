// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig, fontProviders } from 'astro/config';
import { siteUrl } from './src/config.ts';
import { fontSubset } from './src/fonts/subset.ts';
import { fontFamilies } from './src/fonts/typeface.ts';
import { defaultLocale, locales } from './src/i18n/locales.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { pdf } from './src/integrations/pdf.ts';
import { publicAddress } from './src/integrations/public-address.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { validateContent } from './src/integrations/validate-content.ts';
import { cspDirectives, scriptSources, styleSources } from './src/security.ts';

export default defineConfig({
	// The public address (SITE_URL, src/config.ts). Without it no page carries an absolute address.
	site: siteUrl,
	trailingSlash: 'always',
	// Stylesheets as files, never inlined: a component's styles inlined in every page weighed 2 kB on each, where a
	// file is fetched once and cached.
	build: { format: 'directory', inlineStylesheets: 'never' },
	// Each component keeps its styles, scoped by a class (shorter in every page than an attribute); the build
	// joins them all into one stylesheet, fetched once for the whole site: split per page, a practice page
	// linked twelve files and the site's CSS weighed twice as much, gzipped file by file.
	scopedStyleStrategy: 'class',
	vite: { build: { cssCodeSplit: false } },
	// Entry bodies are HTML made by the content loader (src/model/entry-html.ts), never highlighted code: Shiki's
	// inline styles would need 'unsafe-inline'.
	markdown: { syntaxHighlight: false },
	// Every page's Content-Security-Policy, with the hashes of its scripts and styles (src/security.ts).
	security: { csp: { directives: [...cspDirectives], scriptDirective: { resources: [...scriptSources] }, styleDirective: { resources: [...styleSources] } } },
	// The typeface, self-hosted (src/fonts/typeface.ts), for screen and for paper; fontSubset() below cuts its files.
	fonts: fontFamilies.map((family) => ({ ...family, provider: fontProviders.local() })),
	i18n: {
		locales: [...locales],
		defaultLocale,
		// Every page lives under its language; "/" is our own language chooser.
		routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
	},
	integrations: [
		validateContent(),
		fontSubset(),
		// A sitemap lists absolute addresses, so it needs the public one.
		// Pages made to be printed (/{locale}/print/…) are not for search engines.
		...(siteUrl
			? [sitemap({ i18n: { defaultLocale, locales: Object.fromEntries(locales.map((l) => [l, l])) }, filter: (page) => !new URL(page).pathname.includes('/print/') })]
			: []),
		pagefind(),
		// After Pagefind: the PDFs are printed from the finished pages.
		pdf(),
		publicAddress(),
		securityHeaders(),
	],
});
