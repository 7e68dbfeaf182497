import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {parse as parseYaml} from 'yaml'
import type {Options} from '../types.js'

/**
 * Front matter of a document, from (first found): `options.frontmatter`,
 * `file.data.matter` (vfile-matter, gray-matter style), `file.data.frontmatter`,
 * or a `yaml` node at the start of the tree (remark-frontmatter).
 *
 * Invalid YAML is reported as a warning on the file and otherwise ignored, so
 * one broken header does not stop a build.
 */
export function readFrontmatter(tree: Root, file: VFile, options: Options = {}): Record<string, unknown> | undefined {
  if (isRecord(options.frontmatter)) return options.frontmatter
  const data = file.data as Record<string, unknown>
  if (isRecord(data['matter'])) return data['matter']
  if (isRecord(data['frontmatter'])) return data['frontmatter']

  for (const node of tree.children) {
    if (node.type !== 'yaml') {
      // Front matter only ever comes first (after other front-matter nodes).
      if ((node.type as string) === 'toml') continue
      break
    }
    try {
      const value: unknown = parseYaml(node.value)
      return isRecord(value) ? value : undefined
    } catch (error) {
      const message = file.message(
        'Cannot read the front matter as YAML (' +
          String((error as Error).message).split('\n')[0] +
          '); fix the YAML so `disclaimers:` settings in it apply',
        {place: node.position, source: 'remark-health-claims', ruleId: 'front-matter'}
      )
      message.fatal = false
      return undefined
    }
  }

  return undefined
}

/**
 * Which disclaimers the front matter turns off: `disclaimers: false` (or
 * `off`/`none`) turns off all; a list (or a single id) turns off those ids.
 * Anything else (absent, `true`) turns none off.
 */
export function disclaimersTurnedOff(frontmatter: Record<string, unknown> | undefined): 'all' | Set<string> {
  const value = frontmatter?.['disclaimers']
  if (value === false || value === 'false' || value === 'off' || value === 'none') return 'all'
  if (typeof value === 'string') return new Set([value])
  if (Array.isArray(value)) return new Set(value.filter((id): id is string => typeof id === 'string'))
  return new Set()
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
