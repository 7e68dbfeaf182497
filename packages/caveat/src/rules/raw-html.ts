/**
 * Raw HTML and link URLs are published only as the site's HTML policy allows: report exactly
 * what the build removes, so nothing an author wrote disappears (or turns into text) unseen.
 */
import type {Root as HastRoot} from 'hast'
import type {Root} from 'mdast'
import type {HtmlPolicyOptions, Removal} from 'caveat-html-policy'
import {walk} from '../mdast/walk.js'
import type {TreeRule} from './types.js'

// The policy and the HTML parser it reparses with are loaded by the engine before the first file
// (`load`): reading the rule list (every command, every run answered by the cache) does not need them.
let policy: typeof import('caveat-html-policy') | undefined
let mdastToHast: typeof import('mdast-util-to-hast').toHast | undefined

export const rule: TreeRule<'raw-html'> = {
  id: 'raw-html',
  stage: 'tree',
  description:
    'Raw HTML and link URLs survive the site’s HTML policy: error for `<script>`, event handlers (`onclick`…) and `javascript:`/`data:` URLs, warning for any other markup the build removes',
  why:
    'The build reparses raw HTML and sanitises it with GitHub’s rules (plus `details`/`summary`, `abbr`, `sup`/`sub`, `figure`, and `<iframe>` embeds from `html.embedHosts`). Whatever it removes is missing from the published page: a script that was never going to run, a form, an embed, a link that no longer goes anywhere. Authors should know before readers do.',
  defaultSeverity: 'error',
  perMessageSeverity: true,
  fix: 'Remove the markup, or write it in markdown. Allowed: details/summary, abbr, sup/sub, figure/figcaption, and iframes from the hosts in `html.embedHosts` of caveat.config.mjs',
  examples: {
    ok: [
      {title: 'Details and summary', markdown: '<details>\n<summary>Doses for children</summary>\n\nAsk a pharmacist.\n\n</details>\n'},
      {title: 'An abbreviation and a subscript', markdown: 'The <abbr title="National Health Service">NHS</abbr> says H<sub>2</sub>O.\n'},
      {title: 'http(s) and mailto links', markdown: 'See [NHS advice](https://www.nhs.uk/conditions/back-pain/) or [email us](mailto:editor@example.org).\n'}
    ],
    notOk: [
      {title: 'A script', markdown: 'Intro.\n\n<script>alert("hi")</script>\n', lines: [3]},
      {title: 'An event handler', markdown: '<p onclick="steal()">Tap here</p>\n', lines: [1]},
      {title: 'A javascript: URL', markdown: 'Read [the leaflet](javascript:alert(1)).\n', lines: [1]},
      {title: 'A style element', markdown: '<style>body {display: none}</style>\n', lines: [1]},
      {title: 'An iframe from a host not in `html.embedHosts`', markdown: 'Video:\n\n<iframe src="https://videos.example.com/v/1" title="Stretches"></iframe>\n', lines: [3]}
    ]
  },
  async load() {
    const [loadedPolicy, {toHast}] = await Promise.all([import('caveat-html-policy'), import('mdast-util-to-hast')])
    policy = loadedPolicy
    mdastToHast = toHast
  },
  check(tree, {file, html, report}) {
    if (!needsAudit(tree)) return
    if (!policy || !mdastToHast) throw new Error('raw-html: check called before load()')
    const hast = mdastToHast(tree, policy.toHastOptions) as HastRoot
    for (const removal of policy.auditHtml(hast, html, file)) {
      const danger = policy.removalLevel(removal) === 'danger'
      const {reason, note} = describe(removal, html.embedHosts ?? [], danger)
      report({message: reason, note, place: removal.position, severity: danger ? 'error' : 'warn'})
    }
  }
}

const safeScheme = /^(?:https?|mailto):/i
const anyScheme = /^\s*[a-z][a-z\d+.-]*:/i

/** Whether the document has anything the policy could remove: raw HTML, or a URL with an unusual scheme. */
function needsAudit(tree: Root): boolean {
  let found = false
  walk(tree, (node) => {
    if (found) return
    if (node.type === 'html') found = true
    else if ('url' in node && typeof node.url === 'string' && anyScheme.test(node.url) && !safeScheme.test(node.url.trim())) found = true
  })
  return found
}

function describe(removal: Removal, embedHosts: readonly string[], danger: boolean): {reason: string; note?: string} {
  if (removal.kind === 'element') {
    const tag = `\`<${removal.tagName}>\``
    if (removal.reason) {
      return {
        reason: `${tag} is removed from the published page: ${removal.reason}`,
        note: embedHosts.length > 0 ? `Embed from an allowed host (${embedHosts.join(', ')}) or link to the page instead` : 'No embed hosts are allowed (`html.embedHosts` in caveat.config.mjs): link to the page instead'
      }
    }
    if (removal.tagName === 'script') return {reason: `${tag} is removed from the published page with its content: articles never run scripts`, note: 'Remove the script'}
    return {
      reason: removal.withContent
        ? `${tag} is removed from the published page with its content`
        : `${tag} is removed from the published page (its content is kept as plain text or markup)`
    }
  }
  const value = removal.value.length > 40 ? removal.value.slice(0, 39) + '…' : removal.value
  const attribute = `\`${removal.attribute}${removal.value === '' ? '' : `="${value}"`}\``
  if (/^on/i.test(removal.attribute)) {
    return {reason: `Event handler ${attribute} on \`<${removal.tagName}>\` is removed from the published page: articles never run scripts`, note: 'Remove the event handler'}
  }
  if (danger) {
    return {
      reason: `URL ${attribute} on \`<${removal.tagName}>\` is removed from the published page: \`javascript:\` and \`data:\` URLs are never published`,
      note: 'Link to an http(s) page, or put the image in the site’s files and link to it'
    }
  }
  return {reason: `Attribute ${attribute} on \`<${removal.tagName}>\` is removed from the published page`}
}

