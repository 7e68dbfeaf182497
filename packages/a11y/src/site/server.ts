/**
 * A small static file server for the built site, on 127.0.0.1 and an ephemeral
 * port: pages are checked as a browser sees them (real URLs, real CSS), with no
 * `file://` quirks and nothing reachable from outside the machine.
 */
import {createReadStream} from 'node:fs'
import {stat} from 'node:fs/promises'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import path from 'node:path'
import mime from 'mime'

export interface StaticServer {
  /** e.g. `http://127.0.0.1:40123/` */
  origin: string
  close(): Promise<void>
}

async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return undefined
  }
  const file = path.join(root, path.normalize(decoded))
  // Never serve outside the site folder (`/../../etc/passwd`).
  if (file !== root && !file.startsWith(root + path.sep)) return undefined
  const candidates = decoded.endsWith('/') ? [path.join(file, 'index.html')] : [file, path.join(file, 'index.html'), `${file}.html`]
  for (const candidate of candidates) {
    try {
      if ((await stat(candidate)).isFile()) return candidate
    } catch {
      // try the next candidate
    }
  }
  return undefined
}

export interface ServeOptions {
  /**
   * Extra files served at fixed URL paths (e.g. `/.caveat-a11y/axe.js` → axe.min.js), with a
   * long-lived cache header: the checker's own scripts, which Chromium then compiles once
   * and reuses from its code cache on every page. They win over a site file at the same path.
   */
  assets?: Record<string, string> | undefined
}

export async function serveDirectory(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const root = path.resolve(dir)
  const assets = new Map(Object.entries(options.assets ?? {}))
  const server: Server = createServer((request, response) => {
    const {pathname} = new URL(request.url ?? '/', 'http://127.0.0.1')
    const asset = assets.get(pathname)
    if (asset) {
      response.writeHead(200, {'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=31536000, immutable'})
      if (request.method === 'HEAD') response.end()
      else createReadStream(asset).on('error', () => response.destroy()).pipe(response)
      return
    }
    resolveFile(root, pathname).then(
      (file) => {
        if (!file) {
          response.writeHead(404, {'content-type': 'text/plain; charset=utf-8'})
          response.end('Not found')
          return
        }
        const type = mime.getType(file) ?? 'application/octet-stream'
        response.writeHead(200, {
          'content-type': /^text\/|javascript|json|xml|svg/.test(type) ? `${type}; charset=utf-8` : type,
          'cache-control': 'no-store'
        })
        if (request.method === 'HEAD') {
          response.end()
          return
        }
        createReadStream(file)
          .on('error', () => response.destroy())
          .pipe(response)
      },
      () => {
        response.writeHead(500)
        response.end()
      }
    )
  })
  // Browsers keep connections alive; don't let them hold `close()` open.
  server.keepAliveTimeout = 1000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const {port} = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
