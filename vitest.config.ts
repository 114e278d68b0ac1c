import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		reporters: ['default', './tests/support/summary-reporter.ts'],
		testTimeout: 20_000,
		hookTimeout: 60_000,
	},
});
