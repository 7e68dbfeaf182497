/**
 * `placeholder-text`: template placeholders left in the published text.
 */
import type {Rule} from './types.js'

/**
 * Placeholders. Bounded repetitions and disjoint classes only: linear-time.
 * Uppercase markers (`TODO`, `TBD`, `FIXME`, `XXX`) are matched case-sensitively
 * so that ordinary words are not flagged.
 */
export const bracketPlaceholderPattern =
  /\[(?:date|today|year|name|author|title|link|url|source|sources|citation|reference|references|image|photo|product|brand|company|number|todo|tbd|tk|x{2,8}|\.{3}|…|(?:insert|add|enter|your|placeholder)\b[^[\]\n]{0,80})\]/gi
export const templatePlaceholderPattern = /\{\{[^{}\n]{0,200}\}\}|\{%[^{}\n]{0,200}%\}/g
export const markerPlaceholderPattern = /\b(?:TODO|TBD|FIXME|TKTK|XXX+)\b/g
export const fillerPlaceholderPattern = /\blorem ipsum\b|\bcitation needed\b/gi

/** A link that leads somewhere: not empty, not `#`, not a bare in-page anchor. */
function isCitable(url: string | undefined): boolean {
  return url !== undefined && url.trim() !== '' && !url.startsWith('#')
}

const placeholderPatterns = [bracketPlaceholderPattern, templatePlaceholderPattern, markerPlaceholderPattern, fillerPlaceholderPattern]

export const placeholderText: Rule<'placeholder-text'> = {
  id: 'placeholder-text',
  defaultSeverity: 'error',
  description: 'Warn on template placeholders left in the text: `[date]`, `[insert …]`, `TODO`, `TBD`, `XXX`, `lorem ipsum`, `{{ … }}`.',
  why: 'A placeholder in a published health article shows it was not reviewed, and often marks the exact place where a date, a dose or a source was meant to go.',
  fix: 'Fill in the real content (the date, the name, the source) or remove the placeholder.',
  patterns: placeholderPatterns,
  examples: {
    ok: [
      {
        title: 'Real content, and code that looks like a template',
        markdown: 'Updated on 3 March 2025. In templates, write `{{ title }}` to show the title.\n',
        messages: []
      },
      {
        title: 'A reference link written in brackets: `[[Source](url)]`, `[[PubMed](url)]`',
        markdown:
          'Antibiotics do not help most sore throats [[Source](https://www.nice.org.uk/guidance/ng84)]. ' +
          'Honey may ease a cough [[PubMed](https://pubmed.ncbi.nlm.nih.gov/29633783/)].\n',
        messages: []
      }
    ],
    notOk: [
      {
        title: 'A date placeholder',
        markdown: 'Editor’s Note: this article has been published on [date] due to its popularity.\n',
        messages: [
          '1:51-1:57: Placeholder “[date]” left in the text: expected the real content'
        ]
      },
      {
        title: 'A bracketed “Source” whose link goes nowhere',
        markdown: 'Honey may ease a cough [[Source](#)].\n',
        messages: [
          '1:24-1:37: Placeholder “[Source]” left in the text: expected the real content'
        ]
      },
      {
        title: 'Several placeholders',
        markdown: '# TODO\n\nSee [insert link here] for details. {{ author }}\n\nLorem ipsum dolor sit amet.\n',
        messages: [
          '1:3-1:7: Placeholder “TODO” left in the text: expected the real content',
          '3:5-3:23: Placeholder “[insert link here]” left in the text: expected the real content',
          '3:37-3:49: Placeholder “{{ author }}” left in the text: expected the real content',
          '5:1-5:12: Placeholder “Lorem ipsum” left in the text: expected the real content'
        ]
      }
    ]
  },
  check({document, report}) {
    for (const unit of document.units) {
      const text = unit.text
      if (!/[[{A-Zl]/.test(text)) continue
      // `[[Source](url)]`: brackets around a link to a real source are how the source is cited, not a placeholder.
      const cited = unit.references.filter((reference) => reference.type === 'link' && reference.end > reference.start && isCitable(reference.url))
      const found: Array<[number, number]> = []
      for (const pattern of placeholderPatterns) {
        pattern.lastIndex = 0
        for (const match of text.matchAll(pattern)) {
          const start = match.index
          const end = start + match[0].length
          if (unit.masked.some(([from, to]) => start < to && end > from)) continue
          if (pattern === bracketPlaceholderPattern && cited.some((link) => link.start === start + 1 && link.end === end - 1)) continue
          found.push([start, end])
        }
      }
      found.sort((a, b) => a[0] - b[0])
      for (const [start, end] of found) {
        const placeholder = text.slice(start, end)
        report({
          place: document.place(unit, start, end),
          reason: `Placeholder “${placeholder}” left in the text: expected the real content`,
          note: 'Fill in the real content (the date, the name, the source) or remove the placeholder.',
          actual: placeholder,
          expected: ['the real content']
        })
      }
    }
  }
}
