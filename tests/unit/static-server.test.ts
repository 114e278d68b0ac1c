/** The static server the PDF step and the browser tests read the site from never serves a file outside its folder. */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileInside, serveDirectory, type StaticServer } from '../../scripts/lib/static-server.ts';

const base = mkdtempSync(join(tmpdir(), 'ip-server-'));
const dist = join(base, 'dist');
mkdirSync(join(dist, 'images'), { recursive: true });
writeFileSync(join(dist, 'images/a.svg'), '<svg/>');
writeFileSync(join(dist, 'index.html'), 'home');
writeFileSync(join(dist, '404.html'), 'not found');
writeFileSync(join(base, 'secret.txt'), 'secret');
symlinkSync(join(base, 'secret.txt'), join(dist, 'images/link.svg'));

describe('fileInside', () => {
	it('resolves a path inside the folder', () => {
		expect(fileInside(dist, '/images/a.svg')).toBe(join(dist, 'images/a.svg'));
		expect(fileInside(dist, '/')).toBe(dist);
	});

	it('refuses every way out of it', () => {
		for (const path of ['/../secret.txt', '/images/..%2f..%2fsecret.txt', '/images/%2e%2e/%2e%2e/secret.txt', '/images/..%5c..%5csecret.txt', '/images\\..\\..\\secret.txt', '/a%00.svg', '/%E0%A4%A', '/images/link.svg']) {
			expect(fileInside(dist, path), path).toBeUndefined();
		}
	});
});

describe('serveDirectory', () => {
	let server: StaticServer;
	beforeAll(async () => {
		server = await serveDirectory(dist);
	});
	afterAll(() => server.close());

	it('answers 403 for a path that leaves the folder, however it is encoded', async () => {
		for (const path of ['/images/..%2f..%2fsecret.txt', '/images/%2e%2e%2f%2e%2e%2fsecret.txt', '/images/link.svg']) {
			const response = await fetch(`${server.url}${path}`);
			expect(response.status, path).toBe(403);
			expect(await response.text()).not.toContain('secret');
		}
	});

	it('serves the files inside it, and the not-found page for the rest', async () => {
		expect(await (await fetch(`${server.url}/images/a.svg`)).text()).toBe('<svg/>');
		expect(await (await fetch(`${server.url}/`)).text()).toBe('home');
		const missing = await fetch(`${server.url}/nothing/`);
		expect([missing.status, await missing.text()]).toEqual([404, 'not found']);
	});
});
