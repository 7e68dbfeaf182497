import type {BlockContent, Data, DefinitionContent, Paragraph, Parent, Strong} from 'mdast'
import type {DisclaimerDefinition} from './definition.js'
import {parseDisclaimerMarkdown} from './markdown.js'

/** mdast node type of an inserted disclaimer (`<aside>` in HTML). */
export const disclaimerNodeType = 'healthDisclaimer'

/** Class of the `<aside>`, and (with `__title`) of its title paragraph. */
export const disclaimerClassName = 'health-disclaimer'

/**
 * An inserted disclaimer: a block container rendered by remark-rehype as
 * `<aside class="health-disclaimer" data-disclaimer="ID" role="note" aria-label="TITLE">`.
 */
export interface HealthDisclaimer extends Parent {
  type: 'healthDisclaimer'
  children: Array<BlockContent | DefinitionContent>
  data: Data & {
    hName: 'aside'
    hProperties: {
      className: string[]
      dataDisclaimer: string
      role: 'note'
      ariaLabel: string
    }
  }
}

declare module 'mdast' {
  interface RootContentMap {
    healthDisclaimer: HealthDisclaimer
  }
  interface BlockContentMap {
    healthDisclaimer: HealthDisclaimer
  }
}

/**
 * One note for several disclaimers that land in the same place: each starts its first paragraph
 * with its title in bold (“**About kratom:** Kratom is…”), the `<aside>` is named by all the
 * titles and `data-disclaimer` lists every id. Shorter than separate boxes, so a phone still
 * shows the article's first paragraph on its first screen.
 */
export function createCombinedDisclaimerNode(definitions: DisclaimerDefinition[]): HealthDisclaimer {
  const children: Array<BlockContent | DefinitionContent> = []
  for (const definition of definitions) {
    const text = parseDisclaimerMarkdown(definition.text)
    const first = text[0]
    const lead = (): Strong => ({type: 'strong', children: [{type: 'text', value: definition.title + ':'}]})
    if (first?.type === 'paragraph') {
      first.data = {hProperties: {className: [disclaimerClassName + '__part']}}
      first.children.unshift(lead(), {type: 'text', value: ' '})
      children.push(...text)
    } else {
      children.push({type: 'paragraph', data: {hProperties: {className: [disclaimerClassName + '__part']}}, children: [lead()]}, ...text)
    }
  }
  return {
    type: disclaimerNodeType,
    children,
    data: {
      hName: 'aside',
      hProperties: {
        className: [disclaimerClassName, disclaimerClassName + '--combined'],
        dataDisclaimer: definitions.map((definition) => definition.id).join(' '),
        role: 'note',
        ariaLabel: definitions.map((definition) => definition.title).join('; ')
      }
    }
  }
}

/** True for a disclaimer inserted by this plugin (on this run or an earlier one). */
export function isHealthDisclaimer(node: {type: string}): node is HealthDisclaimer {
  return node.type === disclaimerNodeType
}

/**
 * Build the node for a disclaimer. The title is a bold paragraph, not a
 * heading, so it never breaks the document's heading order.
 */
export function createDisclaimerNode(definition: DisclaimerDefinition): HealthDisclaimer {
  const title: Paragraph = {
    type: 'paragraph',
    data: {hProperties: {className: [disclaimerClassName + '__title']}},
    children: [{type: 'strong', children: [{type: 'text', value: definition.title}]}]
  }

  return {
    type: disclaimerNodeType,
    children: [title, ...parseDisclaimerMarkdown(definition.text)],
    data: {
      hName: 'aside',
      hProperties: {
        className: [disclaimerClassName],
        dataDisclaimer: definition.id,
        role: 'note',
        ariaLabel: definition.title
      }
    }
  }
}

