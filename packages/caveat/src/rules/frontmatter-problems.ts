import type {Root} from 'mdast'
import {readFrontmatter, type FrontmatterProblem} from '../lint/frontmatter.js'
import type {TreeHit} from './types.js'

/** The front matter rules share one reading of the block (lint/frontmatter.ts); each reports its own problems. */
export function reportFrontmatter(id: FrontmatterProblem['ruleId'], tree: Root, report: (hit: TreeHit) => void): void {
  for (const problem of readFrontmatter(tree).problems) {
    if (problem.ruleId === id) report({message: problem.message, note: problem.note, place: {line: problem.line, column: problem.column}})
  }
}
