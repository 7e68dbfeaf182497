import type {Root} from 'hast'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'

/**
 * Preview builds: every element that came from the markdown gets `data-source-line`, the
 * line in the article file (front matter included) it starts on. `caveat a11y` points an
 * accessibility finding at the nearest marked ancestor, so editors get `file.md:LINE`
 * instead of a CSS selector. Publish builds leave it out: readers don't need it.
 */
export default function rehypeSourceLines() {
  return function transformer(tree: Root, file: VFile): void {
    // Eleventy takes the front matter off before rendering: the offset puts it back.
    const offset = typeof file.data.lineOffset === 'number' ? file.data.lineOffset : 0
    visit(tree, 'element', (node) => {
      const line = node.position?.start.line
      if (line !== undefined) node.properties['dataSourceLine'] = line + offset
    })
  }
}

declare module 'vfile' {
  interface DataMap {
    /** Lines of front matter before the markdown the file holds. */
    lineOffset: number
  }
}
