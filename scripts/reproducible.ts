/**
 * `npm run reproducible`: builds the site twice, each into a folder of its own with a PDF cache of its own (so
 * that every PDF is printed twice), and compares the two byte for byte. Exits 1, listing the files that differ,
 * unless they are identical. CONTENT_DIR builds another content folder (the build test uses a small one);
 * `--force`: each build starts from an empty content cache, as a fresh clone would.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** Every file of a folder, by its path inside it, with its SHA-256. */
async function fingerprint(dir: string): Promise<Map<string, string>> {
	const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
	const sums = await Promise.all(files.map(async (file) => {
		const path = join(file.parentPath, file.name);
		return [path.slice(dir.length + 1), createHash('sha256').update(await readFile(path)).digest('hex')] as const;
	}));
	return new Map(sums);
}

function build(outDir: string, cache: string): void {
	const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir, '--silent', '--force'], {
		cwd: root,
		env: { ...process.env, PDF_CACHE: cache },
		stdio: ['ignore', 'inherit', 'inherit'],
	});
	if (result.status !== 0) throw new Error(`The build into ${outDir} failed (exit code ${result.status})`);
}

const work = await mkdtemp(join(tmpdir(), 'ip-reproducible-'));
try {
	const [first, second] = ['first', 'second'].map((name) => ({ dist: join(work, name), cache: join(work, `${name}-pdf-cache`) }));
	for (const { dist, cache } of [first, second]) build(dist, cache);
	const [a, b] = await Promise.all([fingerprint(first.dist), fingerprint(second.dist)]);
	const differ = [...new Set([...a.keys(), ...b.keys()])].filter((path) => a.get(path) !== b.get(path)).sort();
	if (differ.length) {
		console.error(`Two builds differ in ${differ.length} of ${a.size} files:\n${differ.slice(0, 30).map((path) => `  ${path}${a.has(path) && b.has(path) ? '' : ' (in one build only)'}`).join('\n')}`);
		process.exitCode = 1;
	} else console.log(`Two builds are identical: ${a.size} files, ${[...a.keys()].filter((path) => path.endsWith('.pdf')).length} of them PDFs.`);
} finally {
	await rm(work, { recursive: true, force: true });
	// Another content folder: Astro's content cache now holds it; sync it back to the project's content for the next build.
	if (process.env.CONTENT_DIR) {
		const env = { ...process.env };
		delete env.CONTENT_DIR;
		spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'sync', '--force'], { cwd: root, env, stdio: 'ignore' });
	}
}
