/** Where quick fixes put their text, and how positions map, without a server. */
import {describe, expect, it} from 'vitest'
import {TextDocument} from 'vscode-languageserver-textdocument'
import type {Diagnostic, Range, TextEdit} from 'vscode-languageserver'
import {codeActions, disableEdits, linkableSources} from '../src/code-actions.js'
import {toDiagnostic} from '../src/diagnostics.js'

function doc(text: string): TextDocument {
  return TextDocument.create('file:///a.md', 'markdown', 1, text)
}

function apply(document: TextDocument, edits: TextEdit[]): string {
  return TextDocument.applyEdits(document, edits)
}

/** The range of `needle` in `text`. */
function rangeOf(document: TextDocument, needle: string): Range {
  const start = document.getText().indexOf(needle)
  return {start: document.positionAt(start), end: document.positionAt(start + needle.length)}
}

function diagnostic(document: TextDocument, needle: string, code: string): Diagnostic {
  return {range: rangeOf(document, needle), code, source: 'caveat', message: code}
}

describe('diagnostics', () => {
  it('count columns in UTF-16 code units, as LSP does: an emoji before the claim takes two', () => {
    const document = doc('🌿 Kratom cures pain.\n')
    const result = toDiagnostic({ruleId: 'unsourced-claim', source: 'remark-health-claims', severity: 'warning', message: 'm', line: 1, column: 4, endLine: 1, endColumn: 22}, document)
    expect(document.getText(result.range)).toBe('Kratom cures pain.')
  })

  it('show a finding without an end to the end of its line', () => {
    const document = doc('---\ntitle: x\n---\n')
    const result = toDiagnostic({ruleId: 'jama-authorship', source: 'caveat', severity: 'warning', message: 'm', line: 2, column: 1}, document)
    expect(document.getText(result.range)).toBe('title: x')
  })
})

describe('citing a front matter source', () => {
  const frontmatter = {sources: ['https://www.nhs.uk/x', {title: 'A [review]', url: 'https://doi.org/10.1/x'}, {title: 'Text only'}, {doi: '10.2/y'}]}

  it('offers every source with a URL', () => {
    expect(linkableSources(frontmatter)).toEqual([
      {title: 'www.nhs.uk', url: 'https://www.nhs.uk/x'},
      {title: 'A [review]', url: 'https://doi.org/10.1/x'},
      {title: 'doi.org', url: 'https://doi.org/10.2/y'}
    ])
  })

  it('puts the link inside the sentence, before its full stop and closing quote', () => {
    const document = doc('He said “kratom cures pain.” Then he left.\n')
    const [first] = codeActions(document, [diagnostic(document, '“kratom cures pain.”', 'unsourced-claim')], frontmatter)
    expect(apply(document, first!.edit!.changes!['file:///a.md']!)).toBe('He said “kratom cures pain ([www.nhs.uk](https://www.nhs.uk/x)).” Then he left.\n')
  })

  it('escapes brackets in the title', () => {
    const document = doc('Kratom cures pain.\n')
    const actions = codeActions(document, [diagnostic(document, 'Kratom cures pain.', 'unsourced-claim')], frontmatter)
    expect(apply(document, actions[1]!.edit!.changes!['file:///a.md']!)).toBe('Kratom cures pain ([A \\[review\\]](https://doi.org/10.1/x)).\n')
  })
})

describe('turning a rule off for one sentence', () => {
  const reason = 'quoted'

  it('wraps a sentence in the middle of a line', () => {
    const document = doc('One. Kratom cures pain. Two.\n')
    expect(apply(document, disableEdits(document, rangeOf(document, 'Kratom cures pain.'), 'unsourced-claim', reason))).toBe(
      'One. <!-- reason: quoted --><!-- caveat-disable unsourced-claim -->Kratom cures pain.<!-- caveat-enable unsourced-claim --> Two.\n'
    )
  })

  it('never starts a line of text with a comment: a list item gets it at the end of the line before', () => {
    const document = doc('- One.\n- Kratom cures pain.\n')
    expect(apply(document, disableEdits(document, rangeOf(document, 'Kratom cures pain.'), 'unsourced-claim', reason))).toBe(
      '- One.<!-- reason: quoted --><!-- caveat-disable unsourced-claim -->\n- Kratom cures pain.<!-- caveat-enable unsourced-claim -->\n'
    )
  })

  it('after a blank line, writes each comment on a line of its own, indented into the list item', () => {
    const document = doc('Intro.\n\n- Kratom cures pain.\n')
    expect(apply(document, disableEdits(document, rangeOf(document, 'Kratom cures pain.'), 'unsourced-claim', reason))).toBe(
      'Intro.\n\n  <!-- reason: quoted -->\n  <!-- caveat-disable unsourced-claim -->\n- Kratom cures pain.<!-- caveat-enable unsourced-claim -->\n'
    )
  })
})

describe('removing a placeholder', () => {
  it('takes one of the spaces around it', () => {
    const document = doc('Published on [date] due to demand.\n')
    const [remove] = codeActions(document, [diagnostic(document, '[date]', 'placeholder-text')], undefined)
    expect(apply(document, remove!.edit!.changes!['file:///a.md']!)).toBe('Published on due to demand.\n')
  })
})
