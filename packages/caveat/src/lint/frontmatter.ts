/**
 * Read and validate an article's YAML front matter from the mdast `yaml` node
 * (remark-frontmatter), reporting problems at the line they are on.
 */
import type {Root, Yaml} from 'mdast'
import {LineCounter, parseDocument, isMap, isScalar, type Node as YamlNode} from 'yaml'
import {frontmatterSchema} from './frontmatter-schema.js'

export interface FrontmatterProblem {
  ruleId: 'frontmatter-missing' | 'frontmatter-yaml' | 'frontmatter-schema'
  message: string
  note: string
  line: number
  column: number
}

export interface FrontmatterResult {
  /** The parsed data (even when the schema rejected it), `undefined` when absent or not YAML. */
  data?: Record<string, unknown> | undefined
  /** Line of each top-level key, for messages about that key. */
  keyLines: Record<string, number>
  /** Line of the opening `---` (1 when absent). */
  line: number
  problems: FrontmatterProblem[]
}

const read = new WeakMap<Root, FrontmatterResult>()

/** Read once per tree: the engine needs the data, and each `frontmatter-*` rule its problems. */
export function readFrontmatter(tree: Root): FrontmatterResult {
  let result = read.get(tree)
  if (!result) {
    result = readFrontmatterOnce(tree)
    read.set(tree, result)
  }
  return result
}

function readFrontmatterOnce(tree: Root): FrontmatterResult {
  const first = tree.children[0]
  if (!first || first.type !== 'yaml') {
    return {
      keyLines: {},
      line: 1,
      problems: [
        {
          ruleId: 'frontmatter-missing',
          message: 'No front matter: the article has no title, author, reviewer or dates',
          note: 'Start the file with a `---` block holding title, description, author, reviewedBy, datePublished and lastReviewed',
          line: 1,
          column: 1
        }
      ]
    }
  }
  const node = first as Yaml
  const startLine = node.position?.start.line ?? 1
  // The YAML text starts on the line after the opening `---`.
  const offsetLine = startLine
  const lineCounter = new LineCounter()
  const doc = parseDocument(node.value, {lineCounter, prettyErrors: false, uniqueKeys: true})
  const result: FrontmatterResult = {keyLines: {}, line: startLine, problems: []}

  if (doc.errors.length > 0) {
    const error = doc.errors[0]!
    const pos = lineCounter.linePos(error.pos[0])
    result.problems.push({
      ruleId: 'frontmatter-yaml',
      message: `Invalid YAML in front matter: ${error.message.split('\n')[0]}`,
      note: 'Fix the YAML syntax (check indentation, unclosed quotes and `key: value` pairs)',
      line: offsetLine + pos.line,
      column: pos.col
    })
    return result
  }

  const contents = doc.contents
  if (contents && isMap(contents)) {
    for (const pair of contents.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined
      const range = (pair.key as YamlNode | null)?.range
      if (key && range) result.keyLines[key] = offsetLine + lineCounter.linePos(range[0]).line
    }
  }
  const data: unknown = doc.toJS()
  if (data === null || data === undefined || typeof data !== 'object' || Array.isArray(data)) {
    result.problems.push({
      ruleId: 'frontmatter-schema',
      message: 'Front matter is not a set of `key: value` fields',
      note: 'Write the front matter as YAML fields, one `key: value` per line',
      line: startLine,
      column: 1
    })
    return result
  }
  result.data = data as Record<string, unknown>

  const parsed = frontmatterSchema.safeParse(data)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] === undefined ? undefined : String(issue.path[0])
      const where = issue.path.map(String).join('.')
      const missing = issue.code === 'invalid_type' && key !== undefined && !(key in (data as object))
      result.problems.push({
        ruleId: 'frontmatter-schema',
        message: missing ? `Front matter field \`${where}\` is missing` : `Front matter field \`${where}\`: ${issue.message}`,
        note: missing
          ? `Add \`${where}:\` to the front matter`
          : `Correct \`${where}\` (see the front matter schema in the caveat readme)`,
        line: (key && result.keyLines[key]) || startLine,
        column: 1
      })
    }
  }
  return result
}
