#!/usr/bin/env node
// Screenshots of the built site for the README: the home page and one article, at desktop (1280px)
// and mobile (375px) widths: the full page, cut at --max-height pixels (default 2400) so a long
// article stays a readable image of its header, disclaimers and first sections. Serves `_site/` on 127.0.0.1 (a random free port) and
// captures with headless Chromium through playwright-core.
//
//   npm run build:site && node site/scripts/screenshots.js [--site _site] [--out .github/screenshots]
//     [--article /articles/kratom-and-back-pain/] [--max-height 2400]
//
// Chromium: CHROME_PATH, else the system's (`apt-get install chromium`).
import {existsSync, mkdirSync, renameSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {chromium} from 'playwright-core'
import {chromiumArgs, findChromium, serveDirectory} from './browser.js'

const {values} = parseArgs({
  options: {
    site: {type: 'string', default: '_site'},
    out: {type: 'string', default: '.github/screenshots'},
    article: {type: 'string', default: '/articles/kratom-and-back-pain/'},
    'max-height': {type: 'string', default: '2400'}
  }
})

const widths = {desktop: {width: 1280, height: 900}, mobile: {width: 375, height: 812}}
const pages = {home: '/', article: values.article}

const siteDir = path.resolve(values.site)
if (!existsSync(path.join(siteDir, 'index.html'))) {
  fail(`${siteDir}/index.html not found: build the site first (npm run build:site).`)
}
for (const [name, url] of Object.entries(pages)) {
  const file = path.join(siteDir, url, 'index.html')
  if (!existsSync(file)) fail(`The ${name} page ${url} was not built (${file} is missing). Pass --article /path/ to pick another.`)
}

let executablePath
try {
  executablePath = findChromium()
} catch (error) {
  fail(/** @type {Error} */ (error).message)
}
const server = await serveDirectory(siteDir)
const origin = server.origin

const browser = await chromium.launch({executablePath, args: chromiumArgs})
try {
  mkdirSync(values.out, {recursive: true})
  for (const [device, viewport] of Object.entries(widths)) {
    const context = await browser.newContext({viewport, deviceScaleFactor: 1, reducedMotion: 'reduce', locale: 'en-GB'})
    const page = await context.newPage()
    for (const [name, url] of Object.entries(pages)) {
      await page.goto(origin + url, {waitUntil: 'networkidle'})
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      if (overflow > 0) console.warn(`warning: ${url} at ${viewport.width}px scrolls sideways by ${overflow}px`)
      const file = path.join(values.out, `${name}-${device}.png`)
      // Write to a temporary name first so a failed run never leaves half a PNG behind.
      const height = await page.evaluate(() => document.documentElement.scrollHeight)
      const clip = {x: 0, y: 0, width: viewport.width, height: Math.min(height, Number(values['max-height']))}
      await page.screenshot({path: file + '.tmp.png', fullPage: true, clip})
      renameSync(file + '.tmp.png', file)
      console.log(`${file}  (${url} at ${viewport.width}px)`)
    }
    await context.close()
  }
} finally {
  await browser.close()
  await server.close()
}

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(`screenshots: ${message}`)
  process.exit(1)
}
