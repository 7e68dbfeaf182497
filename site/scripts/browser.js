// Shared by the screenshot script and the browser tests: find a Chromium, serve a built site.
import {existsSync} from 'node:fs'
import {createServer} from 'node:http'
import sirv from 'sirv'

/** Flags that work in containers and CI (as root Chromium needs --no-sandbox). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

/** CHROME_PATH, else a system Chromium or Chrome; a clear error saying how to get one otherwise. */
export function findChromium() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/lib/chromium/chromium',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome'
  ]
  const found = candidates.find((candidate) => candidate && existsSync(candidate))
  if (!found) {
    throw new Error('No Chromium found. Set CHROME_PATH to a Chrome or Chromium binary, or install one: `apt-get install chromium`.')
  }
  return found
}

/**
 * Serve a folder on 127.0.0.1 at a free port.
 * @param {string} dir
 * @returns {Promise<{origin: string, close: () => Promise<void>}>}
 */
export async function serveDirectory(dir) {
  const server = createServer(sirv(dir, {dev: true}))
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve(undefined))
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
}
