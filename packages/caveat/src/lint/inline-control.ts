/**
 * `<!-- caveat-disable rule-id … -->` … `<!-- caveat-enable rule-id … -->` and
 * `<!-- caveat-ignore rule-id -->` (next node only), for every source caveat reports.
 * Like remark-lint's `<!--lint disable-->`, via unified-message-control.
 */
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {messageControl} from 'unified-message-control'

// Not mdast-comment-marker: its parameter syntax rejects ids such as `remark-lint:alt-text`.
const marker = /^<!--\s*caveat-(disable|enable|ignore)((?:\s+[\w:./-]+)*)\s*-->$/

export function applyInlineControl(tree: Root, file: VFile): void {
  messageControl(tree, {
    file,
    name: 'caveat',
    source: ['caveat', 'remark-lint', 'remark-health-claims'],
    test: 'html',
    marker(node) {
      const match = marker.exec(String((node as {value?: unknown}).value ?? '').trim())
      if (!match) return undefined
      // Reports prefix remark-lint's ids; its messages carry the bare id.
      const ids = (match[2] ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => id.replace(/^remark-lint:/, ''))
      return {name: 'caveat', attributes: [match[1], ...ids].join(' ')}
    }
  })
}
