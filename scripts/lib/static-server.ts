/** A static server for a built site on a free loopback port, serving files as a static host would. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { createGzip } from 'node:zlib';

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

/** Types a host compresses. */
const compressible = /^(text\/|application\/(json|xml)|image\/svg)/;

/** `gzip`: compress text for clients that accept it, as a host would (Lighthouse measures what it is sent). */
export async function serveDirectory(dist: string, { gzip = false } = {}): Promise<StaticServer> {
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
		const type = types[extname(file)] ?? 'application/octet-stream';
		const status = found ? 200 : 404;
		if (gzip && compressible.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
			response.writeHead(status, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
			createReadStream(file).pipe(createGzip()).pipe(response);
			return;
		}
		response.writeHead(status, { 'Content-Type': type, 'Content-Length': bytes });
		createReadStream(file).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
