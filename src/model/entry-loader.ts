/**
 * The content loader for entries and pages: content/<collection>/<locale>/<slug>.mdx, with the id
 * "<locale>/<slug>". Each body is rendered to HTML here, once, and kept in the content store with its entry
 * (src/model/entry-html.ts), so pages render stored HTML and no entry is bundled as a module. The Markdown
 * itself is not stored: the build bundles the whole store, and at 10,000 entries the Markdown was a third of
 * it (11 of 34 MB) and 0.1 GB of the build's peak memory; the open-data export reads it from the file. An
 * unchanged file (same digest) is not parsed or rendered again.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { entryHtml } from './entry-html.ts';
import { parseEntry } from './entry-files.ts';

const ENTRY_FILE = /^([a-z0-9-]+)\.mdx$/;

export function entryLoader(dir: string, folders: readonly string[]): Loader {
	return {
		name: 'intercultural-practices:entries',
		load: async (context) => {
			const root = fileURLToPath(context.config.root);
			const seen = new Set<string>();
			for (const folder of folders) {
				const names = await readdir(join(dir, folder)).catch(() => []);
				for (const name of names.sort()) {
					const slug = ENTRY_FILE.exec(name)?.[1];
					if (!slug) continue;
					const id = `${folder}/${slug}`;
					seen.add(id);
					await loadFile(context, id, join(dir, folder, name), root);
				}
			}
			for (const id of context.store.keys()) if (!seen.has(id)) context.store.delete(id);
			// In development: a new or edited file is loaded again, a removed one leaves the collection.
			context.watcher?.add(dir);
			const reload = async (path: string) => {
				const id = idOf(dir, folders, path);
				if (id) await loadFile(context, id, path, root);
			};
			context.watcher?.on('add', reload).on('change', reload);
			context.watcher?.on('unlink', (path) => {
				const id = idOf(dir, folders, path);
				if (id) context.store.delete(id);
			});
		},
	};
}

function idOf(dir: string, folders: readonly string[], path: string): string | undefined {
	const [folder, name, ...rest] = relative(dir, path).split(/[\\/]/);
	const slug = ENTRY_FILE.exec(name ?? '')?.[1];
	return rest.length === 0 && folders.includes(folder) && slug ? `${folder}/${slug}` : undefined;
}

async function loadFile({ store, parseData, generateDigest }: LoaderContext, id: string, path: string, root: string): Promise<void> {
	const source = await readFile(path, 'utf8');
	const digest = generateDigest(source);
	if (store.get(id)?.digest === digest) return;
	const filePath = relative(root, path);
	const { data, error, ...parsed } = parseEntry(source);
	const body = parsed.body.trim();
	// The validator reports this with the file and the line before anything is loaded; this is the last guard.
	if (error || !data || typeof data !== 'object') throw new Error(`${filePath} ${error ?? 'has no frontmatter'}`);
	const { html, headings } = entryHtml(body);
	store.set({
		id,
		data: await parseData({ id, data: data as Record<string, unknown>, filePath }),
		filePath,
		digest,
		rendered: { html, metadata: { headings } },
	});
}
