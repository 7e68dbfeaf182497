/** Tables need a header row so that each cell can be announced with its column. */
import type {Root, Table} from 'mdast'
import {lintRule} from 'unified-lint-rule'
import {walk} from '../mdast/walk.js'
import {toString} from 'mdast-util-to-string'
import type {RuleMeta} from './types.js'
import {ruleDocsUrl} from '../docs.js'

export const meta: RuleMeta = {
  id: 'table-header',
  description: 'Tables have a header row whose cells name each column',
  rationale:
    'Assistive technology announces each cell with its column header (WCAG 1.3.1). A table whose first row is empty has no headers to announce.',
  severity: 'error',
  note: 'Fill in the first row of the table with a short name for each column',
  examples: {
    ok: [{markdown: '| Treatment | Evidence |\n| --- | --- |\n| Heat | Moderate |\n'}],
    notOk: [
      {markdown: 'Intro.\n\n|  |  |\n| --- | --- |\n| Heat | Moderate |\n', lines: [3]},
      {markdown: '| Treatment |  |\n| --- | --- |\n| Heat | Moderate |\n', lines: [1]}
    ]
  }
}

const tableHeader = lintRule({origin: 'caveat:table-header', url: ruleDocsUrl(meta.id)}, (tree: Root, file) => {
  walk(tree, (node) => {
    if (node.type !== 'table') return
    const header = (node as Table).children[0]
    if (!header) return
    const empty = header.children.filter((cell) => toString(cell).trim() === '').length
    if (empty === 0) return
    const message = file.message(
      empty === header.children.length ? 'Table has no header row (its first row is empty)' : `Table header row has ${empty} empty cell${empty === 1 ? '' : 's'}`,
      header
    )
    message.note = meta.note
  })
})

export default tableHeader
