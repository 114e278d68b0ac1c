// The reference site for `npm run bench`: Starlight with its defaults (its own search included), building
// the benchmark's generated entries as Markdown pages. Only the sidebar is set: Starlight's default lists
// every page on every page, which no site of 10,000 pages would keep.
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
	site: 'https://example.org',
	integrations: [starlight({ title: 'Intercultural Practices (Starlight reference)', sidebar: [{ label: 'Home', link: '/' }] })],
});
