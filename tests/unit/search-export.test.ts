import { describe, expect, it } from 'vitest';
import { exportShown, MAX_EXPORT } from '../../src/scripts/search/export.ts';

describe('the export link of the search page', () => {
	it('is shown for 1 to MAX_EXPORT results, and the note asking for a narrower search past that', () => {
		expect(exportShown(0)).toEqual({ link: false, note: false });
		expect(exportShown(1)).toEqual({ link: true, note: false });
		expect(exportShown(MAX_EXPORT)).toEqual({ link: true, note: false });
		expect(exportShown(MAX_EXPORT + 1)).toEqual({ link: false, note: true });
	});
});
