/**
 * `<!-- caveat-disable rule-id … -->` … `<!-- caveat-enable rule-id … -->` and
 * `<!-- caveat-ignore rule-id -->` (next node only), for every source caveat reports.
 * Like remark-lint's `<!--lint disable-->`, via unified-message-control.
 */
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {commentMarker} from 'mdast-comment-marker'
import {messageControl} from 'unified-message-control'

const verbs = /^caveat-(disable|enable|ignore)$/

export function applyInlineControl(tree: Root, file: VFile): void {
  messageControl(tree, {
    file,
    name: 'caveat',
    source: ['caveat', 'remark-lint', 'remark-health-claims'],
    test: 'html',
    marker(node) {
      const marker = commentMarker(node as never)
      if (!marker) return undefined
      const verb = verbs.exec(marker.name)
      if (!verb) return undefined
      // Reports prefix remark-lint's ids; its messages carry the bare id.
      const ids = marker.attributes
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => id.replace(/^remark-lint:/, ''))
      return {name: 'caveat', attributes: [verb[1], ...ids].join(' ')}
    }
  })
}
