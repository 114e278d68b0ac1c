/** A static server for a built site on a free loopback port, serving files as a static host would. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.json': 'application/json',
	'.csv': 'text/csv',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.pf_meta': 'application/octet-stream',
	'.wasm': 'application/wasm',
	'.pdf': 'application/pdf',
};

export interface StaticServer {
	url: string;
	/** Every path requested, with the bytes sent. */
	requests: { path: string; bytes: number }[];
	close(): Promise<void>;
}

export async function serveDirectory(dist: string): Promise<StaticServer> {
	const requests: StaticServer['requests'] = [];
	const server: Server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		let file = join(dist, path);
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		const found = existsSync(file) && statSync(file).isFile();
		if (!found) file = join(dist, '404.html');
		if (!existsSync(file)) {
			requests.push({ path, bytes: 0 });
			response.writeHead(404).end();
			return;
		}
		const bytes = statSync(file).size;
		requests.push({ path, bytes });
		response.writeHead(found ? 200 : 404, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Content-Length': bytes });
		createReadStream(file).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
