import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import rehypeHtmlPolicy, {auditHtml, removalLevel, toHastOptions, type HtmlPolicyOptions} from '../src/index.js'
import {toHast} from 'mdast-util-to-hast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import type {Root} from 'hast'
import {VFile} from 'vfile'

async function render(markdown: string, options: HtmlPolicyOptions = {}): Promise<string> {
  const file = await unified().use(remarkParse).use(remarkGfm).use(remarkRehype, toHastOptions).use(rehypeHtmlPolicy, options).use(rehypeStringify).process(markdown)
  return String(file)
}

function audit(markdown: string, options: HtmlPolicyOptions = {}) {
  const file = new VFile(markdown)
  return auditHtml(toHast(fromMarkdown(markdown), toHastOptions) as Root, options, file).map((removal) => ({
    ...removal,
    level: removalLevel(removal),
    line: removal.position?.start.line
  }))
}

describe('rehypeHtmlPolicy', () => {
  it('removes script and style with their content', async () => {
    const html = await render('A\n\n<script>alert(1)</script>\n\n<style>p{color:red}</style>\n\nB')
    expect(html).not.toMatch(/script|style|alert|color:red/)
    expect(html).toContain('<p>A</p>')
    expect(html).toContain('<p>B</p>')
  })

  it('removes event handlers and javascript:/data: URLs, keeps the text', async () => {
    const html = await render('<p onclick="x()">Tap</p>\n\n[a](javascript:alert(1)) ![b](data:image/png;base64,AA)')
    expect(html).not.toMatch(/onclick|javascript:|data:/)
    expect(html).toContain('Tap')
    expect(html).toContain('<a>a</a>')
  })

  it('keeps iframes only from the configured hosts', async () => {
    const markdown = '<iframe src="https://player.vimeo.com/video/1" title="v"></iframe>\n\n<iframe src="https://evil.example/x" title="e">fallback</iframe>'
    expect(await render(markdown)).not.toContain('iframe')
    const allowed = await render(markdown, {embedHosts: ['*.vimeo.com']})
    expect(allowed).toContain('<iframe src="https://player.vimeo.com/video/1" title="v"></iframe>')
    expect(allowed).not.toMatch(/evil|fallback/)
    // Only https embeds, whatever the host.
    expect(await render('<iframe src="http://player.vimeo.com/video/1"></iframe>', {embedHosts: ['player.vimeo.com']})).not.toContain('iframe')
  })

  it('keeps details/summary, abbr, sup/sub and figure', async () => {
    const html = await render('<details><summary>More</summary>Text</details>\n\n<abbr title="x">NHS</abbr> H<sub>2</sub>O x<sup>2</sup>\n\n<figure><figcaption>Cap</figcaption></figure>')
    expect(html).toContain('<details><summary>More</summary>Text</details>')
    expect(html).toContain('<abbr title="x">NHS</abbr>')
    expect(html).toContain('<sub>2</sub>')
    expect(html).toContain('<sup>2</sup>')
    expect(html).toContain('<figure><figcaption>Cap</figcaption></figure>')
  })

  it('leaves plain markdown as remark-rehype renders it, footnotes linking both ways', async () => {
    const markdown = '# T\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n* [x] done\n\n```js\ncode\n```\n\nSee this.[^1]\n\n[^1]: A note.\n'
    const html = await render(markdown)
    const plain = String(await unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify).process(markdown))
    // The one difference: the sanitiser prefixes the footnote label's id, and its reference with it.
    expect(html.replaceAll('user-content-footnote-label', 'footnote-label')).toBe(plain)
    expect(html).toContain('aria-describedby="user-content-footnote-label"')
    expect(html).toContain('href="#user-content-fn-1" id="user-content-fnref-1"')
    expect(html).toContain('<li id="user-content-fn-1">')
  })

  it('prefixes author ids once, and in-page links follow them', async () => {
    const html = await render('<a href="#note">jump</a>\n\n<p id="note">Here</p>')
    expect(html).toContain('<a href="#user-content-note">jump</a>')
    expect(html).toContain('<p id="user-content-note">Here</p>')
  })
})

describe('auditHtml', () => {
  it('reports what the policy removes, with a level and a line', () => {
    const removals = audit('Hi\n\n<script>x()</script>\n\n<p onclick="y()" style="color:red">T</p>\n\n<form><input type="text"></form>\n')
    expect(removals.map(({kind, level, line, ...rest}) => [kind, level, line, 'attribute' in rest ? rest.attribute : rest.tagName])).toEqual([
      ['element', 'danger', 3, 'script'],
      ['attribute', 'danger', 5, 'onclick'],
      ['attribute', 'markup', 5, 'style'],
      ['element', 'markup', 7, 'form'],
      ['attribute', 'markup', 7, 'type']
    ])
  })

  it('reports nothing for what the policy keeps', () => {
    expect(audit('<details><summary>S</summary>\n\nx\n\n</details>\n\n<abbr title="t">A</abbr> [l](https://nhs.uk) [m](mailto:a@b.c)\n')).toEqual([])
  })

  it('reports an embed from another host with the reason, and not its content', () => {
    const [removal, ...rest] = audit('<iframe src="https://evil.example/x"><p onclick="z()">x</p></iframe>\n')
    expect(rest).toEqual([])
    expect(removal).toMatchObject({kind: 'element', tagName: 'iframe', withContent: true, reason: 'evil.example is not an allowed embed host'})
  })
})
