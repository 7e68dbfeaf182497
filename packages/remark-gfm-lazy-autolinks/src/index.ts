/**
 * remark-gfm-lazy-autolinks: GFM for remark, with autolink literals (`www.example.com`,
 * `https://example.com`, `contact@example.com` in plain text) parsed only when a document's
 * text could hold one.
 *
 * @example
 *   unified().use(remarkParse).use(remarkGfmLazyAutolinks).use(remarkRehype).use(rehypeStringify)
 */
import type {Nodes, Root} from 'mdast'
import {gfmToMarkdown, type Options as ToMarkdownOptions} from 'mdast-util-gfm'
import {gfmAutolinkLiteralFromMarkdown} from 'mdast-util-gfm-autolink-literal'
import {gfmFootnoteFromMarkdown} from 'mdast-util-gfm-footnote'
import {gfmStrikethroughFromMarkdown} from 'mdast-util-gfm-strikethrough'
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table'
import {gfmTaskListItemFromMarkdown} from 'mdast-util-gfm-task-list-item'
import {gfmAutolinkLiteral} from 'micromark-extension-gfm-autolink-literal'
import {gfmFootnote} from 'micromark-extension-gfm-footnote'
import {gfmStrikethrough, type Options as StrikethroughOptions} from 'micromark-extension-gfm-strikethrough'
import {gfmTable} from 'micromark-extension-gfm-table'
import {gfmTaskListItem} from 'micromark-extension-gfm-task-list-item'
import {combineExtensions} from 'micromark-util-combine-extensions'
import type {Processor} from 'unified'

/** The options of `remark-gfm`, with the same meaning. */
export interface Options extends StrikethroughOptions, ToMarkdownOptions {}

/** What `remark-parse` and `remark-stringify` read from the processor's data. */
interface MarkdownData {
  micromarkExtensions?: unknown[]
  fromMarkdownExtensions?: unknown[]
  toMarkdownExtensions?: unknown[]
}

type Parse = (document: string, file: unknown) => Root

/**
 * Every autolink literal needs one of these in its text: `@` (email, `mailto:`, `xmpp:`),
 * `www.` or `http://` / `https://` (any case). That holds for micromark's constructs and for
 * the mdast transform that finds literals in text nodes, both of which this stands in for.
 */
const AUTOLINK_LITERAL_MARK = /@|www\.|https?:\/\//i

/**
 * Whether a tree parsed without autolink literals has text in which one could be found.
 * Text inside links is skipped: micromark starts no literal inside an open `[` (a link or
 * image label) and the mdast transform leaves links alone, so a link's text (and an image's
 * alt, made from its label) comes out the same either way.
 */
export function mayHoldAutolinkLiteral(tree: Nodes): boolean {
  // A stack, not recursion: markdown nests as deep as an author likes.
  const stack: Nodes[] = [tree]
  let node: Nodes | undefined
  while ((node = stack.pop()) !== undefined) {
    if (node.type === 'text') {
      if (AUTOLINK_LITERAL_MARK.test(node.value)) return true
    } else if (node.type !== 'link' && node.type !== 'linkReference' && 'children' in node) {
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!)
    }
  }
  return false
}

/**
 * Use instead of `remark-gfm`, after `remark-parse`. The result is the tree remark-gfm gives,
 * position for position: a document is parsed with every GFM construct but autolink literals,
 * and, only when its text could hold a literal, parsed again with them. Autolink literals are
 * looked for at every letter and digit of the text, which is about 40% of a GFM parse; most
 * articles link with `[text](url)` and have none.
 */
export default function remarkGfmLazyAutolinks(this: unknown, options?: Options | null): undefined {
  // Typed as remark-gfm is: usable in any processor that parses markdown.
  const self = this as Processor & {parser?: Parse}
  const settings = options ?? {}
  const data = self.data() as MarkdownData
  const micromarkExtensions = (data.micromarkExtensions ??= [])
  const fromMarkdownExtensions = (data.fromMarkdownExtensions ??= [])
  const toMarkdownExtensions = (data.toMarkdownExtensions ??= [])

  micromarkExtensions.push(combineExtensions([gfmFootnote(), gfmStrikethrough(settings), gfmTable(), gfmTaskListItem()]))
  fromMarkdownExtensions.push([
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTableFromMarkdown(),
    gfmTaskListItemFromMarkdown()
  ])
  toMarkdownExtensions.push(gfmToMarkdown(settings))

  const parse = self.parser
  if (typeof parse !== 'function') {
    throw new TypeError('remark-gfm-lazy-autolinks: use remark-parse before this plugin (`unified().use(remarkParse).use(remarkGfmLazyAutolinks)`)')
  }
  const autolinks = gfmAutolinkLiteral()
  const autolinksFromMarkdown = gfmAutolinkLiteralFromMarkdown()

  self.parser = function (document, file) {
    const tree = parse(document, file)
    if (!mayHoldAutolinkLiteral(tree)) return tree
    // remark-parse reads the extension lists when it parses: add autolink literals for this
    // one parse (synchronous, so no other parse can see them) and take them out again.
    micromarkExtensions.push(autolinks)
    fromMarkdownExtensions.push(autolinksFromMarkdown)
    try {
      return parse(document, file)
    } finally {
      micromarkExtensions.splice(micromarkExtensions.lastIndexOf(autolinks), 1)
      fromMarkdownExtensions.splice(fromMarkdownExtensions.lastIndexOf(autolinksFromMarkdown), 1)
    }
  }
  return undefined
}
