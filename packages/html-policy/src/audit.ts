import type {Element, Nodes, Properties, Root} from 'hast'
import {find, html} from 'property-information'
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import type {HtmlPolicyOptions} from './options.js'
import {applyHtmlPolicy, embedProblem, reparse} from './policy.js'
import {strippedTagNames} from './schema.js'

/** Something the policy removes from an article. */
export type Removal =
  | {
      kind: 'element'
      tagName: string
      /** `true` when the element's content goes too (`script`, `style`, embeds…); else it stays, unwrapped. */
      withContent: boolean
      /** Set for an embed from a host that is not allowed. */
      reason?: string | undefined
      position?: Position | undefined
    }
  | {
      kind: 'attribute'
      tagName: string
      /** As written in HTML (`onclick`, `style`, `href`). */
      attribute: string
      value: string
      position?: Position | undefined
    }

/** How dangerous a removal is: `script`, event handlers and `javascript:`/`data:` URLs are `danger`. */
export type RemovalLevel = 'danger' | 'markup'

const AUDIT = 'caveatAuditId'
const dangerousProtocol = /^\s*(?:javascript|vbscript|data):/i
const urlAttributes = new Set(['href', 'src', 'cite', 'action', 'formaction', 'poster', 'longdesc', 'background', 'srcset', 'xlink:href', 'data'])

export function removalLevel(removal: Removal): RemovalLevel {
  if (removal.kind === 'element') return removal.tagName === 'script' ? 'danger' : 'markup'
  if (/^on/i.test(removal.attribute)) return 'danger'
  if (urlAttributes.has(removal.attribute.toLowerCase()) && dangerousProtocol.test(removal.value)) return 'danger'
  return 'markup'
}

function attributeName(key: string): string {
  return find(html, key).attribute
}

function valueText(value: Properties[string]): string {
  if (Array.isArray(value)) return value.join(' ')
  return value === true ? '' : String(value ?? '')
}

/**
 * Exactly what `applyHtmlPolicy` removes from `tree` (a tree made with `toHastOptions`), found by
 * running it: every element is tagged, the policy runs, and what is missing from its output is
 * reported — elements dropped (with or without their content) and attributes dropped or
 * changed. HTML comments are removed too but not reported: they are never shown. Elements inside
 * an element removed with its content are not reported again.
 */
export function auditHtml(tree: Root, options: HtmlPolicyOptions = {}, file?: VFile): Removal[] {
  const parsed = reparse(structuredClone(tree), file)
  const embedHosts = options.embedHosts ?? []
  const elements: Element[] = []
  const stack: Nodes[] = [parsed]
  while (stack.length > 0) {
    const node = stack.pop() as Nodes
    if (node.type === 'element') {
      node.data = {...node.data, [AUDIT]: elements.length} as Element['data']
      elements.push(node)
    }
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes)
  }
  // Embeds are taken out in place, so note their problems before the policy runs.
  const embedReasons = new Map<Element, string>()
  for (const element of elements) {
    const problem = embedProblem(element, embedHosts)
    if (problem) embedReasons.set(element, problem)
  }

  const kept = new Map<number, Element>()
  // On a copy: the policy takes embeds out in place, and the walk below needs them.
  const safeStack: Nodes[] = [applyHtmlPolicy(structuredClone(parsed), options)]
  while (safeStack.length > 0) {
    const node = safeStack.pop() as Nodes
    if (node.type === 'element') {
      const id = (node.data as Record<string, unknown> | undefined)?.[AUDIT]
      if (typeof id === 'number') kept.set(id, node)
    }
    if ('children' in node) for (const child of node.children) safeStack.push(child)
  }

  const removals: Removal[] = []
  const gone = new Set<Element>()
  const stripped = new Set<string>(strippedTagNames)
  const walk = (node: Nodes, insideRemoved: boolean): void => {
    if (node.type === 'element') {
      const safe = kept.get((node.data as Record<string, unknown> | undefined)?.[AUDIT] as number)
      if (!safe) {
        const reason = embedReasons.get(node)
        const withContent = reason !== undefined || stripped.has(node.tagName)
        if (!insideRemoved) removals.push({kind: 'element', tagName: node.tagName, withContent, reason, position: node.position})
        gone.add(node)
        if (withContent) {
          for (const child of node.children) walk(child, true)
          return
        }
      } else if (!insideRemoved) {
        for (const [key, value] of Object.entries(node.properties)) {
          if (value === undefined || value === null) continue
          const after = safe.properties[key]
          if (after === undefined || (valueText(after) !== valueText(value) && !valueText(after).endsWith(valueText(value)))) {
            removals.push({kind: 'attribute', tagName: node.tagName, attribute: attributeName(key), value: valueText(value), position: node.position})
          }
        }
      }
    }
    if ('children' in node) for (const child of node.children) walk(child, insideRemoved)
  }
  walk(parsed, false)
  return removals
}
