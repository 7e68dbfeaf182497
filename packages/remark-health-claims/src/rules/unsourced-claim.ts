/**
 * `unsourced-claim`: a health claim with no citation bound to it.
 */
import type {CitationScope} from '../types.js'
import type {Rule} from './types.js'

/** Confidence from which a claim is reported (the `minConfidence` option): by default every claim. */
export const defaultMinConfidence = 0
import {isQuestion, quote} from './quote.js'

const scopePhrases: Record<CitationScope, string> = {
  sentence: 'in the same sentence',
  paragraph: 'in the same paragraph',
  section: 'in the same section',
  document: 'in the sentence, a footnote or a References section'
}

export const unsourcedClaim: Rule<'unsourced-claim'> = {
  id: 'unsourced-claim',
  defaultSeverity: 'error',
  description: 'Warn when a health claim (an exposure said to cause, prevent, treat or be linked to a health outcome) has no citation.',
  why:
    'Readers cannot check a claim that cites nothing, and an unsourced health claim is how misinformation spreads. ' +
    'Every claim that something helps, harms, treats or is safe needs a source the reader can follow.',
  fix:
    'Add a link to the evidence (a DOI or PubMed link, a systematic review, a health authority), a footnote (`[^1]`), a citation key (`[@key]`), ' +
    'a numbered citation (`[1]`, `^1`, `<sup>1</sup>`) with its entry in a References list or the front matter `sources`, or an author–year citation (“(Smith and Jones, 2019)”) in the same sentence, ' +
    'or widen where citations count with the `scope` option (`paragraph`, `section`, `document`). If the sentence is not meant as a claim, reword it.',
  patterns: [],
  examples: {
    ok: [
      {
        title: 'A claim with a DOI link',
        markdown: 'Regular exercise reduces the risk of heart disease ([Smith 2020](https://doi.org/10.1000/xyz123)).\n',
        messages: []
      },
      {
        title: 'A claim with a footnote',
        markdown: 'Vitamin D supplements may reduce the risk of fractures.[^1]\n\n[^1]: Cochrane review, <https://www.cochranelibrary.com/cdsr/doi/10.1002/14651858.CD000227.pub4/full>\n',
        messages: []
      },
      {
        title: 'A claim with a citation key',
        markdown: 'Smoking increases the risk of lung cancer [@doll1954].\n',
        messages: []
      },
      {
        title: 'Numbered citations resolved against the References list',
        markdown:
          'Shingles can cause long-lasting nerve pain [1, 2]. The vaccine lowers the risk of shingles.<sup>3</sup>\n\n' +
          '## References\n\n' +
          '1. NHS. Shingles. https://www.nhs.uk/conditions/shingles/\n' +
          '2. CDC. Shingles complications. https://www.cdc.gov/shingles/about/complications.html\n' +
          '3. Lal H, et al. Efficacy of an adjuvanted herpes zoster subunit vaccine in older adults. N Engl J Med. 2015.\n',
        messages: []
      },
      {
        title: 'An author–year citation',
        markdown: 'Tetracaine gel reduced pain during cannulation in children (Cardall et al., Acad Emerg Med 2004).\n',
        messages: []
      },
      {
        title: 'A reference link in brackets',
        markdown: 'Regular walking may reduce the risk of falls in older adults [[PubMed](https://pubmed.ncbi.nlm.nih.gov/31234567/)].\n',
        messages: []
      },
      {
        title: 'A References section with real entries, with `scope: section`',
        markdown: '# Back pain\n\nStaying active helps back pain get better faster.\n\n## References\n\n- NICE. Low back pain and sciatica in over 16s (NG59). 2016.\n',
        options: {scope: 'section'},
        messages: []
      },
      {
        title: 'A claim sourced elsewhere in its paragraph, with `scope: paragraph`',
        markdown: 'Kratom may help relax tense muscles. This is reported in [a review](https://pubmed.ncbi.nlm.nih.gov/12345678/).\n',
        options: {scope: 'paragraph'},
        messages: []
      },
      {
        title: 'A label, not a claim',
        markdown: 'Side effects\nKratom is a tropical tree native to Southeast Asia.\n',
        messages: []
      },
      {
        title: 'Not a claim',
        markdown: 'Kratom is a tropical tree native to Southeast Asia.\n',
        messages: []
      }
    ],
    notOk: [
      {
        title: 'A claim with no citation',
        markdown: 'Kratom’s anti-inflammatory properties reduce inflammation.\n',
        messages: [
          '1:1-1:59: Unsourced health claim “Kratom’s anti-inflammatory properties reduce inflammation.”: expected a citation (link, footnote or citation key) in the same sentence'
        ]
      },
      {
        title: 'A numbered citation that points at no entry is not a source',
        markdown: 'Honey eases coughs in children [4].\n\n## References\n\n1. NICE. Cough (acute): antimicrobial prescribing (NG120). 2019.\n',
        messages: [
          '1:1-1:36: Unsourced health claim “Honey eases coughs in children [4].”: expected a citation (link, footnote or citation key) in the same sentence'
        ]
      },
      {
        title: 'An empty References section supports nothing, with `scope: document`',
        markdown: 'Staying active helps back pain get better faster.\n\n## References\n\nFor more information, refer to the following resources:\n',
        options: {scope: 'document'},
        messages: [
          '1:1-1:50: Unsourced health claim “Staying active helps back pain get better faster.”: expected a citation (link, footnote or citation key) in the sentence, a footnote or a References section'
        ]
      },
      {
        title: 'The source is in the next sentence (the default scope is the sentence)',
        markdown: 'Kratom may help relax tense muscles. This is reported in [a review](https://pubmed.ncbi.nlm.nih.gov/12345678/).\n',
        messages: [
          '1:1-1:37: Unsourced health claim “Kratom may help relax tense muscles.”: expected a citation (link, footnote or citation key) in the same sentence'
        ]
      }
    ]
  },
  check({sentences, options, report}) {
    const where = scopePhrases[options.scope ?? 'sentence']
    const minConfidence = options.minConfidence ?? defaultMinConfidence
    for (const sentence of sentences) {
      const {classification} = sentence
      if (!sentence.prose || !classification.claim || classification.confidence < minConfidence) continue
      if (sentence.status !== 'unsourced' || isQuestion(sentence.text)) continue
      // A claim links an exposure to an outcome: a label like "Side effects" is a heading, not a claim.
      if (sentence.plain.trim().split(/\s+/).length < 3) continue
      report({
        sentence,
        place: sentence.position,
        reason: `Unsourced health claim “${quote(sentence.text)}”: expected a citation (link, footnote or citation key) ${where}`,
        note: 'Cite the evidence for this claim (a study by DOI or PubMed link, a systematic review or a health authority), or reword it so it does not assert an effect.',
        actual: sentence.text,
        expected: [`a citation ${where}`]
      })
    }
  }
}
