/**
 * The line of a field in YAML text, for problem messages: `impact.figures[1].kind` is the line of `kind:` in
 * the second item of `figures:` under `impact:`. It follows indentation, as the entries' frontmatter and
 * content/sources.yaml are written (block style, one key a line; a flow list `[a, b]` stays on its key's
 * line). Where the path leaves what is written (a field that is missing), the line of its nearest parent.
 */
interface Line {
	/** Where the line's first character stands: its dash, for a list item. */
	lead: number;
	/** Where its key stands: after the dash, for a list item's first key. */
	indent: number;
	dash: boolean;
	key?: string;
}

function readLine(text: string): Line | undefined {
	const match = /^( *)(- +)?(?:([^\s#:][^:]*):(?:\s|$))?/.exec(text);
	if (!text.trim() || text.trimStart().startsWith('#') || !match) return undefined;
	const lead = match[1].length;
	return { lead, indent: lead + (match[2]?.length ?? 0), dash: Boolean(match[2]), key: match[3]?.replace(/^["']|["']$/g, '') };
}

export function fieldLine(text: string, field: string, firstLine = 1): number | undefined {
	const lines = text.split(/\r?\n/).map(readLine);
	let found: number | undefined;
	// The node's lines: [from, to). A key's children are the lines after it; a list item's, its own line too.
	let [from, to] = [0, lines.length];
	for (const segment of field.match(/[^.[\]]+|\[\d+\]/g) ?? []) {
		const inScope = [...lines.keys()].slice(from, to).filter((i) => lines[i]);
		if (!inScope.length) break;
		const first = lines[inScope[0]]!;
		const index = /^\[(\d+)\]$/.exec(segment);
		const at = index
			? inScope.filter((i) => lines[i]!.dash && lines[i]!.lead === first.lead)[Number(index[1])]
			: inScope.find((i) => lines[i]!.key === segment && lines[i]!.indent === first.indent);
		if (at === undefined) break;
		found = at;
		const edge = index ? lines[at]!.lead : lines[at]!.indent;
		let end = at + 1;
		while (end < to && (!lines[end] || lines[end]!.lead > edge)) end++;
		[from, to] = [index ? at : at + 1, end];
	}
	return found === undefined ? undefined : found + firstLine;
}
