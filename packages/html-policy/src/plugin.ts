import type {Root} from 'hast'
import type {VFile} from 'vfile'
import type {HtmlPolicyOptions} from './options.js'
import {applyHtmlPolicy} from './policy.js'

/**
 * rehype plugin: the policy on the tree of `remark-rehype` run with `toHastOptions`
 * (`{allowDangerousHtml: true, clobberPrefix: ''}`). Put it right after `remark-rehype`,
 * before plugins that add trusted markup (heading ids, citation markers).
 */
export default function rehypeHtmlPolicy(options?: HtmlPolicyOptions | null) {
  const settings = options ?? {}
  return function (tree: Root, file: VFile): Root {
    return applyHtmlPolicy(tree, settings, file)
  }
}
