/**
 * Link text must say where the link goes: screen-reader users often jump from
 * link to link, hearing only the text.
 */
import type {Link, LinkReference, Parent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {walk} from '../mdast/walk.js'
import type {TreeRule} from './types.js'

const vague = new Set([
  'click here', 'click', 'here', 'this', 'this link', 'link', 'more', 'read more', 'learn more', 'find out more',
  'more info', 'more information', 'this page', 'this article', 'this website', 'this site', 'go', 'go here',
  'see here', 'details', 'continue', 'click this link', 'tap here', 'visit', 'website', 'source'
])

function isUrlLike(text: string): boolean {
  return /^(?:https?:\/\/|www\.|mailto:)\S+$/i.test(text) || /^[\w-]+(\.[\w-]+)+\/\S*$/.test(text)
}

export const rule: TreeRule<'descriptive-link-text'> = {
  id: 'descriptive-link-text',
  stage: 'tree',
  defaultSeverity: 'error',
  description: 'Link text says where the link goes: no “click here”, “read more” or bare URLs',
  why: 'Screen-reader users list and jump between links, hearing only their text (WCAG 2.4.4). “Click here” and URLs read aloud tell them nothing.',
  fix: 'Rewrite the link text to name the destination, e.g. [NHS advice on back pain](https://www.nhs.uk/conditions/back-pain/)',
  examples: {
    ok: [
      {title: 'Link text that names the destination', markdown: 'Read the [NHS advice on back pain](https://www.nhs.uk/conditions/back-pain/).\n'},
      {title: 'A URL inside a reference entry that describes it', markdown: 'A study found this.[^1]\n\n[^1]: Smith J. Heat for back pain. BMJ 2020. https://doi.org/10.1136/bmj.m1\n'}
    ],
    notOk: [
      {title: '“click here”', markdown: 'For more, [click here](https://www.nhs.uk/conditions/back-pain/).\n', lines: [1]},
      {title: 'A bare URL', markdown: 'See https://www.nhs.uk/conditions/back-pain/ for more.\n', lines: [1]},
      {title: '“Read more”', markdown: 'Intro.\n\n[Read more](https://example.org/a).\n', lines: [3]}
    ]
  },
  check(tree, {report}) {
    walk(tree, (node, ancestors) => {
      if (node.type !== 'link' && node.type !== 'linkReference') return
      const link = node as Link | LinkReference
      const text = toString(link, {includeImageAlt: true}).trim()
      const normalised = text.toLowerCase().replace(/[.!:…]+$/, '').replace(/\s+/g, ' ')
      let reason: string | undefined
      if (text === '') reason = 'Link has no text'
      else if (vague.has(normalised)) reason = `Link text “${text}” does not say where the link goes`
      else if (isUrlLike(text)) {
        // A reference list entry (“Author. Title. URL”) already describes the URL around it.
        const definition = ancestors.find((a) => a.type === 'footnoteDefinition') as Parent | undefined
        if (definition && toString(definition).trim() !== text) return
        reason = 'Link text is a bare URL'
      }
      if (reason) report({message: reason, place: link.position})
    })
  }
}
