/**
 * The keyboard check (2.1.1, 2.1.2, 2.4.3, 2.4.7): tab through the page with real key
 * presses (CDP key events, as a keyboard sends them), recording every focus change in the
 * page. It reports
 * - a focus trap: Tab cycles inside part of the page and neither Shift+Tab nor Escape gets
 *   out (a modal dialog that keeps focus on purpose and closes with Escape passes);
 * - controls that are tabbable but never reached, and mouse-only controls (a role or a click
 *   handler, no way to focus them);
 * - focus order against the reading order (stops off the longest in-document-order run,
 *   e.g. a positive tabindex, or drawn backwards on the same line);
 * - a focused element whose appearance does not change: its computed outline, box-shadow,
 *   border, background, colour, text decoration (and its pseudo-elements', ancestors' and
 *   children's) are compared focused and unfocused; when they are all the same, pixels of the
 *   element's area are compared (after transitions) before it is reported, with a crop.
 */
import type {CDPSession, Page} from 'puppeteer'
import type {Box, FocusLog, KeyboardAnalysis, KeyboardStart, ProbeElement} from './probe.js'
import {call, crop, where, type CheckContext, type CheckFinding} from './checks.js'
import {addPhaseTime, timed} from '../timing.js'

const sessions = new WeakMap<Page, CDPSession>()
async function sessionFor(page: Page): Promise<CDPSession> {
  let session = sessions.get(page)
  if (!session) {
    session = await page.createCDPSession()
    // Pooled tabs are all "in the background": emulate focus so focus events and :focus-visible work in each.
    await session.send('Emulation.setFocusEmulationEnabled', {enabled: true})
    sessions.set(page, session)
  }
  return session
}

const keys = {
  Tab: {key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9, nativeVirtualKeyCode: 9},
  Escape: {key: 'Escape', code: 'Escape', windowsVirtualKeyCode: 27, nativeVirtualKeyCode: 27}
}

/**
 * Press a key `count` times. Tab forwards is sent as a keyboard does when the key is held down
 * (key-down events with autoRepeat, then one key-up): each moves focus once, at half the events
 * of separate presses. The events are pipelined; the browser handles them in order.
 */
async function press(session: CDPSession, key: keyof typeof keys, count: number, shift = false): Promise<void> {
  const modifiers = shift ? 8 : 0
  const sent: Array<Promise<unknown>> = []
  const hold = key === 'Tab' && !shift
  for (let index = 0; index < count; index++) {
    sent.push(session.send('Input.dispatchKeyEvent', {type: 'rawKeyDown', modifiers, autoRepeat: hold && index > 0, ...keys[key]}))
    if (!hold) sent.push(session.send('Input.dispatchKeyEvent', {type: 'keyUp', modifiers, ...keys[key]}))
  }
  if (hold && count > 0) sent.push(session.send('Input.dispatchKeyEvent', {type: 'keyUp', modifiers, ...keys[key]}))
  const started = performance.now()
  await Promise.all(sent)
  addPhaseTime('keyboard: key presses', performance.now() - started)
}

async function waitForTransitions(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const w = globalThis as unknown as {document: {getAnimations?(): Array<{finished: Promise<unknown>}>}; setTimeout(callback: () => void, ms: number): void; requestAnimationFrame(callback: () => void): void}
        w.setTimeout(resolve, 400)
        const running = w.document.getAnimations?.() ?? []
        void Promise.all(running.map((animation) => animation.finished.catch(() => {}))).then(() => w.requestAnimationFrame(() => w.requestAnimationFrame(() => resolve())))
      })
  )
}

async function shot(page: Page, box: number[]): Promise<string | undefined> {
  const [left, top, right, bottom] = box as [number, number, number, number]
  const pad = 8
  try {
    return await page.screenshot({
      clip: {x: Math.max(0, left - pad), y: Math.max(0, top - pad), width: Math.min(800, right - left + 2 * pad), height: Math.min(600, bottom - top + 2 * pad)},
      encoding: 'base64',
      captureBeyondViewport: false
    })
  } catch {
    return undefined
  }
}

export async function keyboardCheck(context: CheckContext): Promise<CheckFinding[]> {
  const {page} = context
  const out: CheckFinding[] = []
  const session = await sessionFor(page)
  const start = await timed('keyboard: start', () => call<KeyboardStart>(page, 'keyboardStart', context.hideElements))
  for (const item of start.notFocusable) {
    out.push({
      source: 'keyboard',
      ruleId: 'keyboard-not-focusable',
      criterion: '2.1.1',
      message: `This control (${item.why}) works with a mouse but can never receive keyboard focus`,
      note: 'Use a real <button> or <a href>, or add tabindex="0" and handle Enter and Space.',
      ...where(item)
    })
  }
  if (start.tabbable === 0) return out

  const segments: number[][] = [[]]
  const reached: number[] = []
  let index = 0
  let complete = false
  let trap: ProbeElement | undefined
  let presses = 0
  const maxPresses = Math.min(800, start.tabbable * 2 + 20)
  const batch = Math.min(start.tabbable + 2, 200)
  let stopped = false
  // Whether the current segment began at the top of the page (a leave then means one full pass).
  let fromTop = true
  let topFirst: number | undefined
  const walkStarted = performance.now()
  while (presses < maxPresses && !complete && !trap && !stopped) {
    await press(session, 'Tab', batch)
    presses += batch
    const log = await call<FocusLog>(page, 'focusLog', index)
    index += log.entries.length
    let cycle: number[] | undefined
    for (let at = 0; at < log.entries.length; at++) {
      const id = log.entries[at]!
      const segment = segments[segments.length - 1]!
      if (id === -1) {
        // Focus left the document (to the browser's own controls), and the next Tab comes back to
        // the top. Left for somewhere else (a script blurred the element): not the end of a pass.
        const next = log.entries[at + 1]
        if (fromTop && topFirst !== undefined && next !== undefined && next !== topFirst) continue
        // One full pass is done, if it began at the top.
        if (reached.length > 0 && fromTop) {
          complete = true
          break
        }
        // After a dialog closed mid-page: the next Tab starts again from the top.
        if (segment.length > 0) segments.push([])
        fromTop = true
        topFirst = undefined
        continue
      }
      if (segment[segment.length - 1] === id) continue
      const previous = segment.lastIndexOf(id)
      if (previous >= 0) {
        cycle = segment.slice(previous)
        break
      }
      if (segment.length === 0 && fromTop) topFirst = id
      segment.push(id)
      if (!reached.includes(id)) reached.push(id)
    }
    if (complete) break
    if (!cycle && log.entries.length === 0 && log.active >= 0 && !log.activeIsFrame) cycle = [log.active] // Tab does nothing: stuck.
    if (!cycle) continue
    // The whole page cycling (a script wrapping focus from the last control to the first) is a full pass.
    if (await call<boolean>(page, 'containsAllCandidates', cycle)) {
      complete = true
      break
    }
    // A cycle inside part of the page: can the user get out with Shift+Tab or Escape?
    const inside = new Set(cycle)
    const from = index
    await press(session, 'Tab', 1, true)
    await press(session, 'Tab', cycle.length + 1, true)
    let after = await call<FocusLog>(page, 'focusLog', from)
    index += after.entries.length
    const outside = (log: FocusLog) => log.entries.some((id) => id === -1 || !inside.has(id)) || (log.active >= 0 && !inside.has(log.active))
    if (outside(after)) {
      // Shift+Tab gets out, but Tab would go back in: the rest of the page cannot be walked forwards.
      stopped = true
      break
    }
    await press(session, 'Escape', 1)
    await press(session, 'Tab', 1)
    after = await call<FocusLog>(page, 'focusLog', index)
    index += after.entries.length
    const closed = (await Promise.all(cycle.map((id) => call<boolean>(page, 'hiddenNow', id)))).every(Boolean)
    if (closed || outside(after)) {
      // Escape closed it (a modal dialog): go on from wherever focus is now, in a new segment.
      const left = after.entries.lastIndexOf(-1)
      const next = after.entries.slice(left + 1).filter((id) => id >= 0 && !inside.has(id))
      segments.push(next.slice(-1))
      fromTop = left >= 0 && next.length === 0
      for (const id of next) if (!reached.includes(id)) reached.push(id)
      continue
    }
    trap = await call<ProbeElement>(page, 'containerOf', cycle)
  }

  addPhaseTime('keyboard: walk', performance.now() - walkStarted)
  if (trap) {
    out.push({
      source: 'keyboard',
      ruleId: 'keyboard-trap',
      criterion: '2.1.2',
      message: 'Keyboard focus is trapped in this element: Tab cycles inside it, and neither Shift+Tab nor Escape moves focus out',
      note: 'Let Tab move on to the rest of the page, or (for a modal dialog) close it with Escape and return focus to the control that opened it.',
      ...where(trap),
      screenshot: await crop(context, trap.box)
    })
  }
  const analysis = await timed('keyboard: analysis', () => call<KeyboardAnalysis>(page, 'keyboardAnalysis', reached, segments, complete && !trap))
  for (const item of analysis.unreached) {
    out.push({
      source: 'keyboard',
      ruleId: 'keyboard-unreachable',
      criterion: '2.1.1',
      message: 'This control is never reached when tabbing through the page',
      note: 'A script moves focus past it, or it is focusable only in theory. Every control must be reachable with Tab.',
      ...where(item)
    })
  }
  for (const item of analysis.outOfOrder) {
    out.push({
      source: 'keyboard',
      ruleId: 'focus-order',
      criterion: '2.4.3',
      message: `Focus reaches this element out of reading order (Tab moves here from ${item.after})`,
      note: 'Make the focus order follow the reading order: no positive tabindex, no CSS that draws controls in a different order from the document (order, row-reverse, absolute positioning), no script moving focus ahead.',
      ...where(item)
    })
  }
  const pixelsStarted = performance.now()
  for (const id of analysis.unchanged.slice(0, 6)) {
    const focused = await call<(ProbeElement & {viewport: number[]}) | null>(page, 'focusElement', id, true)
    if (!focused) continue
    await waitForTransitions(page)
    const box = (await call<ProbeElement | null>(page, 'describeId', id))?.box as Box | undefined
    if (!box) continue
    const on = await shot(page, box)
    await call(page, 'focusElement', id, false)
    await waitForTransitions(page)
    const offShot = await shot(page, box)
    if (on === undefined || on !== offShot) continue
    out.push({
      source: 'keyboard',
      ruleId: 'focus-not-visible',
      criterion: '2.4.7',
      message: 'This element looks the same focused and unfocused: a keyboard user cannot see where focus is',
      note: 'Do not remove the focus outline (outline: none) without a replacement: give :focus-visible an outline, a box-shadow or a border with enough contrast.',
      ...where(focused),
      screenshot: context.shots.count < 8 ? (context.shots.count++, `data:image/png;base64,${on}`) : undefined
    })
  }
  if (analysis.unchanged.length > 0) addPhaseTime('keyboard: pixels', performance.now() - pixelsStarted)
  return out
}
