/**
 * Runs an Astro build as a child process and measures it: wall time, pages written, and peak resident
 * memory of all its processes together (Astro's and any indexer's), sampled from /proc every 100 ms.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface BuildRun {
	ms: number;
	/** HTML files written. */
	pages: number;
	/** Bytes resident at the highest sample, all processes together. */
	peak: number;
	/** Each command's own highest resident bytes. */
	byCommand: Map<string, number>;
	/** What the build printed. */
	log: string;
}

/** Every process under `pid` (itself included), by reading /proc. */
async function tree(pid: number): Promise<number[]> {
	const parents = new Map<number, number[]>();
	for (const name of await readdir('/proc').catch(() => [])) {
		if (!/^\d+$/.test(name)) continue;
		const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
		// The command name is in parentheses and may hold spaces: the parent's pid is the second field after it.
		const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
		if (ppid) parents.set(ppid, [...(parents.get(ppid) ?? []), Number(name)]);
	}
	const found = [pid];
	for (let i = 0; i < found.length; i++) found.push(...(parents.get(found[i]) ?? []));
	return found;
}

/** Samples the resident memory of a process tree until stopped. */
function samplePeak(pid: number) {
	let peak = 0;
	const byCommand = new Map<string, number>();
	const timer = setInterval(async () => {
		let total = 0;
		for (const child of await tree(pid)) {
			const status = await readFile(`/proc/${child}/status`, 'utf8').catch(() => '');
			const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
			const command = /Name:\s+(\S+)/.exec(status)?.[1] ?? '?';
			total += rss;
			byCommand.set(command, Math.max(byCommand.get(command) ?? 0, rss));
		}
		peak = Math.max(peak, total);
	}, 100);
	return () => {
		clearInterval(timer);
		return { peak, byCommand };
	};
}

/**
 * `astro build` of the project at `cwd` into `outDir`, with the Node running this script. `--force`: the
 * content cache would otherwise keep file paths from an earlier corpus.
 */
export async function runBuild(cwd: string, outDir: string, env: Record<string, string> = {}): Promise<BuildRun> {
	const args = [join(cwd, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir, '--force'];
	const started = performance.now();
	const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
	const stop = samplePeak(child.pid!);
	let log = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
	const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
	const { peak, byCommand } = stop();
	if (code !== 0) throw new Error(`The build in ${cwd} failed (exit code ${code}):\n${log.slice(-3000)}`);
	const ms = performance.now() - started;
	const pages = (await readdir(outDir, { recursive: true })).filter((name) => name.endsWith('.html')).length;
	return { ms, pages, peak, byCommand, log };
}

export const GB = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;

/** One line: time, pages, time a page, and the peak with each process's own. */
export function describeBuild(run: BuildRun, languages: number): string {
	const each = [...run.byCommand].filter(([, rss]) => rss > 50 * 1024 ** 2).map(([command, rss]) => `${command} ${GB(rss)}`).join(', ');
	const memory = run.peak ? `, peak memory ${GB(run.peak)} (all processes together; each at its own peak: ${each})` : '';
	const inLanguages = languages > 1 ? ` in ${languages} languages` : '';
	return `built in ${(run.ms / 1000).toFixed(1)} s: ${run.pages} pages${inLanguages}, ${(run.ms / run.pages).toFixed(1)} ms a page${memory}`;
}
