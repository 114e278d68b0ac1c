/** Reads a PDF as a reader would, with pdf.js: text per page, metadata, outline, tagging and links. */
import { readFileSync } from 'node:fs';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface OutlineItem {
	title: string;
	items: OutlineItem[];
}

export interface ReadPdf {
	/** Each page's text, its runs joined by spaces. */
	pages: string[];
	info: { Title?: string; Author?: string; Language?: string; CreationDate?: string; ModDate?: string };
	tagged: boolean;
	outline: OutlineItem[];
	/** Every link's address, page by page. */
	links: string[][];
}

export async function readPdf(path: string): Promise<ReadPdf> {
	const pdf = await getDocument({ data: new Uint8Array(readFileSync(path)), verbosity: 0 }).promise;
	const pages: string[] = [];
	const links: string[][] = [];
	let structured = false;
	for (let n = 1; n <= pdf.numPages; n++) {
		const page = await pdf.getPage(n);
		const { items } = await page.getTextContent();
		pages.push(items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' ').trim());
		structured ||= (await page.getStructTree()) !== null;
		links.push((await page.getAnnotations()).filter((a) => a.subtype === 'Link').map((a) => a.url ?? `#${typeof a.dest === 'string' ? a.dest : ''}`));
	}
	const { info } = (await pdf.getMetadata()) as { info: ReadPdf['info'] };
	const markInfo = await pdf.getMarkInfo();
	const outline = ((await pdf.getOutline()) ?? []) as OutlineItem[];
	await pdf.destroy();
	return { pages, info, tagged: Boolean(markInfo?.Marked) && structured, outline, links };
}

/** What a PDF's pages draw with: each page's fonts (by name, and whether drawn as Type 3 pictures) and fill colours. */
export async function readDrawing(path: string): Promise<{ fonts: { name: string; type3: boolean }[]; fills: Set<string> }[]> {
	const pdf = await getDocument({ data: new Uint8Array(readFileSync(path)), verbosity: 0 }).promise;
	const pages = [];
	for (let n = 1; n <= pdf.numPages; n++) {
		const page = await pdf.getPage(n);
		const { fnArray, argsArray } = await page.getOperatorList();
		const fonts = new Map<string, { name: string; type3: boolean }>();
		const fills = new Set<string>();
		fnArray.forEach((fn, i) => {
			if (fn === OPS.setFont) {
				const font = page.commonObjs.get(argsArray[i][0]) as { name: string; isType3Font: boolean };
				fonts.set(argsArray[i][0], { name: font.name, type3: font.isType3Font });
			}
			if (fn === OPS.setFillRGBColor) fills.add(String(argsArray[i][0]));
		});
		pages.push({ fonts: [...fonts.values()], fills });
	}
	await pdf.destroy();
	return pages;
}
