/**
 * Finding and launching the one Chromium a run shares between all its pages.
 * Order: `CHROME_PATH` / config `a11y.executablePath` → puppeteer's own Chrome
 * (its cache) → `chromium`, `chromium-browser`, `google-chrome`, `google-chrome-stable`
 * on PATH. Nothing found is a setup problem (exit 2), reported with how to fix it.
 */
import {accessSync, constants, statSync} from 'node:fs'
import path from 'node:path'
import puppeteer, {type Browser} from 'puppeteer'
import {A11yUsageError} from './errors.js'

/** No browser to run the check in: a setup problem, exit 2. */
export class BrowserNotFoundError extends A11yUsageError {
  constructor(message: string) {
    super(message)
    this.name = 'BrowserNotFoundError'
  }
}

export const installHint =
  'Install Chromium (Debian/Ubuntu: `sudo apt-get install chromium`; macOS: `brew install --cask chromium`) ' +
  'or point CHROME_PATH at a Chrome/Chromium binary (e.g. `CHROME_PATH=/usr/bin/chromium caveat a11y`).'

const pathNames = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']

function isExecutable(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

export interface BrowserLocation {
  executablePath: string
  /** Where it came from: `CHROME_PATH`, `config`, `puppeteer`, `PATH`. */
  via: string
}

/** Find a browser, or throw BrowserNotFoundError with an install hint. */
export function findBrowser(options: {env?: NodeJS.ProcessEnv; configured?: string | undefined} = {}): BrowserLocation {
  const env = options.env ?? process.env
  const explicit = env['CHROME_PATH'] ? {file: env['CHROME_PATH'], via: 'CHROME_PATH'} : options.configured ? {file: options.configured, via: 'config a11y.executablePath'} : undefined
  if (explicit) {
    if (isExecutable(explicit.file)) return {executablePath: explicit.file, via: explicit.via}
    throw new BrowserNotFoundError(`${explicit.via} points at ${explicit.file}, which is not an executable file. ${installHint}`)
  }
  try {
    // Puppeteer computes where its own Chrome would be in its cache (~/.cache/puppeteer or PUPPETEER_CACHE_DIR).
    const own = puppeteer.executablePath()
    if (own && isExecutable(own)) return {executablePath: own, via: 'puppeteer'}
  } catch {
    // No browser in puppeteer's cache: fall through to the system.
  }
  for (const dir of (env['PATH'] ?? '').split(path.delimiter)) {
    if (!dir) continue
    for (const name of pathNames) {
      const file = path.join(dir, name)
      if (isExecutable(file)) return {executablePath: file, via: 'PATH'}
    }
  }
  throw new BrowserNotFoundError(`No Chrome or Chromium found (looked at CHROME_PATH, puppeteer's cache and ${pathNames.join(', ')} on PATH). ${installHint}`)
}

/** Flags that keep a headless Chromium quiet and quick on CI machines and containers. */
export function launchArgs(env: NodeJS.ProcessEnv = process.env): string[] {
  const args = [
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-extensions',
    '--disable-default-apps',
    '--mute-audio',
    // Background tabs in a pool must not be throttled: every page is "in the background" but one.
    '--disable-renderer-backgrounding',
    '--disable-background-timer-throttling',
    '--disable-backgrounding-occluded-windows'
  ]
  // The sandbox needs user namespaces, which root in a container and most CI runners lack.
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (isRoot || env['CI']) args.push('--no-sandbox', '--disable-setuid-sandbox')
  return args
}

export async function launchBrowser(executablePath: string, env: NodeJS.ProcessEnv = process.env): Promise<Browser> {
  return puppeteer.launch({
    executablePath,
    headless: true,
    args: launchArgs(env),
    // We close the browser ourselves, including on SIGINT via the caller's finally.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    protocolTimeout: 120_000
  })
}
