/**
 * Caveat's browser checks: runners next to axe and HTML_CodeSniffer that drive the loaded
 * page in the same tab (key presses, viewport and text changes) instead of reading the DOM
 * once. Each has an id (the config key under `a11y.checks`), findings with a rule id, the
 * WCAG criterion it fails, the element's selector and context, and a screenshot crop when
 * the failure is visual. They run after axe and HTML_CodeSniffer, each leaving the page as
 * it found it (styles restored, viewport reset); the keyboard check runs last.
 */
import type {Page} from 'puppeteer'
import type {Box, LayoutRun, ProbeElement} from './probe.js'
import {installClickTracker, installProbe} from './probe.js'
import {checksDocsUrl} from '../docs.js'

/** The checks that can be switched off in `a11y.checks` (the axe-based ones change axe's rule set). */
export const browserCheckIds = ['orientation', 'textSpacing', 'reflow', 'keyboard'] as const
export type BrowserCheckId = (typeof browserCheckIds)[number]

export interface CheckFinding {
  /** The check (runner) that found it: `keyboard`, `reflow`, `text-spacing`, `orientation`. */
  source: string
  ruleId: string
  criterion: string
  message: string
  note?: string | undefined
  selector?: string | undefined
  context?: string | undefined
  /** A PNG crop of the failure (data: URL), when it is visual. */
  screenshot?: string | undefined
}

export interface CheckContext {
  page: Page
  viewport: {width: number; height: number}
  hideElements: string | null
  /** Screenshot crops taken so far on this page (capped: they cost time and report size). */
  shots: {count: number}
  /** The layout checks' in-page results, measured in one call before the checks report them (`layoutRun`). */
  layout?: LayoutRun | undefined
}

/** Docs for each check's rules: the section of docs/checks.md that explains them. */
const docs = checksDocsUrl
export const checkDocs: Record<string, string> = {
  keyboard: `${docs}#keyboard-211-212-243-247`,
  reflow: `${docs}#the-layout-checks-what-is-compared`,
  'text-spacing': `${docs}#the-layout-checks-what-is-compared`,
  orientation: `${docs}#orientation-134`
}
export const browserChecksDocs = `${docs}#browser-checks`

export const maxShots = 8

/** Crop a box (document coordinates) of the page as it is now, padded; undefined when the cap is reached or it fails. */
export async function crop(context: CheckContext, box: Box, pad = 8): Promise<string | undefined> {
  if (context.shots.count >= maxShots) return undefined
  const [left, top, right, bottom] = box
  if (!(right > left && bottom > top)) return undefined
  context.shots.count++
  try {
    const x = Math.max(0, left - pad)
    const y = Math.max(0, top - pad)
    const width = Math.min(800, right - left + 2 * pad)
    const height = Math.min(600, bottom - top + 2 * pad)
    await context.page.evaluate((scrollTo: number) => (globalThis as unknown as {scrollTo(x: number, y: number): void}).scrollTo(0, scrollTo), Math.max(0, y - 16))
    const data = await context.page.screenshot({clip: {x, y, width, height}, encoding: 'base64', captureBeyondViewport: false, optimizeForSpeed: true})
    await context.page.evaluate(() => (globalThis as unknown as {scrollTo(x: number, y: number): void}).scrollTo(0, 0))
    return `data:image/png;base64,${data}`
  } catch {
    return undefined
  }
}

/** Install the in-page probe (once per loaded document). */
export async function probe(page: Page): Promise<void> {
  await page.evaluate(`(${installProbe.toString()})()`)
}

/** Install the in-page probe if it is not there yet and call one of its methods, in one evaluation. */
export function probeCall<T>(page: Page, method: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(`(${installProbe.toString()})(); globalThis.__caveatProbe.${method}(...${JSON.stringify(args)})`) as Promise<T>
}

/** Call a probe method in the page. */
export function call<T>(page: Page, method: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(`globalThis.__caveatProbe.${method}(...${JSON.stringify(args)})`) as Promise<T>
}

const prepared = new WeakSet<Page>()
/** Before the first navigation of a tab: track which elements get click handlers (the keyboard check's "mouse-only controls"). */
export async function prepareTab(page: Page): Promise<void> {
  if (prepared.has(page)) return
  prepared.add(page)
  await page.evaluateOnNewDocument(`(${installClickTracker.toString()})()`)
}

export function where(element: ProbeElement): {selector: string; context: string} {
  return {selector: element.selector, context: element.context}
}
