import { describe, expect, it } from 'vitest';
import { stepOf, stepsUpTo } from '../../src/model/scale.ts';

describe('shade steps', () => {
	it('cut 1 … max into equal ranges that cover every count once', () => {
		const steps = stepsUpTo(20);
		expect(steps).toEqual([
			{ step: 1, from: 1, to: 5 },
			{ step: 2, from: 6, to: 10 },
			{ step: 3, from: 11, to: 15 },
			{ step: 4, from: 16, to: 20 },
		]);
		for (let n = 1; n <= 20; n++) expect(steps.filter((step) => n >= step.from && n <= step.to)).toHaveLength(1);
		expect([0, 1, 5, 6, 17, 20].map((n) => stepOf(n, steps))).toEqual([0, 1, 1, 2, 4, 4]);
	});

	it('uses fewer steps than asked where the counts are small, none of them empty', () => {
		expect(stepsUpTo(2)).toEqual([
			{ step: 1, from: 1, to: 1 },
			{ step: 2, from: 2, to: 2 },
		]);
		for (const max of [1, 3, 7, 9, 23]) for (const step of stepsUpTo(max)) expect(step.to).toBeGreaterThanOrEqual(step.from);
	});
});
