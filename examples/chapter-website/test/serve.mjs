// Serves the chapter website (the folder above this one) for the end-to-end test:
//   node serve.mjs [port]        (default 8080, on 127.0.0.1 and localhost)
// Any static server does the same job; this one needs nothing beyond Node.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const port = Number(process.argv[2] || process.env.PORT || 8080);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

const server = createServer(async (request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://site').pathname);
  const file = normalize(join(root, path.endsWith('/') ? path + 'index.html' : path));
  // Only the site's own files: never the test folder or anything outside the site.
  if (!file.startsWith(root + sep) || file.startsWith(join(root, 'test') + sep) || !(extname(file) in types)) {
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found\n');
    return;
  }
  try {
    const body = await readFile(file);
    response.writeHead(200, { 'Content-Type': types[extname(file)], 'Cache-Control': 'no-cache' }).end(body);
  } catch {
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found\n');
  }
});
server.listen(port, '127.0.0.1', () => {
  console.log(`Chapter website on http://localhost:${port}/ (serving ${root})`);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
