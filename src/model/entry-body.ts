/**
 * Entries are content, not code. An entry's body is parsed as MDX by the parser Astro compiles it with
 * (satteri), before anything compiles it, and everything that could run or inject code is refused: ESM,
 * JavaScript expressions, components not on the allow-list, HTML beyond a few inline elements, and
 * addresses other than the web, e-mail and this site's own pages.
 */
import { mdxToMdast } from 'satteri';
import { BODY_NESTING_MAX } from './limits.ts';
import { allowedUrl, type ComponentSpec, entryComponents, inlineHtml, isSitePath } from './entry-components.ts';

export interface BodyProblem {
	/** The line in the entry's file. */
	line?: number;
	message: string;
}

interface Node {
	type: string;
	name?: string | null;
	value?: unknown;
	url?: string;
	identifier?: string;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: Node[];
	position?: { start: { line: number } };
}

const components: Record<string, ComponentSpec> = entryComponents;
const htmlElements: readonly string[] = inlineHtml.elements;
const htmlAttributes: readonly string[] = inlineHtml.attributes;
const componentList = Object.keys(entryComponents).join(', ');

const ONLY_COMPONENTS = `entries may use only the components ${componentList}, which need no import (see docs/editing.md)`;

/**
 * Browsers drop tabs and line breaks inside an address ("java\tscript:") and read a backslash as a slash
 * ("/\\host"), so none may stand there.
 */
const hasControl = (url: string) => /[\u0000-\u0020\u007f-\u009f\\]/.test(url);

const shown = (url: string) => JSON.stringify(url.length > 60 ? `${url.slice(0, 60)}…` : url);

function urlProblem(url: string, what: string): string | undefined {
	if (!hasControl(url) && allowedUrl.test(url) && (!url.startsWith('/') || isSitePath(url))) return undefined;
	return `${what} ${shown(url)} is not allowed: use an https: or http: address, a mailto: address, or a page of this site (/en/…), written without spaces, backslashes, .. or encoded slashes`;
}

/** An image is fetched as the page loads: from another host it would be a third-party request. */
const imageProblem = (url: string) =>
	isSitePath(url) ? undefined : `the image address ${shown(url)} is not allowed: keep images in public/images/ and write /images/name.jpg`;

function attributeProblems(node: Node, allowed: (name: string) => 'text' | 'path' | undefined, where: string): string[] {
	const problems: string[] = [];
	for (const attribute of node.attributes ?? []) {
		if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
			problems.push(`${where} has a JavaScript attribute {…}: write attributes as name="text"`);
			continue;
		}
		const name = attribute.name;
		if (typeof attribute.value === 'object' && attribute.value !== null) {
			problems.push(`${where} has a JavaScript value in ${name}={…}: write ${name}="text"`);
			continue;
		}
		if (/^on/i.test(name)) {
			problems.push(`${where} has an event handler (${name}=), which would run code: remove it`);
			continue;
		}
		const kind = allowed(name);
		if (!kind) {
			problems.push(`${where} may not have the attribute ${name}=: remove it`);
			continue;
		}
		const value = typeof attribute.value === 'string' ? attribute.value : '';
		if (kind === 'path' && !isSitePath(value)) problems.push(`${where} ${name}="${value}" must be an address on this site, such as /images/photo.jpg`);
	}
	return problems;
}

function elementProblems(node: Node): string[] {
	const name = node.name;
	if (!name) return ['a JSX fragment <>…</> is not allowed: remove the <> and </>'];
	const spec = components[name];
	if (spec) {
		const problems = attributeProblems(node, (attribute) => spec.attributes[attribute]?.kind, `<${name}>`);
		const given = new Set((node.attributes ?? []).map((attribute) => attribute.name));
		for (const [attribute, { required }] of Object.entries(spec.attributes)) {
			if (required && !given.has(attribute)) problems.push(`<${name}> needs ${attribute}="…" (${spec.purpose}). Example: ${spec.example}`);
		}
		return problems;
	}
	if (htmlElements.includes(name)) return attributeProblems(node, (attribute) => (htmlAttributes.includes(attribute) ? 'text' : undefined), `<${name}>`);
	if (/^[A-Z]/.test(name) || name.includes('.')) return [`the component <${name}> is not allowed: ${ONLY_COMPONENTS}`];
	return [`the HTML element <${name}> is not allowed: use Markdown instead (only ${htmlElements.map((element) => `<${element}>`).join(', ')} may be written as HTML, with ${htmlAttributes.join(' or ')} attributes)`];
}

function nodeProblems(node: Node): string[] {
	switch (node.type) {
		case 'mdxjsEsm':
			return [`an import or export statement is not allowed: entries are content, not code. Remove it; ${ONLY_COMPONENTS}`];
		case 'mdxFlowExpression':
		case 'mdxTextExpression':
			return ['a JavaScript expression {…} is not allowed: entries are content, not code. Remove it, or write \\{ and \\} to show braces'];
		case 'mdxJsxFlowElement':
		case 'mdxJsxTextElement':
			return elementProblems(node);
		case 'html':
			return ['raw HTML is not allowed: use Markdown instead'];
		case 'link':
		case 'definition':
			return [urlProblem(node.url ?? '', 'the link address')].filter((problem) => problem !== undefined);
		case 'image':
			return [imageProblem(node.url ?? '')].filter((problem) => problem !== undefined);
		default:
			return [];
	}
}

/**
 * The first node nested deeper than BODY_NESTING_MAX, found without recursion: a few kilobytes of `>` or
 * list markers nest thousands deep, and walking them recursively would exhaust the stack.
 */
function tooDeep(tree: Node): Node | undefined {
	const stack: [Node, number][] = [[tree, 0]];
	while (stack.length) {
		const [node, depth] = stack.pop()!;
		if (depth > BODY_NESTING_MAX) return node;
		for (const child of node.children ?? []) stack.push([child, depth + 1]);
	}
	return undefined;
}

/**
 * Every problem in an entry's body. `firstLine` is the line of the file the body starts on, so that
 * messages point into the file.
 */
export function checkBody(body: string, firstLine = 1): BodyProblem[] {
	const offset = firstLine - 1;
	let tree: Node;
	try {
		tree = mdxToMdast(body, { features: { frontmatter: false } }) as Node;
	} catch (error) {
		// satteri reports "line:column: reason (rule)", or "line:column-line:column: reason (rule)".
		const message = error instanceof Error ? error.message : String(error);
		const match = /^(?:Error: )?(\d+):(\d+)(?:-\d+:\d+)?: (.*?)(?: \([\w:-]+\))?$/s.exec(message);
		const reason = (match ? match[3] : message).replace(/\((\d+):(\d+)\)/g, (_, line, column) => `(line ${Number(line) + offset}, column ${column})`);
		return [{ line: match ? Number(match[1]) + offset : undefined, message: `is not valid MDX: ${reason}` }];
	}
	const deep = tooDeep(tree);
	if (deep) {
		const line = deep.position ? deep.position.start.line + offset : undefined;
		return [{ line, message: `nests lists, quotations or markup more than ${BODY_NESTING_MAX} levels deep: flatten it (a quotation inside a list inside a quotation is already three levels)` }];
	}
	const problems: BodyProblem[] = [];
	// Reference-style images ![x][r] take their address from a definition [r]: …, which a link may share.
	const definitions = new Map<string, Node>();
	const imageReferences: Node[] = [];
	const visit = (node: Node) => {
		const line = node.position ? node.position.start.line + offset : undefined;
		for (const message of nodeProblems(node)) problems.push({ line, message });
		if (node.type === 'definition' && node.identifier) definitions.set(node.identifier, node);
		if (node.type === 'imageReference') imageReferences.push(node);
		node.children?.forEach(visit);
	};
	visit(tree);
	for (const reference of imageReferences) {
		const definition = definitions.get(reference.identifier ?? '');
		const problem = definition && imageProblem(definition.url ?? '');
		if (problem) problems.push({ line: definition.position ? definition.position.start.line + offset : undefined, message: problem });
	}
	return problems;
}
