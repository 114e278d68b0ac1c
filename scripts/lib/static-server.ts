/** A static server for a built site on a free loopback port, serving files as a static host would. */
import { createReadStream, existsSync, realpathSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
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

/**
 * The file a request's path names inside `root`, or undefined where the decoded path leaves it: through `..`
 * (also written `..%2f`), a backslash, a NUL, or a symbolic link to elsewhere. A PDF is printed from what this
 * server answers, and an entry's image address must never bring a file of the build machine into it.
 */
export function fileInside(root: string, urlPath: string): string | undefined {
	let path: string;
	try {
		path = decodeURIComponent(urlPath);
	} catch {
		return undefined;
	}
	if (/[\u0000\\]/.test(path)) return undefined;
	const file = resolve(root, `.${path.startsWith('/') ? path : `/${path}`}`);
	const inside = (base: string, target: string) => {
		const path = relative(base, target);
		return path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path);
	};
	if (!inside(resolve(root), file)) return undefined;
	// A link inside the folder may point out of it: follow it, then check again.
	return !existsSync(file) || inside(realpathSync(root), realpathSync(file)) ? file : undefined;
}

/** `gzip`: compress text for clients that accept it, as a host would (Lighthouse measures what it is sent). */
export async function serveDirectory(dist: string, { gzip = false } = {}): Promise<StaticServer> {
	const requests: StaticServer['requests'] = [];
	const server: Server = createServer((request, response) => {
		const path = new URL(request.url ?? '/', 'http://localhost').pathname;
		let file = fileInside(dist, path);
		if (file && existsSync(file) && statSync(file).isDirectory()) file = fileInside(dist, `${path.replace(/\/?$/, '/')}index.html`);
		if (file === undefined) {
			requests.push({ path, bytes: 0 });
			response.writeHead(403).end();
			return;
		}
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
	const close = () =>
		new Promise<void>((resolve) => {
			server.close(() => resolve());
			// Keep-alive connections would hold the close open until they time out.
			server.closeAllConnections();
		});
	return { url: `http://127.0.0.1:${port}`, requests, close };
}
