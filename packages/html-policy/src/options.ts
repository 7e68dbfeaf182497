/** Options of the HTML policy, shared by the site build and `caveat lint`. */
export interface HtmlPolicyOptions {
  /**
   * Hosts whose `<iframe>` embeds are kept (`www.youtube-nocookie.com`, `player.vimeo.com`;
   * `*.example.org` for any subdomain). Embeds from any other host are removed with their
   * content. Default: none.
   */
  embedHosts?: string[] | undefined
}

/**
 * Options for `remark-rehype` / `mdast-util-to-hast` under this policy: raw HTML is kept for the
 * policy to reparse and sanitise, and footnote ids are left unprefixed because the sanitiser
 * prefixes every id once (GitHub's `user-content-`), links to them included.
 */
export const toHastOptions = {allowDangerousHtml: true, clobberPrefix: ''} as const
