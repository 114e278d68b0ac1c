import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		// Browser tests start Chromium; running their files one at a time keeps a 2-core machine responsive.
		fileParallelism: true,
		testTimeout: 20_000,
		hookTimeout: 60_000,
	},
});
