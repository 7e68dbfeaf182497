/**
 * classifySentence: the trained model over the grammar and the tagger, on the
 * consumer prose the plugin runs on. The sentences are the kinds an editor
 * met in real articles (issue 12): what was flagged that is not a claim, and
 * what was missed.
 */
import {describe, expect, it} from 'vitest'
import fc from 'fast-check'
import {classifySentence, withoutAsides} from '../src/claims/classify.js'
import {readGrammar} from '../src/claims/grammar.js'

const label = (text: string): 'claim' | 'advice' | 'other' => {
  const result = classifySentence(text)
  return result.claim ? 'claim' : result.advice === 'none' ? 'other' : 'advice'
}

describe('classifySentence: not claims', () => {
  it.each([
    ['a procedure description', 'A needle is put into a vein in your arm and a small sample of blood is taken.'],
    ['a heading-like lead-in', 'How you can treat indigestion yourself'],
    ['a definition', 'Kratom is a tree native to Southeast Asia.'],
    ['a byline', 'By Jane Doe, RN, medically reviewed by Dr Sam Patel'],
    ['study design', 'This trial compares two drugs in 400 adults with asthma.'],
    ['an organisation name', 'The American Heart Association publishes guidance for doctors.'],
    ['an academic title', 'Jane Smith is an associate professor of medicine at the university.'],
    ['a heading', 'Take Home Points'],
    ['a question', 'Can kratom cure back pain?']
  ])('%s: %s', (_, text) => {
    expect(classifySentence(text).claim).toBe(false)
  })
})

describe('classifySentence: claims an editor would source', () => {
  it.each([
    ['prognosis', 'Most cuts and grazes usually heal by themselves.'],
    ['duration', 'An attack can last between 30 minutes and several hours.'],
    ['contagion', 'Chickenpox is very contagious.'],
    ['a statistic', 'Endometriosis affects 1 in 10 women.'],
    ['a causal verb outside the grammar’s lists', 'Smoking quadruples the risk of stroke.'],
    ['another one', 'Regular exercise curbs appetite.'],
    ['a risk', 'Alcohol poses a risk to your unborn baby.'],
    ['a claim behind a relative clause', 'Statins, which are cheap, reduce heart attacks.'],
    ['a claim behind a bracket', 'Vitamin D (cholecalciferol) prevents colds.'],
    ['a claim behind a run-in label', 'Side effects: Potential side effects include nausea, constipation, and dizziness.'],
    ['a purpose clause with an effect', 'To reduce the risk of infection, apply antiseptic.'],
    ['a risk factor', "You're more likely to get it if you are over 65."],
    ['a hedged claim', 'Kratom may help relax tense muscles, reducing back pain.'],
    ['a negated claim', 'Vitamin C does not prevent colds.'],
    ['a short claim the grammar grounds', 'Ginger cures nausea.']
  ])('%s: %s', (_, text) => {
    const result = classifySentence(text)
    expect(result.claim).toBe(true)
    expect(result.confidence).toBeGreaterThanOrEqual(0.3)
  })
})

describe('classifySentence: claims read by their construction (too rare for the model to learn)', () => {
  it.each([
    ['contagion', "You can't get shingles from someone with shingles."],
    ['contagion, passed on', 'A mother with hepatitis B can pass it to her baby during birth.'],
    ['a diagnostic reading', 'These features almost always indicate acromegaly.'],
    ['an outcome statistic', '68 (97%) were successfully treated.'],
    ['the purpose of an imperative', 'Eat more fish to prevent heart disease.']
  ])('%s: %s', (_, text) => {
    expect(classifySentence(text).claim).toBe(true)
  })

  it.each([
    ['help from a person', 'You can get advice from someone with experience of back pain.'],
    ['research that indicates', 'These results indicate that more research is needed.'],
    ['a count that is not an outcome', '68 (97%) were women.'],
    ['a purpose that is not health', 'Book early to avoid a long wait.']
  ])('not %s: %s', (_, text) => {
    expect(classifySentence(text).claim).toBe(false)
  })
})

describe('readGrammar: a verb of causation where word order alone hides it', () => {
  it.each([
    ['after a pronoun subject', 'This causes the joints to swell.', 'causes'],
    ['after a relative pronoun', 'Doctors look for genes that cause the disease.', 'cause'],
    ['with the particle "from"', 'Most cases result from a faulty gene.', 'result from'],
    ['an irritant', 'Harsh soaps can irritate your skin.', 'irritate'],
    ['a blood thinner', 'Aspirin may thin your blood.', 'thin']
  ])('%s: %s', (_, text, cue) => {
    const reading = readGrammar(text)
    expect(reading.relation).toBe(true)
    expect(reading.cues).toContain(cue)
    expect(classifySentence(text).claim).toBe(true)
  })

  it.each([
    ['a plural noun after a determiner', 'These changes are normal as you get older.'],
    ['a relative pronoun after a singular noun', 'Ask about the test that cause and effect studies use.']
  ])('not %s: %s', (_, text) => {
    expect(readGrammar(text).relation).toBe(false)
  })
})

describe('classifySentence: advice', () => {
  it.each([
    'Take showers instead of baths.',
    'It is recommended to start with a low dose and gradually increase it as needed.',
    'Talk to your GP before you stop taking any medicine.',
    'Add more fibre to your diet, such as fruit, vegetables and wholegrain cereals.',
    'How to use: Apply a thin layer to the affected skin twice a day.'
  ])('%s', (text) => {
    expect(label(text)).toBe('advice')
  })
})

describe('classifySentence: strength', () => {
  it('grades a hedged relation conditional and a plain one direct', () => {
    expect(classifySentence('Turmeric may reduce joint pain.').strength).toBe('conditional')
    expect(classifySentence('Smoking causes lung cancer.').strength).toBe('direct')
  })

  it('grades an association correlational', () => {
    expect(classifySentence('Drinking coffee is linked to a lower risk of liver cancer.').strength).toBe('correlational')
  })

  it('gives no strength to what is not a claim', () => {
    const result = classifySentence('Kratom is a tree native to Southeast Asia.')
    expect(result).toMatchObject({claim: false, strength: 'none'})
  })
})

describe('withoutAsides', () => {
  it('drops brackets, paired dashes and non-restrictive relative clauses', () => {
    expect(withoutAsides('Statins, which are cheap, reduce heart attacks.')).toBe('Statins reduce heart attacks.')
    expect(withoutAsides('Vitamin D (cholecalciferol) prevents colds.')).toBe('Vitamin D prevents colds.')
    expect(withoutAsides('Aspirin — an old drug — thins the blood.')).toBe('Aspirin thins the blood.')
  })

  it('drops a run-in label of up to four words, not a clause before a colon', () => {
    expect(withoutAsides('Side effects: Some people feel sick.')).toBe('Some people feel sick.')
    expect(withoutAsides('Important safety information: Do not drive.')).toBe('Do not drive.')
    const clause = 'There is one thing doctors agree on: Rest helps.'
    expect(withoutAsides(clause)).toBe(clause)
    const lower = 'Note: it is rare.'
    expect(withoutAsides(lower)).toBe(lower)
  })

  it('leaves a sentence without asides as it is', () => {
    const text = 'Drink plenty of fluids to avoid dehydration.'
    expect(withoutAsides(text)).toBe(text)
  })
})

describe('classifySentence on arbitrary input', () => {
  it('never throws; confidence is a probability and claims agree with it', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme', maxLength: 200}), (text) => {
        const result = classifySentence(text)
        expect(result.confidence).toBeGreaterThanOrEqual(0)
        expect(result.confidence).toBeLessThanOrEqual(1)
        if (result.claim) expect(result.confidence).toBeGreaterThanOrEqual(0.3)
        if (result.confidence >= 0.65 && !text.trimEnd().endsWith('?')) expect(result.claim).toBe(true)
        if (!result.claim) expect(result.strength).toBe('none')
      }),
      {numRuns: 500}
    )
  })

  it('reads nothing into text without letters or digits', () => {
    expect(classifySentence('…!?')).toMatchObject({claim: false, confidence: 0, advice: 'none'})
    expect(classifySentence('')).toMatchObject({claim: false, confidence: 0, advice: 'none'})
  })
})
