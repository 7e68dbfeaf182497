#!/usr/bin/env node
// Screenshots of the site for the README, taken with headless Chromium (playwright-core):
// the home page and the kratom article at 1280px and 390px, search results for "kratom", and
// the preview build of the seed draft with every finding highlighted. Builds what it shows, each
// into a temporary folder (the published site and the preview), serves it on 127.0.0.1 and
// writes PNGs atomically into --out.
//
//   npm run screenshots            (this script, then the reviewer's report screenshots)
//   node site/scripts/screenshots.js [--out .github/screenshots] [--max-height 2400]
//     [--article /articles/kratom-and-back-pain/] [--draft /drafts/kratom-back-pain/]
//
// Chromium: CHROME_PATH, else the system's (`apt-get install chromium`).
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, renameSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {chromium} from 'playwright-core'
import {chromiumArgs, findChromium, serveDirectory} from './browser.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const {values} = parseArgs({
  options: {
    out: {type: 'string', default: path.join(root, '.github/screenshots')},
    article: {type: 'string', default: '/articles/kratom-and-back-pain/'},
    draft: {type: 'string', default: '/drafts/kratom-back-pain/'},
    'max-height': {type: 'string', default: '2400'}
  }
})
const maxHeight = Number(values['max-height'])
const desktop = {width: 1280, height: 900}
// An iPhone 12–15's CSS viewport: the article's first paragraph must show on this first screen.
const phone = {width: 390, height: 844}

/** name → what to capture. `full`: the whole page, cut at --max-height. */
const shots = [
  {name: 'home-desktop', site: 'published', url: '/', viewport: desktop, full: true},
  {name: 'home-mobile', site: 'published', url: '/', viewport: phone, full: true},
  {name: 'article-desktop', site: 'published', url: values.article, viewport: desktop, full: true},
  {name: 'article-mobile', site: 'published', url: values.article, viewport: phone, full: false},
  {name: 'search-results', site: 'published', url: '/search/?q=kratom', viewport: desktop, full: false, waitFor: '#search-results li'},
  {name: 'preview-draft', site: 'preview', url: values.draft, viewport: desktop, full: true}
]

/** @type {string | undefined} */
let temp
let executablePath
try {
  executablePath = findChromium()
} catch (error) {
  fail(/** @type {Error} */ (error).message)
}

temp = mkdtempSync(path.join(tmpdir(), 'caveat-screenshots-'))
const sites = {published: path.join(temp, 'published'), preview: path.join(temp, 'preview')}
const browser = await chromium.launch({executablePath, args: chromiumArgs})
try {
  build(sites.published, {})
  build(sites.preview, {CAVEAT_PREVIEW: '1'})
  mkdirSync(values.out, {recursive: true})
  for (const [site, dir] of Object.entries(sites)) {
    const server = await serveDirectory(dir)
    try {
      for (const shot of shots.filter((candidate) => candidate.site === site)) await capture(server.origin, shot)
    } finally {
      await server.close()
    }
  }
} finally {
  await browser.close()
  rmSync(temp, {recursive: true, force: true})
}

/** Builds the site into `out` with the site's own config (the published or the preview build). */
function build(out, env) {
  try {
    execFileSync(process.execPath, [path.join(root, 'node_modules/@11ty/eleventy/cmd.cjs'), '--config=site/eleventy.config.js', `--output=${out}`, '--quiet'], {
      cwd: root,
      env: {...process.env, CAVEAT_PREVIEW: '', PATH_PREFIX: '', ...env},
      stdio: ['ignore', 'ignore', 'pipe']
    })
  } catch (error) {
    fail(`the site build failed: ${String(/** @type {{stderr?: Buffer}} */ (error).stderr ?? error)}`)
  }
}

async function capture(origin, shot) {
  const context = await browser.newContext({viewport: shot.viewport, deviceScaleFactor: 1, reducedMotion: 'reduce', locale: 'en-GB'})
  const page = await context.newPage()
  try {
    const response = await page.goto(origin + shot.url, {waitUntil: 'networkidle'})
    if (!response?.ok()) fail(`${shot.url} answered ${response?.status()}: pass --article or --draft to pick another page`)
    if (shot.waitFor) await page.waitForSelector(shot.waitFor, {timeout: 15_000})
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    if (overflow > 0) console.warn(`warning: ${shot.url} at ${shot.viewport.width}px scrolls sideways by ${overflow}px`)
    const file = path.join(values.out, `${shot.name}.png`)
    const height = shot.full ? Math.min(await page.evaluate(() => document.documentElement.scrollHeight), maxHeight) : shot.viewport.height
    // A temporary name first, so a failed run never leaves half a PNG behind.
    await page.screenshot({path: file + '.tmp.png', fullPage: shot.full, clip: shot.full ? {x: 0, y: 0, width: shot.viewport.width, height} : undefined})
    renameSync(file + '.tmp.png', file)
    console.log(`${path.relative(root, file)}  (${shot.url} at ${shot.viewport.width}px)`)
  } finally {
    await context.close()
  }
}

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(`screenshots: ${message}`)
  if (temp && existsSync(temp)) rmSync(temp, {recursive: true, force: true})
  process.exit(1)
}
