/** "Did you mean …" for a value that is not in a list: the closest candidate by edit distance. */

export function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
			current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
		}
		previous = current;
	}
	return previous[b.length];
}

/**
 * The candidate closest to `value`, or undefined when none is close enough to be a plausible typo.
 */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
	const needle = value.trim().toLowerCase();
	let best: string | undefined;
	let bestScore = Infinity;
	for (const candidate of candidates) {
		const hay = candidate.toLowerCase();
		// A value that is part of a code ("pve" in "pve-approach") is a near miss, whatever the length difference.
		const contained = needle.length >= 3 && (hay.includes(needle) || needle.includes(hay));
		const score = contained ? 1 + Math.abs(hay.length - needle.length) / 100 : editDistance(needle, hay);
		if (score < bestScore) {
			best = candidate;
			bestScore = score;
		}
	}
	const tolerance = Math.max(2, Math.floor(needle.length / 3));
	return bestScore <= tolerance ? best : undefined;
}
