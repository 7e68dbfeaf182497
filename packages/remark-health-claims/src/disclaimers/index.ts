import type {Root, RootContent} from 'mdast'
import type {Point} from 'unist'
import type {VFile} from 'vfile'
import type {Claim, DisclaimerPosition, DisclaimerRecord, Options} from '../types.js'
import {adviceDisclaimer} from './advice.js'
import {mentionsSubstance, usagePattern} from '../rules/advice-without-caution.js'
import type {BuiltinDisclaimerId, DisclaimerDefinition} from './definition.js'
import {findExistingDisclaimers} from './existing.js'
import {disclaimersTurnedOff, readFrontmatter} from './front-matter.js'
import {findFirstMatch} from './match.js'
import {medicalDisclaimer} from './medical.js'
import {createCombinedDisclaimerNode, createDisclaimerNode} from './node.js'
import {enabledBuiltins} from './enabled.js'
import {supplementDisclaimer, supplementPattern} from './supplement.js'
import {compileTopics} from './topics.js'

export {adviceDisclaimer} from './advice.js'
export type {BuiltinDisclaimerId, DisclaimerDefinition} from './definition.js'
export {disclaimerAttributePattern, findExistingDisclaimers} from './existing.js'
export {disclaimersTurnedOff, readFrontmatter} from './front-matter.js'
export {blockText, findFirstMatch, wordsToRegExp} from './match.js'
export {medicalDisclaimer} from './medical.js'
export {enabledBuiltins, supplementLocales} from './enabled.js'
export {createCombinedDisclaimerNode, createDisclaimerNode, disclaimerClassName, disclaimerNodeType, isHealthDisclaimer} from './node.js'
export type {HealthDisclaimer} from './node.js'
export {supplementDisclaimer, supplementPattern} from './supplement.js'
export {compileTopics} from './topics.js'

export const builtinDisclaimers: Readonly<Record<BuiltinDisclaimerId, DisclaimerDefinition>> = {
  medical: medicalDisclaimer,
  advice: adviceDisclaimer,
  supplement: supplementDisclaimer
}

export interface DisclaimerContext {
  /** Claims found in the document (including advice), in document order. */
  claims: Claim[]
  options: Options
  /** Front matter, when the caller already has it; else read with `readFrontmatter`. */
  frontmatter?: Record<string, unknown> | undefined
}

interface Planned {
  definition: DisclaimerDefinition
  reason: string
  /** Block index of the first match, for `before-first-match`. */
  matchIndex: number | undefined
}

/**
 * Insert the disclaimers a document needs, once each.
 *
 * Built-ins: `medical` (start) when there is any claim; `advice` (before the
 * block with the first advice) when a claim gives advice; `supplement` (end)
 * when it is enabled (configured, or a US locale: `enabledBuiltins`), there is
 * any claim and the prose mentions supplements. Topics from `options.topics`
 * when their `match` is found in the prose. Disclaimers that land in the same
 * place are combined into one note.
 * Disclaimers the document already carries, or that its front matter turns
 * off, are skipped. Returns what was inserted, for the ledger.
 */
export function insertDisclaimers(tree: Root, file: VFile, context: DisclaimerContext): DisclaimerRecord[] {
  const {claims, options} = context
  const topics = compileTopics(options.topics)
  const frontmatter = context.frontmatter ?? readFrontmatter(tree, file, options)
  const off = disclaimersTurnedOff(frontmatter)
  if (off === 'all') return []

  const existing = findExistingDisclaimers(tree)
  const wanted = (id: string) => !off.has(id) && !existing.has(id)
  const enabled = enabledBuiltins(options, frontmatter)
  const planned: Planned[] = []

  if (claims.length > 0) {
    const first = claims[0] as Claim
    if (enabled.has('medical') && wanted('medical')) {
      planned.push({definition: medicalDisclaimer, reason: 'claims', matchIndex: blockIndexOf(tree, first.position.start)})
    }

    // The note is about doses: advice on taking a medicine, supplement or herb, not "call 999".
    const advice = claims.find((claim) => claim.advice !== 'none' && usagePattern.test(claim.text) && mentionsSubstance(claim.text))
    if (advice && enabled.has('advice') && wanted('advice')) {
      planned.push({definition: adviceDisclaimer, reason: 'advice', matchIndex: blockIndexOf(tree, advice.position.start)})
    }

    if (enabled.has('supplement') && wanted('supplement')) {
      const match = findFirstMatch(tree, supplementPattern)
      if (match) planned.push({definition: supplementDisclaimer, reason: 'match:' + match.text.toLowerCase(), matchIndex: match.index})
    }
  }

  for (const topic of topics) {
    if (!wanted(topic.id)) continue
    const match = findFirstMatch(tree, topic.pattern)
    if (match) planned.push({definition: topic, reason: 'match:' + match.text.toLowerCase(), matchIndex: match.index})
  }

  if (planned.length === 0) return []

  const start = startIndex(tree)
  const insertions = planned.map((plan, order) => ({
    order,
    plan,
    index: targetIndex(plan.definition.position, plan.matchIndex, start, tree.children.length)
  }))
  insertions.sort((a, b) => a.index - b.index || a.order - b.order)

  // Disclaimers that land in the same place become one note: two boxes stacked before the
  // first paragraph push the article itself off a phone's first screen.
  const children: RootContent[] = []
  let next = 0
  for (let index = 0; index <= tree.children.length; index++) {
    const here: DisclaimerDefinition[] = []
    while (next < insertions.length && (insertions[next] as (typeof insertions)[number]).index === index) {
      here.push((insertions[next] as (typeof insertions)[number]).plan.definition)
      next++
    }
    if (here.length === 1) children.push(createDisclaimerNode(here[0] as DisclaimerDefinition))
    else if (here.length > 1) children.push(createCombinedDisclaimerNode(here))
    if (index < tree.children.length) children.push(tree.children[index] as RootContent)
  }
  tree.children = children

  return planned.map(({definition, reason}) => ({id: definition.id, title: definition.title, position: definition.position, reason}))
}

function targetIndex(position: DisclaimerPosition, matchIndex: number | undefined, start: number, length: number): number {
  if (position === 'start') return start
  if (position === 'end') return length
  // Never above the front matter or the document's title.
  return Math.max(start, matchIndex ?? start)
}

/**
 * Where `start` disclaimers go: after front matter and MDX imports, and after
 * a leading level-1 heading (the title), so the page still opens with its title.
 */
function startIndex(tree: Root): number {
  let index = 0
  while (index < tree.children.length) {
    const type: string = (tree.children[index] as RootContent).type
    if (type !== 'yaml' && type !== 'toml' && type !== 'mdxjsEsm') break
    index++
  }
  const first = tree.children[index]
  if (first && first.type === 'heading' && first.depth === 1) index++
  return index
}

/** Index of the top-level block containing `point`, or `undefined` when none does. */
function blockIndexOf(tree: Root, point: Point): number | undefined {
  for (let index = 0; index < tree.children.length; index++) {
    const position = (tree.children[index] as {position?: RootContent['position']}).position
    if (!position) continue
    if (typeof point.offset === 'number' && typeof position.start.offset === 'number' && typeof position.end.offset === 'number') {
      if (point.offset >= position.start.offset && point.offset < position.end.offset) return index
    } else if (compare(point, position.start) >= 0 && compare(point, position.end) < 0) {
      return index
    }
  }
  return undefined
}

function compare(a: Point, b: Point): number {
  return a.line - b.line || a.column - b.column
}
