/**
 * Lighthouse, from the benchmark's reference packages, in this machine's Chromium: its default settings,
 * which are a phone's (an emulated Moto G Power, a slow 4G connection and a CPU slowed down four times).
 */
import { chromiumArgs, findChromium } from './browser.ts';
import { importReference } from './reference-site.ts';

interface Audit {
	title: string;
	score: number | null;
	displayValue?: string;
}
interface Result {
	lhr: { categories: Record<string, { title: string; score: number | null; auditRefs: { id: string; weight: number }[] }>; audits: Record<string, Audit> };
}

export interface LighthouseScores {
	/** Each category's score out of 100. */
	scores: Record<string, number>;
	/** The audits that cost points, by category. */
	failing: Record<string, string[]>;
}

export async function runLighthouse(url: string): Promise<LighthouseScores> {
	const { launch } = await importReference<{ launch(options: object): Promise<{ port: number; kill(): void }> }>('chrome-launcher');
	const { default: lighthouse } = await importReference<{ default: (url: string, flags: object) => Promise<Result | undefined> }>('lighthouse');
	const chrome = await launch({ chromePath: findChromium(), chromeFlags: ['--headless=new', ...chromiumArgs] });
	try {
		const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
		if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
		const scores: LighthouseScores = { scores: {}, failing: {} };
		for (const category of Object.values(result.lhr.categories)) {
			scores.scores[category.title] = Math.round((category.score ?? 0) * 100);
			scores.failing[category.title] = category.auditRefs
				.map((ref) => ({ ...result.lhr.audits[ref.id], weight: ref.weight }))
				.filter((audit) => audit.weight > 0 && audit.score !== null && audit.score < 1)
				.map((audit) => `${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
		}
		return scores;
	} finally {
		chrome.kill();
	}
}
