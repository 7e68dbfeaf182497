import {defaultSchema, type Schema} from 'hast-util-sanitize'

/**
 * Elements whose content is never shown as text when the element itself is removed: a
 * `<script>` or `<style>` must not turn into visible code on a health page.
 */
export const strippedTagNames = [
  'script',
  'style',
  'template',
  'noscript',
  'textarea',
  'title',
  'xmp',
  'noembed',
  'noframes',
  'iframe',
  'object',
  'embed',
  'select',
  'svg',
  'math'
] as const

/** What Caveat's own plugins put in an article, which the policy must keep. */
const generated: NonNullable<Schema['attributes']> = {
  // Disclaimers (remark-health-claims): `<aside class="health-disclaimer" role="note" aria-label>`.
  aside: [['className', /^health-disclaimer/], 'dataDisclaimer', ['role', 'note'], 'ariaLabel', 'ariaLabelledBy'],
  p: [['className', /^health-disclaimer__/]],
  // Preview builds highlight findings: `<mark class="finding finding--unsourced-claim" data-rule>`.
  mark: [['className', /^(?:claim|finding)/], 'dataRule', 'dataClaim']
}

/**
 * The schema: GitHub's (`hast-util-sanitize`'s default) plus `details`/`summary`, `abbr`,
 * `sup`/`sub`, `figure`/`figcaption`, `mark`, what Caveat's plugins generate (disclaimer
 * `<aside>`s, preview marks), and `<iframe>` embeds when `embedHosts` is not empty (their host
 * is checked separately: a schema can only list protocols). `script`, `style` and the other
 * elements in `strippedTagNames` are removed with their content.
 */
export function createSchema(options: {embedHosts?: readonly string[] | undefined} = {}): Schema {
  const embeds = (options.embedHosts?.length ?? 0) > 0
  const base = defaultSchema
  const tagNames = new Set([...(base.tagNames ?? []), 'details', 'summary', 'abbr', 'sup', 'sub', 'figure', 'figcaption', 'mark', 'aside'])
  if (embeds) tagNames.add('iframe')
  const attributes: NonNullable<Schema['attributes']> = {...base.attributes}
  for (const [tag, list] of Object.entries(generated)) attributes[tag] = [...(attributes[tag] ?? []), ...list]
  if (embeds) {
    attributes['iframe'] = ['src', 'title', 'width', 'height', 'allowFullScreen', ['loading', 'lazy', 'eager'], 'referrerPolicy', 'allow']
  }
  return {
    ...base,
    tagNames: [...tagNames],
    attributes,
    protocols: {...base.protocols, src: ['http', 'https']},
    strip: [...new Set([...(base.strip ?? []), ...strippedTagNames])]
  }
}

/** The schema without embeds. */
export const schema: Schema = createSchema()
