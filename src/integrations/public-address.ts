/** Warns when a build has no public address: its pages then carry no canonical link, hreflang address or sitemap. */
import type { AstroIntegration } from 'astro';
import { siteUrl } from '../config.ts';

export function publicAddress(): AstroIntegration {
	return {
		name: 'intercultural-practices:public-address',
		hooks: {
			'astro:build:start': ({ logger }) => {
				if (!siteUrl) logger.warn('SITE_URL is not set: pages get no canonical link or hreflang addresses, and no sitemap is written. Set it to the public address (https://…) when deploying.');
			},
		},
	};
}
