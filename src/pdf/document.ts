/**
 * What Chromium's PDFs lack, added with pdf-lib: the author, the title as the entry's own (not the browser
 * tab's), and fixed dates, the content's last update rather than the moment of printing, so that the same
 * commit gives the same bytes. Also reads where each named destination (an element linked to by id) landed.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';
import { pdfMetadataText } from '../escape.ts';

export interface PdfMetadata {
	title: string;
	author: string;
	/** The content's last update: the PDF's creation and modification date. */
	date: Date;
}

export async function finishPdf(bytes: Uint8Array, { title, author, date }: PdfMetadata): Promise<Uint8Array> {
	const doc = await PDFDocument.load(bytes, { updateMetadata: false });
	// Readers show the title, not the file name, in their window: part of what makes a PDF accessible.
	doc.setTitle(pdfMetadataText(title), { showInWindowTitleBar: true });
	doc.setAuthor(pdfMetadataText(author));
	doc.setCreator(pdfMetadataText(author));
	doc.setCreationDate(date);
	doc.setModificationDate(date);
	return doc.save();
}

/** The page (from 1) on which each named destination lies, by its name (the element's id). */
export async function destinationPages(bytes: Uint8Array): Promise<Map<string, number>> {
	const doc = await PDFDocument.load(bytes, { updateMetadata: false });
	const pages = new Map(doc.getPages().map((page, index) => [page.ref.toString(), index + 1]));
	const found = new Map<string, number>();
	const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
	for (const [name, value] of dests?.entries() ?? []) {
		const target = doc.context.lookupMaybe(value, PDFArray)?.get(0);
		const page = target instanceof PDFRef ? pages.get(target.toString()) : undefined;
		if (page) found.set(name.decodeText(), page);
	}
	return found;
}
