/**
 * The part-of-speech tagger wrapper: what the model's features are read from.
 */
import {describe, expect, it} from 'vitest'
import {longestRun, tagSentence} from '../src/claims/tagger.js'
import {classifySentence} from '../src/claims/classify.js'

describe('tagSentence', () => {
  it('gives a tag and a lemma for every token', () => {
    const tagged = tagSentence('Ibuprofen reduces swelling.')
    expect(tagged.words).toEqual(['ibuprofen', 'reduces', 'swelling', '.'])
    expect(tagged.lemmas[1]).toBe('reduce')
    expect(tagged.tags[1]).toBe('VERB')
  })

  it('reads a curly apostrophe as a straight one', () => {
    expect(tagSentence('It doesn’t cure colds.').words).toEqual(tagSentence("It doesn't cure colds.").words)
  })

  // wink's tokenizer is superlinear in the length of one run of characters: a pasted 1 MB
  // "word" took minutes. The tagger is given runs cut to `longestRun` characters.
  it('cuts a run of characters longer than the longest the model was trained on', () => {
    const tagged = tagSentence(`Turmeric ${'x'.repeat(1_000_000)} reduces pain.`)
    expect(tagged.words).toHaveLength(5)
    expect(tagged.words[1]).toHaveLength(longestRun)
    expect(tagSentence(`a ${'y'.repeat(longestRun)} b`).words[1]).toHaveLength(longestRun)
    expect(tagSentence(`a ${'y'.repeat(longestRun + 1)} b`).words[1]).toHaveLength(longestRun)
    expect(classifySentence(`Turmeric reduces pain ${'x'.repeat(200_000)}.`).claim).toBe(true)
  })
})
