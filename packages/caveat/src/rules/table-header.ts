/** Tables need a header row so that each cell can be announced with its column. */
import type {Table} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {walk} from '../mdast/walk.js'
import type {TreeRule} from './types.js'

export const rule: TreeRule<'table-header'> = {
  id: 'table-header',
  stage: 'tree',
  defaultSeverity: 'error',
  description: 'Tables have a header row whose cells name each column',
  why: 'Assistive technology announces each cell with its column header (WCAG 1.3.1). A table whose first row is empty has no headers to announce.',
  fix: 'Fill in the first row of the table with a short name for each column',
  examples: {
    ok: [{title: 'Every column named', markdown: '| Treatment | Evidence |\n| --- | --- |\n| Heat | Moderate |\n'}],
    notOk: [
      {title: 'An empty first row', markdown: 'Intro.\n\n|  |  |\n| --- | --- |\n| Heat | Moderate |\n', lines: [3]},
      {title: 'One column without a name', markdown: '| Treatment |  |\n| --- | --- |\n| Heat | Moderate |\n', lines: [1]}
    ]
  },
  check(tree, {report}) {
    walk(tree, (node) => {
      if (node.type !== 'table') return
      const header = (node as Table).children[0]
      if (!header) return
      const empty = header.children.filter((cell) => toString(cell).trim() === '').length
      if (empty === 0) return
      report({
        message: empty === header.children.length ? 'Table has no header row (its first row is empty)' : `Table header row has ${empty} empty cell${empty === 1 ? '' : 's'}`,
        place: header.position
      })
    })
  }
}
