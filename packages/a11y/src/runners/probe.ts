/**
 * The in-page half of Caveat's browser checks (keyboard, reflow, text spacing, orientation).
 * `installProbe` is stringified into the page once per check run (it must not reference
 * anything outside itself) and defines `window.__caveatProbe`, which the Node side then
 * calls with `page.evaluate`. It measures where every visible text node is drawn and how
 * much of it the page clips, finds overlapping text, tracks focus, snapshots focus styles
 * and reads the style sheets for orientation locks.
 *
 * This package does not compile against the DOM lib (it is a Node CLI), so the browser side
 * is typed loosely (`any`) here and nowhere else; the Node side only sees the result types below.
 */

/** A rectangle in document coordinates: [left, top, right, bottom]. */
export type Box = [number, number, number, number]

export interface ProbeElement {
  selector: string
  context: string
  box: Box
}

export interface LayoutFindings {
  /** Text newly clipped (by `overflow: hidden`/`clip`, a fixed height, the viewport), grouped by the clipping element. */
  clipped: Array<ProbeElement & {text: string; lost: number}>
  /** Text that newly overlaps other text. */
  overlaps: Array<ProbeElement & {other: string; text: string}>
  /** Elements wider than the viewport that make the page scroll horizontally (outside scroll containers and data tables). */
  wide: Array<ProbeElement & {width: number; text: string}>
  documentWidth: number
  viewportWidth: number
}

export interface OrientationFinding extends ProbeElement {
  orientation: string
  how: string
  media: string
}

export interface KeyboardStart {
  tabbable: number
  notFocusable: Array<ProbeElement & {why: string}>
}

export interface FocusLog {
  /** Element ids focused since `from`; -1 is "focus left the document". */
  entries: number[]
  active: number
  activeIsFrame: boolean
}

/** What one check's in-page step returned, or why it threw (that check alone is reported as crashed). */
export type Outcome<T> = {ok: T} | {error: string}

/** The in-page part of the layout checks, done in one call (`layoutRun`). */
export interface LayoutRun {
  orientation?: Outcome<OrientationFinding[]>
  textSpacing?: Outcome<LayoutFindings>
  /** Text at 200 % (the reflow check's 1.4.4 half). */
  textSize?: Outcome<LayoutFindings>
}

export interface KeyboardAnalysis {
  unreached: ProbeElement[]
  outOfOrder: Array<ProbeElement & {after: string}>
  /** Ids of reached elements whose styles did not change on focus (need a pixel comparison). */
  unchanged: number[]
}

/* eslint-disable @typescript-eslint/no-explicit-any */
export function installProbe(): void {
  const w: any = globalThis
  if (w.__caveatProbe) return
  const doc: any = w.document
  // Scrolling (focus moving down the page, the checks' own scrollTo) happens at once: a page's
  // `scroll-behavior: smooth` would animate every jump, drawing frames no check looks at. An
  // adopted sheet: no element is added to the page, and `document.styleSheets` stays the page's.
  try {
    const sheet = new w.CSSStyleSheet()
    sheet.replaceSync('*, ::before, ::after { scroll-behavior: auto !important }')
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet]
  } catch {
    // No constructable style sheets: the page scrolls as it wants to.
  }
  const ids = new Map<any, number>()
  const elements: any[] = []
  const idOf = (element: any): number => {
    let id = ids.get(element)
    if (id === undefined) {
      id = elements.length
      elements.push(element)
      ids.set(element, id)
    }
    return id
  }
  const saved: Array<[any, string | null]> = []
  const escape = (value: string): string => w.CSS.escape(value)
  const uniqueId = (element: any): boolean => {
    try {
      return Boolean(element.id) && doc.querySelectorAll(`#${escape(element.id)}`).length === 1
    } catch {
      return false
    }
  }
  const selector = (element: any): string => {
    if (!element || element.nodeType !== 1) return ''
    const parts: string[] = []
    for (let node = element; node && node.nodeType === 1; node = node.parentElement) {
      if (uniqueId(node)) {
        parts.unshift(`#${escape(node.id)}`)
        break
      }
      const parent = node.parentElement
      const tag = node.localName
      if (!parent) {
        parts.unshift(tag)
        break
      }
      const siblings = Array.from(parent.children as ArrayLike<any>)
      const same = siblings.filter((child: any) => child.localName === tag)
      parts.unshift(same.length > 1 ? `${tag}:nth-child(${siblings.indexOf(node) + 1})` : tag)
    }
    return parts.join(' > ')
  }
  const context = (element: any): string => {
    let html: string = element?.outerHTML ?? ''
    // While a check has changed inline styles, show the element as the page wrote it.
    if (saved.length > 0) {
      html = html
        .replace(/(?:line-height: 1\.5|letter-spacing: 0\.12em|word-spacing: 0\.16em|margin-bottom: 2em|font-size: [\d.]+px) !important;\s*/g, '')
        .replace(/ style=""/g, '')
    }
    if (html.length > 300) {
      const inner: string = element.innerHTML ?? ''
      if (inner.length > 31) html = html.replace(inner, `${inner.slice(0, 31)}...`)
    }
    return html.length > 300 ? `${html.slice(0, 297)}...` : html
  }
  const docBox = (element: any): [number, number, number, number] => {
    const rect = element.getBoundingClientRect()
    return [rect.left + w.scrollX, rect.top + w.scrollY, rect.right + w.scrollX, rect.bottom + w.scrollY].map((n: number) => Math.round(n)) as [number, number, number, number]
  }
  const describe = (element: any) => ({selector: selector(element), context: context(element), box: docBox(element)})
  let hidden: string | null = null
  const isHidden = (element: any): boolean => {
    if (!hidden || !element) return false
    try {
      return Boolean(element.closest(hidden))
    } catch {
      return false
    }
  }

  // ---- Text layout: where each visible text node is drawn, and how much of it is clipped ----
  interface TextMeasure {
    node: any
    parent: any
    area: number
    visible: number
    rects: number[][]
    clipper: any
    freeX: boolean
    inTable: boolean
    fixed: boolean
    opacity: number
  }
  let texts: any[] | undefined
  const textNodes = (): any[] => {
    if (texts) return texts
    texts = []
    if (!doc.body) return texts
    const walker = doc.createTreeWalker(doc.body, 4)
    const skip = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'OPTION', 'TITLE'])
    for (let node = walker.nextNode(); node && texts.length < 6000; node = walker.nextNode()) {
      if (!/\S/.test(node.data)) continue
      const parent = node.parentElement
      // SVG text is part of a graphic: zoom scales the graphic with its text, and it has no reflow.
      if (!parent || skip.has(parent.tagName) || isHidden(parent) || parent.closest('svg')) continue
      texts.push(node)
    }
    return texts
  }
  const isRoot = (element: any) => element === doc.documentElement || element === doc.body
  const measure = (): Array<TextMeasure | null> => {
    // Each element's relevant computed values, read once per measurement (reading a live
    // computed style or a box per text node and ancestor costs more than the rest together).
    interface Info {
      ox: string
      oy: string
      position: string
      transformed: boolean
      opacity: number
      visibility: string
      display: string
      clipped: boolean
      table: boolean
    }
    const infos = new Map<any, Info>()
    const info = (element: any): Info => {
      let found = infos.get(element)
      if (!found) {
        const s = w.getComputedStyle(element)
        const position: string = s.position
        found = {
          ox: s.overflowX,
          oy: s.overflowY,
          position,
          transformed: s.transform !== 'none',
          opacity: s.opacity === '' ? 1 : Number.parseFloat(s.opacity),
          visibility: s.visibility,
          display: s.display,
          clipped: (s.clip !== 'auto' && (position === 'absolute' || position === 'fixed')) || s.clipPath !== 'none',
          table: element.tagName === 'TABLE' && element.getAttribute('role') !== 'presentation'
        }
        infos.set(element, found)
      }
      return found
    }
    // Nothing scrolls while measuring: read the offsets once (each read of scrollX/scrollY checks the layout).
    const sx: number = w.scrollX
    const sy: number = w.scrollY
    const boxes = new Map<any, number[]>()
    const boxOf = (element: any): number[] => {
      let found = boxes.get(element)
      if (!found) {
        const box = element.getBoundingClientRect()
        const x = box.left + sx
        const y = box.top + sy
        // [border box…, padding box…]
        found = [x, y, box.right + sx, box.bottom + sy, x + element.clientLeft, y + element.clientTop, x + element.clientLeft + element.clientWidth, y + element.clientTop + element.clientHeight]
        boxes.set(element, found)
      }
      return found
    }
    const range = doc.createRange()
    const vw: number = doc.documentElement.clientWidth
    const vh: number = w.innerHeight
    const out: Array<TextMeasure | null> = []
    for (const node of textNodes()) {
      const parent = node.parentElement
      if (!parent || !parent.isConnected) {
        out.push(null)
        continue
      }
      const own = info(parent)
      if (own.visibility !== 'visible' || own.display === 'none') {
        out.push(null)
        continue
      }
      range.selectNodeContents(node)
      const rects: number[][] = []
      for (const r of Array.from(range.getClientRects() as ArrayLike<any>)) {
        if (r.width > 0.5 && r.height > 0.5) rects.push([r.left + sx, r.top + sy, r.right + sx, r.bottom + sy])
      }
      if (rects.length === 0) {
        out.push(null)
        continue
      }
      // The box the text can be seen in: ancestors' overflow clips, `clip`/`clip-path`, the document's origin.
      let [l, t, r, b] = [0, 0, Infinity, Infinity]
      let clipper: any = null
      let freeX = false
      let freeY = false
      let inTable = false
      let fixed = false
      let opacity = 1
      // An absolutely/fixed positioned element escapes the overflow of ancestors below its containing block.
      let escaping: 'absolute' | 'fixed' | null = null
      const cut = (nl: number, nt: number, nr: number, nb: number, by: any) => {
        const lost = rects.some((rect) => rect[0]! < nl - 1 || rect[1]! < nt - 1 || rect[2]! > nr + 1 || rect[3]! > nb + 1)
        if (lost && !clipper && (nl > l || nt > t || nr < r || nb < b)) clipper = by
        l = Math.max(l, nl)
        t = Math.max(t, nt)
        r = Math.min(r, nr)
        b = Math.min(b, nb)
      }
      for (let element = parent; element && element.nodeType === 1; element = element.parentElement) {
        const s = info(element)
        opacity *= Number.isNaN(s.opacity) ? 1 : s.opacity
        if (s.table) inTable = true
        const positioned = s.position !== 'static' || s.transformed
        const containing = escaping === 'absolute' ? positioned : escaping === 'fixed' ? s.transformed : true
        if (containing && element !== parent) escaping = null
        if (!escaping || element === parent) {
          const clipX = s.ox === 'hidden' || s.ox === 'clip'
          const clipY = s.oy === 'hidden' || s.oy === 'clip'
          if (isRoot(element)) {
            if (clipX && !freeX) cut(0, t, vw, b, element)
            if (clipY && !freeY) cut(l, 0, r, vh, element)
          } else {
            if ((clipX && !freeX) || (clipY && !freeY)) {
              const box = boxOf(element)
              cut(clipX && !freeX ? box[4]! : l, clipY && !freeY ? box[5]! : t, clipX && !freeX ? box[6]! : r, clipY && !freeY ? box[7]! : b, element)
            }
            if (s.clipped) {
              const box = boxOf(element)
              cut(box[0]!, box[1]!, box[2]!, box[3]!, element)
            }
            // Inside a scroll container the text can be scrolled to: outer clips on that axis do not lose it.
            if (s.ox === 'auto' || s.ox === 'scroll') freeX = true
            if (s.oy === 'auto' || s.oy === 'scroll') freeY = true
          }
        }
        if (s.position === 'fixed') {
          fixed = true
          escaping = 'fixed'
          // Fixed content cannot be scrolled to: the viewport clips it.
          if (!freeX && !freeY) cut(0, 0, vw, vh, doc.documentElement)
        } else if (s.position === 'sticky') {
          fixed = true
        } else if (s.position === 'absolute' && escaping !== 'fixed') {
          escaping = 'absolute'
        }
      }
      let area = 0
      let visible = 0
      const shown: number[][] = []
      for (const rect of rects) {
        area += (rect[2]! - rect[0]!) * (rect[3]! - rect[1]!)
        const v = [Math.max(rect[0]!, l), Math.max(rect[1]!, t), Math.min(rect[2]!, r), Math.min(rect[3]!, b)]
        if (v[2]! - v[0]! > 0.5 && v[3]! - v[1]! > 0.5) {
          visible += (v[2]! - v[0]!) * (v[3]! - v[1]!)
          shown.push(v)
        }
      }
      out.push({node, parent, area, visible, rects: shown, clipper, freeX, inTable, fixed, opacity})
    }
    return out
  }
  const overlapping = (list: Array<TextMeasure | null>, include: (index: number) => boolean): Map<string, [number, number, number[]]> => {
    const items: Array<[number[], number]> = []
    list.forEach((m, index) => {
      if (m && include(index) && !m.fixed) for (const rect of m.rects) items.push([rect, index])
    })
    const pairs = new Map<string, [number, number, number[]]>()
    if (items.length > 40_000) return pairs
    items.sort((a, b) => a[0][1]! - b[0][1]!)
    for (let i = 0; i < items.length; i++) {
      const [a, ai] = items[i]!
      for (let j = i + 1; j < items.length && items[j]![0][1]! < a[3]! - 2; j++) {
        const [c, ci] = items[j]!
        if (ci === ai) continue
        const ox = Math.min(a[2]!, c[2]!) - Math.max(a[0]!, c[0]!)
        const oy = Math.min(a[3]!, c[3]!) - Math.max(a[1]!, c[1]!)
        const minHeight = Math.min(a[3]! - a[1]!, c[3]! - c[1]!)
        if (ox > 2 && oy > Math.max(2, minHeight * 0.25)) {
          const key = ai < ci ? `${ai},${ci}` : `${ci},${ai}`
          if (!pairs.has(key)) pairs.set(key, [Math.min(ai, ci), Math.max(ai, ci), [Math.max(a[0]!, c[0]!), Math.max(a[1]!, c[1]!), Math.min(a[2]!, c[2]!), Math.min(a[3]!, c[3]!)]])
        }
      }
    }
    return pairs
  }
  let base: Array<TextMeasure | null> | undefined
  let basePairs: Map<string, unknown> | undefined
  const shown = (m: TextMeasure | null | undefined): m is TextMeasure => Boolean(m && m.area > 0 && m.visible / m.area >= 0.5 && m.opacity > 0.05)
  const sample = (node: any): string => String(node.data).replace(/\s+/g, ' ').trim().slice(0, 80)

  const baseline = (hideElements: string | null): number => {
    // Taken once per page, in the page as loaded: each check restores the page before the next.
    if (base) return base.filter(shown).length
    hidden = hideElements
    w.scrollTo(0, 0)
    // Text entirely right of the viewport as loaded (moved off-screen with `right: -9999px`) is not shown either.
    const vw: number = doc.documentElement.clientWidth
    base = measure().map((m) => (m && m.rects.every((rect) => rect[0]! >= vw - 1) ? null : m))
    basePairs = overlapping(base, (index) => shown(base![index]))
    return base.filter(shown).length
  }

  const compare = (options: {overlap: boolean; wide: boolean}): LayoutFindings => {
    w.scrollTo(0, 0)
    const now = measure()
    const before = base ?? []
    const vw: number = doc.documentElement.clientWidth
    const findings: LayoutFindings = {clipped: [], overlaps: [], wide: [], documentWidth: doc.documentElement.scrollWidth, viewportWidth: vw}
    const byClipper = new Map<any, {text: string; lost: number}>()
    now.forEach((m, index) => {
      const was = before[index]
      if (!m || !shown(was)) return
      const lostBefore = 1 - was.visible / was.area
      const lostNow = m.area > 0 ? 1 - m.visible / m.area : 0
      if (lostNow > 0.1 && lostNow > lostBefore + 0.1 && m.area - m.visible > 16 && m.clipper) {
        const entry = byClipper.get(m.clipper)
        if (!entry || entry.lost < lostNow) byClipper.set(m.clipper, {text: sample(m.node), lost: lostNow})
      }
    })
    for (const [element, {text, lost}] of byClipper) {
      if (isHidden(element)) continue
      findings.clipped.push({...describe(element === doc.documentElement || element === doc.body ? element : element), text, lost: Math.round(lost * 100)})
    }
    if (options.overlap) {
      const pairs = overlapping(now, (index) => shown(before[index]) && Boolean(now[index]) && now[index]!.visible > 0)
      const reported = new Set<any>()
      for (const [key, [a, c, box]] of pairs) {
        if (basePairs?.has(key)) continue
        const first = now[a]!
        const second = now[c]!
        // Report the element whose text is overlapped once.
        const element = second.parent
        if (reported.has(element) || isHidden(element)) continue
        reported.add(element)
        const other = first.parent
        findings.overlaps.push({selector: selector(element), context: context(element), box: box.map(Math.round) as [number, number, number, number], other: selector(other), text: sample(second.node)})
        if (findings.overlaps.length >= 20) break
      }
    }
    if (options.wide && doc.documentElement.scrollWidth > vw + 1) {
      const culprits = new Map<any, string>()
      now.forEach((m, index) => {
        if (!m || !shown(before[index]) || m.freeX || m.inTable || m.fixed) return
        if (!m.rects.some((rect) => rect[2]! > vw + 1)) return
        let culprit = m.parent
        for (let up = culprit.parentElement; up && !isRoot(up); up = up.parentElement) {
          if (up.getBoundingClientRect().right + w.scrollX > vw + 1) culprit = up
        }
        if (!culprits.has(culprit)) culprits.set(culprit, sample(m.node))
      })
      for (const [element, text] of culprits) {
        if (isHidden(element)) continue
        const box = docBox(element)
        findings.wide.push({...describe(element), box, width: Math.round(box[2] - box[0]), text})
        if (findings.wide.length >= 20) break
      }
    }
    return findings
  }

  // ---- Changing the page and restoring it ----
  const everyElement = (): any[] => Array.from(doc.querySelectorAll('body, body *') as ArrayLike<any>).filter((element: any) => element.style)
  const restore = () => {
    for (const [element, value] of saved.splice(0)) {
      if (value === null) element.removeAttribute('style')
      else element.setAttribute('style', value)
    }
  }
  const keep = (list: any[]) => {
    for (const element of list) saved.push([element, element.getAttribute('style')])
  }
  /** WCAG 1.4.12's text spacing, as inline `!important` styles (what a user style sheet or bookmarklet does). */
  const applyTextSpacing = () => {
    const list = everyElement()
    keep(list)
    for (const element of list) {
      element.style.setProperty('line-height', '1.5', 'important')
      element.style.setProperty('letter-spacing', '0.12em', 'important')
      element.style.setProperty('word-spacing', '0.16em', 'important')
      if (element.tagName === 'P') element.style.setProperty('margin-bottom', '2em', 'important')
    }
  }
  /** Text at 200 %: every element's font size doubled (what a browser's text-only zoom does). */
  const applyTextSize = (factor: number) => {
    const list = [doc.documentElement, ...everyElement()]
    const sizes = list.map((element: any) => Number.parseFloat(w.getComputedStyle(element).fontSize))
    keep(list)
    list.forEach((element: any, index: number) => {
      const size = sizes[index]
      if (size) element.style.setProperty('font-size', `${size * factor}px`, 'important')
    })
  }

  // ---- Orientation: style rules that rotate or hide the content in one orientation ----
  const orientation = (): OrientationFinding[] => {
    const found: OrientationFinding[] = []
    const bodyText = (doc.body?.textContent ?? '').replace(/\s+/g, '').length
    const significant = (element: any) => {
      if (isRoot(element)) return true
      const text = String(element.textContent ?? '').replace(/\s+/g, '').length
      const rect = element.getBoundingClientRect()
      return (bodyText > 0 && text >= bodyText * 0.5) || rect.width * rect.height >= w.innerWidth * w.innerHeight * 0.5
    }
    const angleOf = (value: string): number | undefined => {
      if (!value || value === 'none') return undefined
      const unit = (amount: number, u: string) => (u === 'turn' ? amount * 360 : u === 'rad' ? (amount * 180) / Math.PI : u === 'grad' ? amount * 0.9 : amount)
      const rotate = /rotate(?:z)?\(\s*(-?[\d.]+)(deg|turn|rad|grad)?\s*\)/i.exec(value) ?? /^\s*(-?[\d.]+)(deg|turn|rad|grad)\s*$/i.exec(value) ?? /rotate3d\(\s*0\s*,\s*0\s*,\s*1\s*,\s*(-?[\d.]+)(deg|turn|rad|grad)?\s*\)/i.exec(value)
      if (rotate) return unit(Number(rotate[1]), (rotate[2] ?? 'deg').toLowerCase())
      const matrix = /matrix\(\s*(-?[\d.e-]+)\s*,\s*(-?[\d.e-]+)/i.exec(value)
      if (matrix) return (Math.atan2(Number(matrix[2]), Number(matrix[1])) * 180) / Math.PI
      return undefined
    }
    const quarter = (angle: number | undefined) => {
      if (angle === undefined) return false
      const a = ((angle % 360) + 360) % 360
      return Math.abs(a - 90) < 10 || Math.abs(a - 270) < 10
    }
    const seen = new Set<any>()
    const visit = (rules: any, media: string | null, which: string | null) => {
      for (const rule of Array.from((rules ?? []) as ArrayLike<any>)) {
        const condition: string | undefined = rule.conditionText ?? rule.media?.mediaText
        if (rule.styleSheet) {
          let inner: any
          try {
            inner = rule.styleSheet.cssRules
          } catch {
            inner = null
          }
          const text: string = rule.media?.mediaText ?? ''
          const match = /orientation\s*:\s*(portrait|landscape)/i.exec(text)
          visit(inner, match ? text : media, match ? match[1]!.toLowerCase() : which)
          continue
        }
        if (rule.cssRules && condition !== undefined && rule.selectorText === undefined) {
          const match = /orientation\s*:\s*(portrait|landscape)/i.exec(condition)
          visit(rule.cssRules, match ? condition : media, match ? match[1]!.toLowerCase() : which)
          continue
        }
        if (rule.cssRules && rule.selectorText === undefined) {
          visit(rule.cssRules, media, which)
          continue
        }
        if (rule.selectorText === undefined || !media || !which) {
          if (rule.cssRules) visit(rule.cssRules, media, which)
          continue
        }
        const st = rule.style
        const rotated = quarter(angleOf(st.getPropertyValue('transform'))) || quarter(angleOf(st.getPropertyValue('rotate')))
        const hides = st.getPropertyValue('display') === 'none' || st.getPropertyValue('visibility') === 'hidden'
        if (rotated || hides) {
          let matches: any[] = []
          try {
            matches = Array.from(doc.querySelectorAll(rule.selectorText) as ArrayLike<any>)
          } catch {
            matches = []
          }
          for (const element of matches) {
            if (seen.has(element) || isHidden(element)) continue
            // Hiding a sidebar in portrait is responsive design; hiding (or turning) the page's main content is a lock.
            if (!significant(element)) continue
            seen.add(element)
            found.push({...describe(element), orientation: which, how: rotated ? 'rotated a quarter turn' : 'hidden', media})
          }
        }
        if (rule.cssRules) visit(rule.cssRules, media, which)
      }
    }
    for (const sheet of Array.from(doc.styleSheets as ArrayLike<any>)) {
      let rules: any
      try {
        rules = sheet.cssRules
      } catch {
        continue
      }
      const text: string = sheet.media?.mediaText ?? ''
      const match = /orientation\s*:\s*(portrait|landscape)/i.exec(text)
      visit(rules, match ? text : null, match ? match[1]!.toLowerCase() : null)
    }
    return found
  }

  // ---- Keyboard ----
  const focusableSelector =
    'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex], [contenteditable=""], [contenteditable="true"], audio[controls], video[controls]'
  const visibleBox = (element: any) => {
    if (typeof element.checkVisibility === 'function' && !element.checkVisibility({visibilityProperty: true, contentVisibilityAuto: true})) return false
    const rect = element.getBoundingClientRect()
    return rect.width > 0 && rect.height > 0
  }
  const disabled = (element: any) => Boolean(element.disabled) || Boolean(element.closest('[inert]')) || (typeof element.matches === 'function' && element.matches(':disabled'))
  const tabbable = (element: any): boolean => {
    if (!element.matches(focusableSelector) || element.tabIndex < 0 || disabled(element) || !visibleBox(element)) return false
    if (element.tagName === 'SUMMARY' && element.parentElement?.querySelector(':scope > summary') !== element) return false
    return true
  }
  // What can show focus: on the element itself, its ::before/::after, near ancestors (:focus-within) and first children.
  // (The outline's four come first: `read` drops them together when no outline is drawn.)
  const ownProps = ['outline-style', 'outline-width', 'outline-color', 'outline-offset', 'box-shadow', 'background-color', 'background-image', 'color', 'border-style', 'border-width', 'border-color', 'text-decoration-line', 'text-decoration-color', 'text-decoration-thickness', 'text-underline-offset', 'opacity', 'transform', 'filter', 'font-weight', 'text-shadow']
  const pseudoProps = ['content', 'display', 'width', 'height', ...ownProps]
  const boxProps = ['outline-style', 'outline-width', 'outline-color', 'outline-offset', 'box-shadow', 'background-color', 'border-color', 'border-width']
  const childProps = ['color', 'background-color', 'text-decoration-line', 'outline-style', 'box-shadow', 'fill', 'stroke', 'opacity', 'transform']
  const read = (s: any, props: string[]) => {
    let text = ''
    for (const prop of props) text += `${s.getPropertyValue(prop)}|`
    // An outline that is not drawn: its colour and offset do not matter.
    return /^(?:none|\S+\|0px)\|/.test(text) ? text.replace(/^[^|]*\|[^|]*\|[^|]*\|[^|]*\|/, 'none|') : text
  }
  /** The element's own look: what most focus indicators change (cheap: read for every focus). */
  const ownLook = (element: any): string => read(w.getComputedStyle(element), ownProps)
  /** Everything near it that can show focus (read only when its own look did not change). */
  const snapshot = (element: any): string => {
    const parts = [ownLook(element)]
    for (const pseudo of ['::before', '::after']) {
      const s = w.getComputedStyle(element, pseudo)
      const content: string = s.getPropertyValue('content')
      parts.push(content === 'none' || content === 'normal' ? 'none' : read(s, pseudoProps))
    }
    let up = element.parentElement
    for (let level = 0; up && level < 2 && !isRoot(up); level++, up = up.parentElement) parts.push(read(w.getComputedStyle(up), boxProps))
    let child = element.firstElementChild
    for (let count = 0; child && count < 2; count++, child = child.nextElementSibling) parts.push(read(w.getComputedStyle(child), childProps))
    return parts.join('\n')
  }
  let log: number[] = []
  /** Per element reached: its own look focused, and the fuller snapshot when that equals its unfocused look. */
  const focused = new Map<number, {own: string; full?: string}>()
  let candidates: any[] = []
  const unfocused = new Map<number, string>()
  const textEntry = (element: any) =>
    element.isContentEditable ||
    element.tagName === 'TEXTAREA' ||
    (element.tagName === 'INPUT' && !/^(button|submit|reset|checkbox|radio|image|range|color|file)$/i.test(element.type ?? ''))
  const widgetRoles = new Set(['button', 'link', 'checkbox', 'radio', 'switch', 'tab', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'option', 'slider', 'spinbutton', 'textbox', 'combobox', 'searchbox', 'treeitem', 'gridcell'])
  const keyboardStart = (hideElements: string | null): KeyboardStart => {
    hidden = hideElements
    const all = Array.from(doc.querySelectorAll('body *') as ArrayLike<any>)
    candidates = all.filter((element: any) => tabbable(element) && !isHidden(element) && element.tagName !== 'IFRAME')
    for (const element of candidates) unfocused.set(idOf(element), ownLook(element))
    // Interactive elements a mouse user can use but a keyboard cannot reach at all.
    const clickable: any = w.__caveatClickable
    const notFocusable: Array<ProbeElement & {why: string}> = []
    for (const element of all) {
      const role = (element.getAttribute('role') ?? '').trim().split(/\s+/)[0]
      const listens = Boolean(clickable?.has(element)) || element.hasAttribute('onclick') || typeof element.onclick === 'function'
      const widget = widgetRoles.has(role)
      if (!widget && !listens) continue
      if (element.matches(focusableSelector) && !(element.tagName === 'A' && !element.hasAttribute('href'))) continue
      if (element.hasAttribute('tabindex') || element.isContentEditable || element.tagName === 'LABEL' || element.closest('label') || isRoot(element) || isHidden(element)) continue
      if (element.getAttribute('aria-disabled') === 'true' || disabled(element) || !visibleBox(element)) continue
      // Inside a focusable element or a composite widget that manages focus itself (roving tabindex, aria-activedescendant).
      if (element.parentElement?.closest(`${focusableSelector}, [aria-activedescendant]`)) continue
      // Event delegation: a container whose children are the controls.
      if (!widget && element.querySelector(focusableSelector)) continue
      if (!String(element.textContent ?? '').trim() && !element.querySelector('img, svg') && element.getBoundingClientRect().width * element.getBoundingClientRect().height < 64) continue
      notFocusable.push({...describe(element), why: widget ? `role="${role}"` : 'a click handler'})
      if (notFocusable.length >= 20) break
    }
    log = []
    doc.addEventListener(
      'focusin',
      (event: any) => {
        const target = event.target
        if (!target || target.nodeType !== 1) return
        const id = idOf(target)
        log.push(id)
        if (!focused.has(id)) {
          const own = ownLook(target)
          focused.set(id, own === unfocused.get(id) ? {own, full: snapshot(target)} : {own})
        }
      },
      true
    )
    doc.addEventListener(
      'focusout',
      (event: any) => {
        if (!event.relatedTarget) log.push(-1)
      },
      true
    )
    if (doc.activeElement && doc.activeElement !== doc.body) doc.activeElement.blur()
    w.getSelection?.()?.removeAllRanges()
    w.scrollTo(0, 0)
    return {tabbable: candidates.length, notFocusable}
  }
  const focusLog = (from: number): FocusLog => {
    const active = doc.activeElement
    const real = active && active !== doc.body && active !== doc.documentElement
    return {entries: log.slice(from), active: real ? idOf(active) : -1, activeIsFrame: Boolean(real && (active.tagName === 'IFRAME' || active.tagName === 'FRAME'))}
  }
  const hiddenNow = (id: number) => {
    const element = elements[id]
    return !element || !element.isConnected || !visibleBox(element)
  }
  const containerOf = (list: number[]): ProbeElement => {
    const nodes = list.map((id) => elements[id]).filter(Boolean)
    let common = nodes[0]?.parentElement ?? doc.body
    while (common && !nodes.every((node: any) => common.contains(node))) common = common.parentElement
    return describe(common ?? doc.body)
  }
  const containsAllCandidates = (list: number[]): boolean => {
    const nodes = list.map((id) => elements[id]).filter(Boolean)
    let common = nodes[0]?.parentElement ?? doc.body
    while (common && !nodes.every((node: any) => common.contains(node))) common = common.parentElement
    if (!common || isRoot(common)) return true
    return candidates.every((candidate: any) => common.contains(candidate) || !visibleBox(candidate))
  }
  /** Focus order against the reading order: the stops that are not on the longest in-order run. */
  const outOfOrder = (segments: number[][]): Array<ProbeElement & {after: string}> => {
    const result: Array<ProbeElement & {after: string}> = []
    const rtl = w.getComputedStyle(doc.documentElement).direction === 'rtl'
    for (const segment of segments) {
      const stops = segment.filter((id, index) => segment.indexOf(id) === index && elements[id]?.isConnected)
      if (stops.length < 3) continue
      const order = [...stops].sort((a, b) => (elements[a].compareDocumentPosition(elements[b]) & 4 ? -1 : 1))
      const rank = new Map(order.map((id, index) => [id, index]))
      const ranks = stops.map((id) => rank.get(id)!)
      // Longest increasing subsequence (patience sorting), keeping predecessors.
      const tails: number[] = []
      const previous: number[] = new Array(ranks.length).fill(-1)
      ranks.forEach((value, index) => {
        let lo = 0
        let hi = tails.length
        while (lo < hi) {
          const mid = (lo + hi) >> 1
          if (ranks[tails[mid]!]! < value) lo = mid + 1
          else hi = mid
        }
        if (lo > 0) previous[index] = tails[lo - 1]!
        tails[lo] = index
      })
      const inOrder = new Set<number>()
      for (let index = tails[tails.length - 1] ?? -1; index >= 0; index = previous[index]!) inOrder.add(index)
      stops.forEach((id, index) => {
        if (!inOrder.has(index) && result.length < 10) result.push({...describe(elements[id]), after: index > 0 ? selector(elements[stops[index - 1]!]) : 'the start of the page'})
      })
      // Visual order: the next stop drawn before the previous one on the same line (CSS reordering).
      for (let index = 1; index < stops.length && result.length < 10; index++) {
        const a = elements[stops[index - 1]!].getBoundingClientRect()
        const b = elements[stops[index]!].getBoundingClientRect()
        const sameLine = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) >= Math.min(a.height, b.height) * 0.5
        const backwards = rtl ? b.left >= a.right + 1 : b.right <= a.left - 1
        if (sameLine && backwards && inOrder.has(index) && inOrder.has(index - 1) && !elements[stops[index]!].contains(elements[stops[index - 1]!])) {
          result.push({...describe(elements[stops[index]!]), after: selector(elements[stops[index - 1]!])})
        }
      }
    }
    return result
  }
  const keyboardAnalysis = (reachedList: number[], segments: number[][], complete: boolean): KeyboardAnalysis => {
    if (doc.activeElement && doc.activeElement !== doc.body) doc.activeElement.blur()
    const reached = new Set(reachedList)
    const unreached: ProbeElement[] = []
    if (complete) {
      const reachedRadioGroups = new Set(
        reachedList
          .map((id) => elements[id])
          .filter((element: any) => element?.type === 'radio')
          .map((element: any) => `${element.form ? idOf(element.form) : ''}:${element.name}`)
      )
      // An open modal <dialog> makes the rest of the page inert.
      const modal = doc.querySelector('dialog:modal')
      for (const element of candidates) {
        if (modal && !modal.contains(element)) continue
        if (reached.has(idOf(element)) || !element.isConnected || !visibleBox(element) || disabled(element)) continue
        if (element.type === 'radio' && reachedRadioGroups.has(`${element.form ? idOf(element.form) : ''}:${element.name}`)) continue
        // Tabbing into an iframe leaves the top document's listeners behind: skip what follows one.
        unreached.push(describe(element))
        if (unreached.length >= 20) break
      }
    }
    const unchanged: number[] = []
    for (const id of reached) {
      const element = elements[id]
      if (!element?.isConnected || !unfocused.has(id) || !focused.has(id) || textEntry(element)) continue
      const look = focused.get(id)!
      // Its own look did not change: compare the fuller snapshot, taken now that it is not focused.
      if (look.full !== undefined && doc.activeElement !== element && look.full === snapshot(element)) unchanged.push(id)
    }
    return {unreached, outOfOrder: outOfOrder(segments), unchanged}
  }
  const focusElement = (id: number, on: boolean) => {
    const element = elements[id]
    if (!element) return null
    if (on) {
      element.focus({preventScroll: true})
      element.scrollIntoView({block: 'center', inline: 'nearest'})
    } else if (doc.activeElement === element) {
      element.blur()
    }
    const rect = element.getBoundingClientRect()
    return {...describe(element), viewport: [rect.left, rect.top, rect.right, rect.bottom]}
  }

  /**
   * The layout checks' work that needs no viewport change, in one synchronous call: orientation,
   * the baseline, then each text change applied, measured and undone before the next. Reading
   * the layout forces it, so each change is laid out and measured, but nothing is painted in
   * between and no round trip to the browser separates the steps. A step that throws is
   * returned as that check's error, with the page restored.
   */
  const layoutRun = (options: {hideElements: string | null; orientation: boolean; textSpacing: boolean; textSize: boolean}): LayoutRun => {
    const attempt = <T>(work: () => T): Outcome<T> => {
      try {
        return {ok: work()}
      } catch (error: any) {
        restore()
        return {error: String(error?.message ?? error)}
      }
    }
    const run: LayoutRun = {}
    hidden = options.hideElements
    if (options.orientation) run.orientation = attempt(orientation)
    if (!options.textSpacing && !options.textSize) return run
    const measured = attempt(() => baseline(options.hideElements))
    if ('error' in measured) {
      if (options.textSpacing) run.textSpacing = measured
      if (options.textSize) run.textSize = measured
      return run
    }
    if (options.textSpacing) {
      run.textSpacing = attempt(() => {
        applyTextSpacing()
        const findings = compare({overlap: true, wide: false})
        restore()
        return findings
      })
    }
    if (options.textSize) {
      run.textSize = attempt(() => {
        applyTextSize(2)
        const findings = compare({overlap: true, wide: false})
        restore()
        return findings
      })
    }
    return run
  }

  /** After a viewport change: one frame for the page's resize handlers and observers (bounded: frames may be throttled), then compare. */
  const compareNextFrame = (options: {overlap: boolean; wide: boolean}): Promise<LayoutFindings> =>
    new Promise((resolve) => {
      let done = false
      const go = () => {
        if (done) return
        done = true
        resolve(compare(options))
      }
      w.setTimeout(go, 50)
      w.requestAnimationFrame(go)
    })

  w.__caveatProbe = {
    layoutRun,
    compareNextFrame,
    baseline,
    compare,
    applyTextSpacing,
    applyTextSize,
    restore,
    orientation,
    keyboardStart,
    focusLog,
    hiddenNow,
    containerOf,
    containsAllCandidates,
    keyboardAnalysis,
    focusElement,
    describeId: (id: number) => (elements[id] ? describe(elements[id]) : null)
  }
}

/**
 * Installed before the page's own scripts run (`evaluateOnNewDocument`): remembers which elements
 * get click/mouse/pointer listeners, so the keyboard check can find controls that only a mouse can use.
 */
export function installClickTracker(): void {
  const w: any = globalThis
  if (w.__caveatClickable) return
  const clickable = new WeakSet<object>()
  Object.defineProperty(w, '__caveatClickable', {value: clickable, enumerable: false})
  const original = w.EventTarget?.prototype?.addEventListener
  if (!original) return
  const types = new Set(['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'dblclick'])
  w.EventTarget.prototype.addEventListener = function (this: any, type: string, ...rest: unknown[]) {
    if (types.has(type) && this && this.nodeType === 1) clickable.add(this)
    return original.call(this, type, ...rest)
  }
}
