import type {Element, ElementContent, Root as HastRoot} from 'hast'
import type {Root} from 'mdast'
import {annotateClaims, type Claim, type HealthClaimsLedger, type RuleId} from 'remark-health-claims'
import type {Position} from 'unist'
import type {VFile} from 'vfile'

/**
 * Every kind of finding preview builds show in the page: its label (the text readers see next to
 * the highlighted words) and, by its place in this list, which one styles a passage that has
 * several. Style each with `.finding--<rule>` and `.finding-tag--<rule>`.
 */
const findingLabels = {
  'unsourced-claim': 'Unsourced claim',
  'absolute-claim': 'Absolute claim',
  'advice-without-caution': 'Advice without caution',
  'placeholder-text': 'Placeholder',
  'dangling-reference': 'Dangling reference',
  'weak-source': 'Weak source',
  'anecdotal-evidence': 'Anecdote as evidence',
  'repeated-boilerplate': 'Repeated boilerplate'
} satisfies Record<RuleId, string> // every rule of remark-health-claims has a label: a new rule fails to compile until it has one

export const findingKinds: ReadonlyArray<{rule: RuleId; label: string}> = (Object.keys(findingLabels) as RuleId[]).map((rule) => ({rule, label: findingLabels[rule]}))

const rank = new Map<string, number>(findingKinds.map((kind, index) => [kind.rule, index]))
const labels = new Map<string, string>(findingKinds.map((kind) => [kind.rule, kind.label]))

function ordered(rules: Iterable<string>): string[] {
  return [...new Set(rules)].filter((rule) => rank.has(rule)).sort((a, b) => (rank.get(a) as number) - (rank.get(b) as number))
}

/**
 * remark plugin for preview builds: wraps the words of every finding of remark-health-claims in
 * `<mark class="finding finding--RULE" data-rule="RULE …">` — claims with the rules reported on
 * them, and findings outside any claim (a placeholder, a dangling reference) by their place.
 * Runs after remark-health-claims, with its `annotate` off (that option marks unsourced claims
 * only).
 */
export function remarkPreviewFindings() {
  return function (tree: Root, file: VFile): void {
    const ledger = file.data.healthClaims as HealthClaimsLedger | undefined
    const claims = ledger?.claims ?? []
    const spans: Claim[] = []
    for (const claim of claims) {
      const rules = ordered(claim.rules)
      if (rules.length > 0) spans.push({...claim, rules: rules as Claim['rules']})
    }
    // Findings not shown on a claim (a placeholder, a dangling reference): marked by their place.
    for (const message of file.messages) {
      const rule = message.ruleId
      if (message.source !== 'remark-health-claims' || !rule || !rank.has(rule)) continue
      const place = message.place as Position | undefined
      const start = place && 'start' in place ? place.start.offset : undefined
      const end = place && 'end' in place ? place.end.offset : undefined
      if (start === undefined || end === undefined) continue
      const onClaim = claims.some(
        (claim) => (claim.rules as string[]).includes(rule) && (claim.position.start.offset ?? Infinity) <= start && (claim.position.end.offset ?? -Infinity) >= end
      )
      if (onClaim) continue
      spans.push({id: `finding-${spans.length + 1}`, text: String(file.value).slice(start, end), position: place as Position, confidence: 0, strength: 'none', advice: 'none', kind: 'effect', cues: [], citations: [], status: 'sourced', rules: [rule] as Claim['rules']})
    }
    annotateClaims(tree, spans, {
      select: () => true,
      properties: (claim) => ({className: ['finding', `finding--${claim.rules[0]}`], dataRule: claim.rules.join(' ')})
    })
  }
}

/**
 * rehype plugin for preview builds: after each finding's `<mark>`, its labels as text
 * (`<span class="finding-tags"><span class="finding-tag finding-tag--unsourced-claim">Unsourced
 * claim</span>…</span>`), so no finding is told by colour alone. Runs after the HTML policy.
 */
export function rehypeFindingLabels() {
  return function (tree: HastRoot): void {
    const visit = (parent: HastRoot | Element): void => {
      const children = parent.children as ElementContent[]
      for (let index = 0; index < children.length; index++) {
        const child = children[index] as ElementContent
        if (child.type !== 'element') continue
        const className = child.properties['className']
        if (child.tagName === 'mark' && Array.isArray(className) && className.includes('finding')) {
          const rules = String(child.properties['dataRule'] ?? '').split(' ').filter(Boolean)
          children.splice(index + 1, 0, tags(rules))
          index++
          continue
        }
        visit(child)
      }
    }
    visit(tree)
  }
}

function tags(rules: string[]): Element {
  return {
    type: 'element',
    tagName: 'span',
    properties: {className: ['finding-tags']},
    children: rules.map((rule) => ({
      type: 'element',
      tagName: 'span',
      properties: {className: ['finding-tag', `finding-tag--${rule}`]},
      children: [{type: 'text', value: labels.get(rule) ?? rule}]
    }))
  }
}
