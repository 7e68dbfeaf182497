/**
 * Words that look like relation cues and are not: "Association" in the name
 * of an organisation or a journal, and "associate professor", say nothing
 * about a correlation between an exposure and an outcome.
 */
import {describe, expect, it} from 'vitest'
import {classifySentence} from '../src/index.js'

/** The cues the classifier gave that come from "associat…". */
function associationCues(text: string): string[] {
  return classifySentence(text).cues.filter((cue) => /associat/i.test(cue))
}

describe('"Association" and "associate" in names and titles are not correlation cues', () => {
  const names = [
    'The study was published in the Journal of the American Medical Association.',
    'According to the American Diabetes Association, about 1 in 10 adults in the US has diabetes.',
    'The American Heart Association publishes guidelines on blood pressure every few years.',
    'Dr Jane Smith is an associate professor of medicine at Yale.',
    'She is an Associate Professor of Nursing and a member of the British Medical Association.'
  ]

  for (const sentence of names) {
    it(`${sentence}`, () => {
      expect(associationCues(sentence)).toEqual([])
      expect(classifySentence(sentence).strength).not.toBe('correlational')
    })
  }

  // What the fix must keep: "association" and "associated" as relations.
  it.each([
    'High blood pressure has a strong association with stroke.',
    'Obesity is associated with a higher risk of type 2 diabetes.',
    'Heavy drinking is associated with liver disease, according to the American Liver Foundation.'
  ])('%s is still correlational', (sentence) => {
    const result = classifySentence(sentence)
    expect(result.strength).toBe('correlational')
    expect(associationCues(sentence).length).toBeGreaterThan(0)
  })
})
