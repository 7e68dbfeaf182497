/**
 * Caveat's axe runner for pa11y (pa11y loads runners by path; compiled to CommonJS).
 * Unlike pa11y's own axe runner it asks axe only for violations and needs-review
 * results (`resultTypes`: passes are not serialised, which is most of axe's time on a
 * long article), and it returns each rule's tags so Caveat can grade a finding by
 * its WCAG criterion instead of axe's impact. `run` is stringified into the page:
 * it must not reference anything outside itself. Caveat sets `window.__caveatAxeTags`
 * (the WCAG tags to run) before calling pa11y, since pa11y passes only its own options.
 * axe itself is loaded into the page by Caveat beforehand (`library`), not through `scripts`.
 */
import path = require('node:path')

interface RunOptions {
  standard: string
  ignore: string[]
  rules: string[]
  rootElement?: string | null
}

interface AxeNode {
  target?: unknown[]
}

interface AxeResult {
  id: string
  impact?: string | null
  tags: string[]
  description: string
  help: string
  helpUrl: string
  nodes: AxeNode[]
}

const run = async (options: RunOptions) => {
  const w = globalThis as unknown as {
    // Set by Caveat before the run (pa11y passes only its own options through): the WCAG tags to run.
    __caveatAxeTags?: string[]
    // Set by Caveat: rules switched on or off beyond the tags (axe's disabled/experimental label-content-name-mismatch).
    __caveatAxeRules?: Record<string, boolean>
    axe: {
      getRules(): Array<{ruleId: string}>
      run(context: unknown, options: unknown): Promise<{violations: AxeResult[]; incomplete: AxeResult[]}>
    }
    document: {querySelector(selector: string): unknown}
  }
  const levelTags: Record<string, string[]> = {
    WCAG2A: ['wcag2a', 'wcag21a'],
    WCAG2AA: ['wcag2a', 'wcag21a', 'wcag2aa', 'wcag21aa'],
    WCAG2AAA: ['wcag2a', 'wcag21a', 'wcag2aa', 'wcag21aa', 'wcag2aaa']
  }
  const tags = [...(w.__caveatAxeTags ?? levelTags[options.standard] ?? levelTags['WCAG2AA']!), 'best-practice']
  const ignored = new Set(options.ignore.map((id) => id.toLowerCase()))
  const rules: Record<string, {enabled: boolean}> = {}
  for (const {ruleId} of w.axe.getRules()) {
    const id = ruleId.toLowerCase()
    if (options.rules.includes(id)) rules[id] = {enabled: true}
    else if (ignored.has(id)) rules[id] = {enabled: false}
    else if (w.__caveatAxeRules && typeof w.__caveatAxeRules[ruleId] === 'boolean') rules[ruleId] = {enabled: w.__caveatAxeRules[ruleId]!}
  }
  const results = await w.axe.run(options.rootElement || w.document, {
    runOnly: {type: 'tags', values: tags},
    rules,
    resultTypes: ['violations', 'incomplete']
  })
  const toIssues = (result: AxeResult, needsFurtherReview: boolean) =>
    (result.nodes.length > 0 ? result.nodes : [{target: undefined}]).map((node: AxeNode) => {
      // Targets inside iframes or shadow roots are arrays of selectors; the last one names the element.
      const last = node.target?.[node.target.length - 1]
      const selector = Array.isArray(last) ? undefined : (last as string | undefined)
      let element: unknown = null
      if (selector && (node.target?.length ?? 0) === 1) {
        try {
          element = w.document.querySelector(selector)
        } catch {
          element = null
        }
      }
      return {
        element,
        code: result.id,
        type: needsFurtherReview ? 'warning' : 'error',
        message: `${result.help} (${result.helpUrl})`,
        runnerExtras: {
          description: result.description,
          impact: result.impact ?? null,
          needsFurtherReview,
          help: result.help,
          helpUrl: result.helpUrl,
          tags: result.tags,
          target: node.target ? JSON.stringify(node.target) : undefined
        }
      }
    })
  return [...results.violations.flatMap((result) => toIssues(result, false)), ...results.incomplete.flatMap((result) => toIssues(result, true))]
}

const axeScript = path.join(path.dirname(require.resolve('axe-core', {paths: [path.dirname(require.resolve('pa11y'))]})), 'axe.min.js')

export = {
  run,
  // Caveat loads axe itself before pa11y runs this runner (a cached `<script src>`, see check-page.ts):
  // pa11y would otherwise re-evaluate ~550 kB of source on every page.
  scripts: [] as string[],
  library: {file: axeScript, global: 'axe'},
  supports: '^9.0.0'
}
