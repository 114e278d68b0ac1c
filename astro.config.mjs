// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { siteUrl } from './src/config.ts';
import { defaultLocale, locales } from './src/i18n/locales.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { publicAddress } from './src/integrations/public-address.ts';
import { validateContent } from './src/integrations/validate-content.ts';

export default defineConfig({
	// The public address (SITE_URL, src/config.ts). Without it no page carries an absolute address.
	site: siteUrl,
	trailingSlash: 'always',
	build: { format: 'directory' },
	i18n: {
		locales: [...locales],
		defaultLocale,
		// Every page lives under its language; "/" is our own language chooser.
		routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
	},
	integrations: [
		validateContent(),
		// A sitemap lists absolute addresses, so it needs the public one.
		...(siteUrl ? [sitemap({ i18n: { defaultLocale, locales: Object.fromEntries(locales.map((l) => [l, l])) } })] : []),
		pagefind(),
		publicAddress(),
	],
});
