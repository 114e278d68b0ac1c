/**
 * The evidence and gap matrix: areas of intervention down, target groups across; each cell the number of
 * practices in both, and the strongest evidence level among them. An empty cell is where the collection holds
 * no practice: where funders and researchers may look.
 */
import type { SearchRecord } from './search.ts';
import { matchesFilters } from './search-state.ts';

export interface GapCell<Level extends string = string> {
	count: number;
	/** The strongest evidence level of the cell's practices (the vocabulary's order is weakest first). */
	strongest?: Level;
}

export interface GapMatrix<Row extends string = string, Column extends string = string, Level extends string = string> {
	rows: Row[];
	columns: Column[];
	/** cells[r][c]: area rows[r] and target group columns[c]. */
	cells: GapCell<Level>[][];
	max: number;
}

/**
 * The matrix over every area and target group of the vocabularies (`areas`, `targets`, in their order), so that
 * an area or a group no practice names still shows as a row or column of gaps.
 */
export function gapMatrix<Row extends string, Column extends string, Level extends string>(
	records: readonly SearchRecord[],
	areas: readonly Row[],
	targets: readonly Column[],
	evidenceOrder: readonly Level[],
): GapMatrix<Row, Column, Level> {
	const practices = records.filter((record) => record.filters.kind?.includes('practice'));
	const cells = areas.map((area) =>
		targets.map((target) => {
			const found = practices.filter((record) => matchesFilters(record.filters, { area: [area], target: [target] }));
			const levels = found.map((record) => evidenceOrder.indexOf(record.filters.evidence?.[0] as Level));
			return { count: found.length, strongest: found.length ? evidenceOrder[Math.max(...levels)] : undefined };
		}),
	);
	return { rows: [...areas], columns: [...targets], cells, max: Math.max(0, ...cells.flat().map((cell) => cell.count)) };
}
