/** The external-link checker, against a server on this machine (it never calls another host in tests). */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, externalLinks } from '../../scripts/lib/external-links.ts';

const server = createServer((request, response) => {
	if (request.url === '/no-head' && request.method === 'HEAD') return response.writeHead(405).end();
	if (request.url === '/moved') return response.writeHead(301, { location: '/alive' }).end();
	response.writeHead(request.url === '/alive' || request.url === '/no-head' ? 200 : 404).end();
});
let base = '';
beforeAll(async () => {
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

describe('external links', () => {
	it('are collected from every page, each with the pages that carry it', async () => {
		const dist = mkdtempSync(join(tmpdir(), 'ip-links-'));
		mkdirSync(join(dist, 'en/a'), { recursive: true });
		writeFileSync(join(dist, 'en/a/index.html'), '<a href="https://example.org/x">x</a> <a href="/en/b/">internal</a> <a href="mailto:a@example.org">m</a>');
		writeFileSync(join(dist, 'index.html'), '<a href="https://example.org/x">x</a>');
		expect(await externalLinks(dist)).toEqual(new Map([['https://example.org/x', ['/en/a/', '/']]]));
	});

	it('are alive when they answer below 400, after redirects and with GET where HEAD is refused', async () => {
		const results = await checkLinks([`${base}/alive`, `${base}/moved`, `${base}/no-head`, `${base}/gone`, 'http://127.0.0.1:1/closed'], 2, 2000);
		expect(new Map(results.map(({ url, ok }) => [url.replace(base, ''), ok]))).toEqual(
			new Map([
				['/alive', true],
				['/moved', true],
				['/no-head', true],
				['/gone', false],
				['http://127.0.0.1:1/closed', false],
			]),
		);
		expect(results.find((r) => r.url.endsWith('/gone'))?.status).toBe(404);
	});
});
