/**
 * An entry's body as static HTML, made once when the content is loaded. Entries are content, not code: the
 * body is parsed as MDX by the parser Astro's MDX support uses (satteri), and its few components
 * (src/model/entry-components.ts) are written out here as plain HTML, so no entry ever becomes a JavaScript
 * module. That keeps the build's bundle, and its memory, from growing with the corpus.
 */
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast } from 'satteri';
import { checkBody } from './entry-body.ts';
import { type EntryComponentName, inlineHtml } from './entry-components.ts';
import { externalRel, isExternal } from '../security.ts';

/** How bodies are written out as HTML; a page that matches text in a body (./lesson-links.ts) writes it the same way. */
export const htmlOptions = { characterReferences: { useNamedReferences: true } } as const;

export interface Heading {
	depth: number;
	slug: string;
	text: string;
}

export interface EntryHtml {
	html: string;
	headings: Heading[];
}

interface JsxElement {
	type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
	name: string | null;
	attributes: { type: string; name?: string; value?: unknown }[];
	children: ElementContent[];
}

const element = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string): ElementContent => ({ type: 'text', value });

/** The HTML of each component, as its attributes and content make it. */
const componentHtml: Record<EntryComponentName, (attributes: Record<string, string>, children: ElementContent[]) => Element> = {
	Quote: ({ source, lang }, children) =>
		element('figure', { className: ['quote'] }, [element('blockquote', { lang }, children), element('figcaption', {}, [text(`— ${source}`)])]),
	Figure: ({ src, alt, caption }) =>
		element('figure', { className: ['figure'] }, [
			element('img', { src, alt, loading: 'lazy', decoding: 'async' }),
			...(caption ? [element('figcaption', {}, [text(caption)])] : []),
		]),
};

const allowedHtml: readonly string[] = inlineHtml.elements;
const allowedHtmlAttributes: readonly string[] = inlineHtml.attributes;

/** The attributes, as text: the body check has already refused any that hold code. */
function attributesOf(node: JsxElement): Record<string, string> {
	const attributes: Record<string, string> = {};
	for (const attribute of node.attributes) {
		if (attribute.type !== 'mdxJsxAttribute' || !attribute.name || (attribute.value !== undefined && typeof attribute.value !== 'string')) {
			throw new Error(`<${node.name}> has an attribute that is not plain text`);
		}
		attributes[attribute.name] = attribute.value ?? '';
	}
	return attributes;
}

function jsxToHtml(node: JsxElement): ElementContent {
	const name = node.name ?? '';
	const children = node.children.map(toPlainHtml);
	if (Object.hasOwn(componentHtml, name)) return componentHtml[name as EntryComponentName](attributesOf(node), children);
	if (allowedHtml.includes(name)) {
		const attributes = Object.entries(attributesOf(node)).filter(([attribute]) => allowedHtmlAttributes.includes(attribute));
		return element(name, Object.fromEntries(attributes), children);
	}
	// Never reached for a checked entry: fail loudly rather than drop or pass through what the check missed.
	throw new Error(`<${name}> is not allowed in an entry (see src/model/entry-components.ts)`);
}

function toPlainHtml(node: ElementContent): ElementContent {
	const type = (node as { type: string }).type;
	if (type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement') return jsxToHtml(node as unknown as JsxElement);
	if (type === 'element') {
		const el = node as Element;
		const properties = el.tagName === 'a' && isExternal(String(el.properties.href ?? '')) ? { ...el.properties, rel: externalRel.split(' ') } : el.properties;
		return { ...el, properties, children: el.children.map(toPlainHtml) };
	}
	if (type === 'text' || type === 'comment') return node;
	throw new Error(`an entry's body may not contain ${type} (entries are content, not code)`);
}

const textOf = (node: RootContent): string =>
	node.type === 'text' ? node.value : 'children' in node ? node.children.map((child) => textOf(child as RootContent)).join('') : '';

/** Headings get the ids Astro gives them (github-slugger), so that links to a section keep working. */
function addHeadingIds(nodes: RootContent[], headings: Heading[], slugger: GithubSlugger): void {
	for (const node of nodes) {
		if (node.type !== 'element') continue;
		const depth = /^h([1-6])$/.exec(node.tagName)?.[1];
		if (depth) {
			const content = textOf(node);
			const slug = slugger.slug(content);
			node.properties = { ...node.properties, id: slug };
			headings.push({ depth: Number(depth), slug, text: content });
		} else addHeadingIds(node.children, headings, slugger);
	}
}

/**
 * The body's HTML and headings. The validator refuses an unsafe body before the content is loaded; the body
 * check runs again here so that nothing it refuses can ever be rendered.
 */
export function entryHtml(body: string): EntryHtml {
	const problems = checkBody(body);
	if (problems.length > 0) throw new Error(`the body is refused: ${problems.map((problem) => problem.message).join('; ')}`);
	const tree = mdxToHast(body, { features: { frontmatter: false, gfm: true, smartPunctuation: true }, position: false }) as Root;
	const children = tree.children.map((node) => toPlainHtml(node as ElementContent)) as RootContent[];
	const headings: Heading[] = [];
	addHeadingIds(children, headings, new GithubSlugger());
	return { html: toHtml({ type: 'root', children }, htmlOptions), headings };
}
