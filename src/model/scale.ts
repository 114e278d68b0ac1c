/**
 * A count's shade on a map or a matrix: equal steps from 1 to the largest count, so that a legend can state
 * each step's range. 0 has no step (nothing there is itself the information a gap map gives).
 */
export interface Step {
	/** 1 … steps. */
	step: number;
	from: number;
	to: number;
}

/** The steps for counts up to `max`: at most `steps`, fewer when `max` is small, none empty of whole numbers. */
export function stepsUpTo(max: number, steps = 4): Step[] {
	const count = Math.min(steps, Math.max(1, max));
	return Array.from({ length: count }, (_, i) => ({ step: i + 1, from: Math.floor((max * i) / count) + 1, to: Math.floor((max * (i + 1)) / count) }));
}

/** The step a count falls in (0 for none). */
export function stepOf(count: number, steps: readonly Step[]): number {
	return count <= 0 ? 0 : (steps.find((step) => count <= step.to) ?? steps[steps.length - 1]).step;
}
