// Serves the built app (adapter-node's handler in build/) with the security headers on every
// response, prerendered pages and static files included: `npm start` runs this after the build.
//
//   HOST (127.0.0.1), PORT (4173)      where to listen
//   DATABASE_URL=postgres://…          use this PostgreSQL server; otherwise the embedded store in
//   FACTDRILL_DATA (./data)            this folder
//   ORIGIN (http://HOST:PORT)          the address browsers use: set it behind a proxy or with HTTPS
//   ADDRESS_HEADER, XFF_DEPTH, …       adapter-node's other settings, for running behind a proxy
//
// The store is opened and migrated before the server says it is ready; a store that cannot be
// opened stops the server with the reason.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { securityHeaders } from '../src/lib/server/security-headers.js';

const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || 4173);
const base = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
// adapter-node takes a request for https unless told otherwise; served directly, it is this address.
// The API's cross-site check compares the browser's Origin header with it.
process.env.ORIGIN ??= base;
// Large enough for a share of the largest set; each endpoint applies its own, smaller limit.
process.env.BODY_SIZE_LIMIT ??= String(16 * 1024 * 1024);

const handlerFile = fileURLToPath(new URL('../build/handler.js', import.meta.url));
if (!existsSync(handlerFile)) {
	console.error('factdrill: no server build in build/; run `npm run build` first (or `npm start`, which builds)');
	process.exit(1);
}
const { handler } = await import(handlerFile);

const server = createServer((request, response) => {
	const path = (request.url ?? '/').split('?')[0] ?? '/';
	for (const [name, value] of Object.entries(securityHeaders(path))) response.setHeader(name, value);
	// An answer given before the request's body was read (refused unread: no device, too large) closes
	// the connection: the rest of that body is still on its way, and a next request on the same
	// connection would be read from the middle of it.
	const writeHead = response.writeHead;
	response.writeHead = function (...args) {
		if (!request.complete) response.setHeader('connection', 'close');
		return writeHead.apply(this, args);
	};
	handler(request, response, () => {
		response.statusCode = 404;
		response.end('Not found');
	});
});
// Slow clients cannot hold connections open forever.
server.requestTimeout = 60_000;
server.headersTimeout = 20_000;

let stopping = false;
async function stop(signal) {
	if (stopping) return;
	stopping = true;
	console.log(`factdrill: ${signal}, finishing open requests and closing the store`);
	server.close();
	setTimeout(() => server.closeAllConnections(), 10_000).unref();
	// The app closes its store on this event (src/hooks.server.ts) and answers with factdrill:closed.
	const closed = new Promise((resolve) => process.once('factdrill:closed', resolve));
	process.emit('sveltekit:shutdown', signal);
	await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 10_000))]);
	process.exit(0);
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));

server.listen(port, host, async () => {
	try {
		const response = await fetch(`${base}/api/health`);
		const health = await response.json();
		if (!response.ok) throw new Error(health.error ?? `status ${response.status}`);
		const where = health.store === 'postgres' ? 'PostgreSQL at DATABASE_URL' : `embedded PostgreSQL in ${process.env.FACTDRILL_DATA || './data'}`;
		console.log(`factdrill: serving ${base} (store: ${where}, schema version ${health.schema})`);
	} catch (error) {
		console.error(`factdrill: the store could not be opened: ${error.message}`);
		process.exit(1);
	}
});
