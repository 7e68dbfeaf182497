/**
 * The layout checks: text spacing (1.4.12), resize text (1.4.4), reflow (1.4.10) and
 * orientation (1.3.4). Each measures every visible text node in the page as loaded (the
 * baseline), changes one thing the way a user would, measures again and reports what the
 * change broke: text newly clipped by `overflow: hidden`/`clip` or a fixed height, text that
 * newly overlaps other text, and (at 320 CSS px) content that needs horizontal scrolling.
 * Text already clipped or overlapping before the change (visually-hidden text, a carousel's
 * off-screen slides) is not the change's doing and is not reported; content in a scroll
 * container (a carousel that scrolls by design, a code block) or a data table is not
 * reflow's concern (WCAG 1.4.10's exception for two-dimensional content).
 *
 * Everything but the 320 px viewport is measured in the page in one call before the checks
 * report (`layoutRun`: baseline, text spacing applied, measured and undone, then text at
 * 200 %). A failure's screenshot crop needs the change in place again: it is re-applied for
 * the crops and undone, only on a page with findings.
 */
import type {LayoutFindings, LayoutRun, OrientationFinding, Outcome} from './probe.js'
import {call, crop, maxShots, probeCall, where, type CheckContext, type CheckFinding} from './checks.js'
import {timed} from '../timing.js'

type LayoutPart = keyof LayoutRun

/** The in-page outcome of one layout check: measured now if the runner did not measure it already; a step that threw throws here. */
async function measured<T>(context: CheckContext, part: LayoutPart): Promise<T> {
  let outcome = context.layout?.[part] as Outcome<T> | undefined
  if (!outcome) {
    const run = await probeCall<LayoutRun>(context.page, 'layoutRun', {hideElements: context.hideElements, orientation: part === 'orientation', textSpacing: part === 'textSpacing', textSize: part === 'textSize'})
    outcome = run[part] as Outcome<T> | undefined
  }
  if (!outcome) throw new Error(`the page returned no ${part} measurement`)
  if ('error' in outcome) throw new Error(outcome.error)
  return outcome.ok
}

const anyFinding = (findings: LayoutFindings) => findings.clipped.length + findings.overlaps.length + findings.wide.length > 0

/** Report findings measured with a change the page no longer has: re-apply it for the crops, then undo it. */
async function withChangeForCrops<T>(context: CheckContext, findings: LayoutFindings, apply: () => Promise<unknown>, report: () => Promise<T>): Promise<T> {
  if (!anyFinding(findings) || context.shots.count >= maxShots) return report()
  await apply()
  try {
    return await report()
  } finally {
    await call(context.page, 'restore')
  }
}

async function layoutFindings(
  context: CheckContext,
  findings: LayoutFindings,
  source: string,
  criterion: string,
  what: string,
  rules: {clipped: string; overlap: string; wide?: string}
): Promise<CheckFinding[]> {
  const out: CheckFinding[] = []
  for (const item of findings.clipped) {
    out.push({
      source,
      ruleId: rules.clipped,
      criterion,
      message: `${what}, text in this element is cut off (${item.lost} % of “${item.text}” is clipped)`,
      note: 'The element clips its content (overflow: hidden or clip, a fixed height or width, or the viewport). Let it grow with its text: min-height instead of height, no fixed widths on text, overflow-wrap: anywhere for long words.',
      ...where(item),
      screenshot: await crop(context, item.box)
    })
  }
  for (const item of findings.overlaps) {
    out.push({
      source,
      ruleId: rules.overlap,
      criterion,
      message: `${what}, text overlaps other text (“${item.text}” and the text of ${item.other})`,
      note: 'Text spills out of a box whose size is fixed, or is positioned over other content. Let boxes grow with their text (no fixed heights on text containers, no absolute positioning over text).',
      ...where(item),
      screenshot: await crop(context, item.box, 24)
    })
  }
  if (rules.wide) {
    for (const item of findings.wide) {
      out.push({
        source,
        ruleId: rules.wide,
        criterion,
        message: `${what}, this element is ${item.width} CSS px wide and makes the page scroll horizontally as well as vertically (“${item.text}”)`,
        note: 'Content must reflow into one column at 320 CSS px. Remove fixed widths and min-widths on text containers (use max-width), let flex items wrap, break long words and URLs (overflow-wrap: anywhere), or put wide content such as code in its own scroll container (overflow-x: auto).',
        ...where(item),
        screenshot: await crop(context, [item.box[0], item.box[1], Math.min(item.box[2], item.box[0] + 640), Math.min(item.box[3], item.box[1] + 240)])
      })
    }
  }
  return out
}

/** 1.4.12: line height 1.5, paragraph spacing 2em, letter spacing 0.12em, word spacing 0.16em. */
export async function textSpacingCheck(context: CheckContext): Promise<CheckFinding[]> {
  const findings = await measured<LayoutFindings>(context, 'textSpacing')
  return withChangeForCrops(
    context,
    findings,
    () => call(context.page, 'applyTextSpacing'),
    () =>
      layoutFindings(context, findings, 'text-spacing', '1.4.12', 'With WCAG text spacing (line height 1.5, paragraph spacing 2em, letter spacing 0.12em, word spacing 0.16em)', {
        clipped: 'text-spacing-clipped',
        overlap: 'text-spacing-overlap'
      })
  )
}

/**
 * 1.4.4: text at 200 % (every font size doubled at the configured viewport); 1.4.10: a
 * 320 CSS px wide viewport (1280 px at 400 % zoom): no two-dimensional scrolling, nothing clipped.
 */
export async function reflowCheck(context: CheckContext): Promise<CheckFinding[]> {
  const {page, viewport} = context
  const resized = await measured<LayoutFindings>(context, 'textSize')
  const out = await withChangeForCrops(
    context,
    resized,
    () => call(page, 'applyTextSize', 2),
    () => layoutFindings(context, resized, 'reflow', '1.4.4', 'With text at 200 %', {clipped: 'resize-text-clipped', overlap: 'resize-text-overlap'})
  )
  await timed('reflow: resize to 320', () => page.setViewport({width: 320, height: Math.max(256, Math.round((viewport.height * 320) / viewport.width))}))
  try {
    const findings = await timed('reflow: measure at 320', () => call<LayoutFindings>(page, 'compareNextFrame', {overlap: true, wide: true}))
    out.push(
      ...(await layoutFindings(context, findings, 'reflow', '1.4.10', 'At 320 CSS px wide (400 % zoom)', {clipped: 'reflow-clipped', overlap: 'reflow-overlap', wide: 'reflow-scroll'}))
    )
  } finally {
    await timed('reflow: resize back', () => page.setViewport(viewport))
  }
  return out
}

/** 1.3.4: a media query on orientation that turns the page a quarter turn or hides its content. */
export async function orientationCheck(context: CheckContext): Promise<CheckFinding[]> {
  const found = await measured<OrientationFinding[]>(context, 'orientation')
  const out: CheckFinding[] = []
  for (const item of found) {
    out.push({
      source: 'orientation',
      ruleId: 'orientation-lock',
      criterion: '1.3.4',
      message: `The content is locked to ${item.orientation === 'portrait' ? 'landscape' : 'portrait'}: in ${item.orientation} orientation (@media ${item.media}) this element is ${item.how}`,
      note: 'Let the page work in both orientations: do not rotate or hide the content with an orientation media query (unless one orientation is essential, such as a piano keyboard).',
      ...where(item),
      screenshot: undefined
    })
  }
  return out
}
