#!/usr/bin/env node
// A tiny static HTTP server on 127.0.0.1, Node built-ins only.
//
// As a module:
//   import { startServer } from './scripts/serve.mjs';
//   const srv = await startServer({
//     root: 'dist/www',                       // optional: serve a folder
//     routes: {                               // optional: exact paths, checked first
//       '/seed/': { file: '/path/page.html' },
//       '/seed-csp/': { file: '/path/page.html',
//                       headers: { 'Content-Security-Policy': "script-src 'self'" } },
//       '/hello.txt': { body: 'hi', type: 'text/plain; charset=utf-8' },
//     },
//     port: 0,                                // 0 (default) picks a free port
//   });
//   srv.url    // 'http://127.0.0.1:PORT/'
//   await srv.close();
//
// As a command:
//   node scripts/serve.mjs --root DIR [--port N]
// prints the URL on one line and serves until interrupted.

import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.pdf': 'application/pdf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.zip': 'application/zip',
};

export function mimeFor(file) {
  return MIME[path.extname(file).toLowerCase()] || 'application/octet-stream';
}

function send(req, res, status, headers, body) {
  const buf = typeof body === 'string' ? Buffer.from(body) : body;
  res.writeHead(status, {
    'Cache-Control': 'no-store',
    'Content-Length': buf.length,
    ...headers,
  });
  res.end(req.method === 'HEAD' ? undefined : buf);
}

function notFound(req, res) {
  send(req, res, 404, { 'Content-Type': 'text/plain; charset=utf-8' }, 'not found\n');
}

// Resolves a URL path inside root; null when it would escape root.
function resolveInRoot(root, urlPath) {
  const rel = path.normalize('/' + urlPath).replace(/^([/\\])+/, '');
  const full = path.resolve(root, rel);
  if (full !== root && !full.startsWith(root + path.sep)) return null;
  return full;
}

async function readFileOrNull(file) {
  try {
    const st = await fs.promises.stat(file);
    if (st.isDirectory()) return { dir: true };
    return { data: await fs.promises.readFile(file) };
  } catch {
    return null;
  }
}

/**
 * Starts the server. Resolves to {url, port, server, close()}.
 * @param {{root?: string, routes?: Record<string, {file?: string, body?: string|Buffer,
 *   type?: string, headers?: Record<string,string>, status?: number}>,
 *   port?: number, host?: string, onRequest?: (req: http.IncomingMessage) => void}} opts
 *   onRequest sees every request before it is answered (tests use it to log them).
 */
export async function startServer({ root, routes = {}, port = 0, host = '127.0.0.1', onRequest } = {}) {
  const absRoot = root ? path.resolve(root) : null;
  if (absRoot && !fs.existsSync(absRoot)) throw new Error(`serve: root ${absRoot} does not exist`);

  const server = http.createServer(async (req, res) => {
    try {
      onRequest?.(req);
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        send(req, res, 405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain' }, 'method not allowed\n');
        return;
      }
      let urlPath;
      try {
        urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      } catch {
        send(req, res, 400, { 'Content-Type': 'text/plain' }, 'bad request\n');
        return;
      }

      const route = Object.prototype.hasOwnProperty.call(routes, urlPath) ? routes[urlPath] : null;
      if (route) {
        let body = route.body;
        if (body === undefined && route.file) body = await fs.promises.readFile(route.file);
        if (body === undefined) body = '';
        const type = route.type || (route.file ? mimeFor(route.file) : 'text/html; charset=utf-8');
        send(req, res, route.status || 200, { 'Content-Type': type, ...(route.headers || {}) }, body);
        return;
      }

      if (!absRoot) return notFound(req, res);
      let file = resolveInRoot(absRoot, urlPath);
      if (!file) return notFound(req, res);
      let got = await readFileOrNull(file);
      if (got && got.dir) {
        if (!urlPath.endsWith('/')) {
          // Redirect so relative URLs inside index.html resolve against the folder.
          res.writeHead(301, { Location: urlPath + '/', 'Content-Length': 0 });
          res.end();
          return;
        }
        file = path.join(file, 'index.html');
        got = await readFileOrNull(file);
      }
      if (!got || got.dir) return notFound(req, res);
      send(req, res, 200, { 'Content-Type': mimeFor(file) }, got.data);
    } catch (err) {
      if (!res.headersSent) send(req, res, 500, { 'Content-Type': 'text/plain' }, `error: ${err.message}\n`);
      else res.destroy();
    }
  });

  // Keep-alive sockets would make close() wait; track and destroy them.
  const sockets = new Set();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = server.address().port;
  return {
    url: `http://${host}:${actualPort}/`,
    port: actualPort,
    server,
    close() {
      return new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      });
    },
  };
}

function parseArgs(argv) {
  const out = { root: null, port: 0 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--root') out.root = val();
    else if (a.startsWith('--root=')) out.root = a.slice(7);
    else if (a === '--port') out.port = Number(val());
    else if (a.startsWith('--port=')) out.port = Number(a.slice(7));
    else if (a === '-h' || a === '--help') out.help = true;
    else throw new Error(`unknown argument: ${a}`);
  }
  if (!Number.isInteger(out.port) || out.port < 0 || out.port > 65535) throw new Error('--port must be 0..65535');
  return out;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`serve: ${e.message}\nusage: node scripts/serve.mjs --root DIR [--port N]`);
    process.exit(2);
  }
  if (args.help || !args.root) {
    console.error('usage: node scripts/serve.mjs --root DIR [--port N]');
    process.exit(args.help ? 0 : 2);
  }
  startServer({ root: args.root, port: args.port }).then(
    (srv) => {
      console.log(srv.url);
      const stop = () => srv.close().then(() => process.exit(0));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    },
    (e) => {
      console.error(`serve: ${e.message}`);
      process.exit(1);
    },
  );
}
