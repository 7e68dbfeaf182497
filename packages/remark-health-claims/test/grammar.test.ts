import fs from 'node:fs'
import {describe, expect, it} from 'vitest'
import fc from 'fast-check'
import {checkSync} from 'recheck'
import {readGrammar} from '../src/claims/grammar.js'
import {tokenPattern, tokenize} from '../src/claims/tokenize.js'

const seedPath = new URL('../../../../shared/seed/000_b2823957736016dd.txt', import.meta.url)
const seed = fs.readFileSync(seedPath, 'utf8')

/** The seed sentence exactly as the article spells it (curly apostrophes and all). */
function fromSeed(start: string): string {
  const at = seed.indexOf(start)
  expect(at, `seed article contains "${start}"`).toBeGreaterThanOrEqual(0)
  const end = seed.slice(at).search(/[.?!](\s|$)/)
  return seed.slice(at, at + end + 1)
}

describe('readGrammar on the seed article (kratom for back pain)', () => {
  it('finds a direct claim with a curly apostrophe', () => {
    const sentence = fromSeed('Kratom’s anti-inflammatory properties reduce inflammation')
    expect(sentence).toContain('’')
    const result = readGrammar(sentence)
    expect(result).toMatchObject({relation: true, strength: 'direct', kind: 'effect', advice: 'none'})
    expect(result.cues).toContain('reduce')
  })

  it('gives the same answer for straight and curly apostrophes', () => {
    expect(readGrammar("Kratom's anti-inflammatory properties reduce inflammation.")).toEqual(
      readGrammar('Kratom’s anti-inflammatory properties reduce inflammation.')
    )
  })

  it('grades a hedged claim as conditional and names the hedge', () => {
    const result = readGrammar(fromSeed('Kratom may help relax tense muscles'))
    expect(result).toMatchObject({relation: true, strength: 'conditional'})
    expect(result.cues).toContain('may')
  })

  it('treats a tolerability statement as a safety claim', () => {
    const result = readGrammar(fromSeed('Kratom is generally well-tolerated'))
    expect(result).toMatchObject({relation: true, kind: 'safety'})
    expect(result.cues).toContain('well-tolerated')
  })

  it('treats "responsible for the … effects" as a mechanism claim', () => {
    const result = readGrammar(fromSeed('Mitragynine is the primary psychoactive compound in kratom'))
    expect(result).toMatchObject({relation: true, kind: 'mechanism'})
    expect(result.cues).toContain('responsible for')
  })

  it('reports dosing instructions as strong advice, not as a claim', () => {
    const result = readGrammar(fromSeed('It is recommended to start with a low dose'))
    expect(result).toMatchObject({advice: 'strong', relation: false, strength: 'none', kind: 'advice'})
    expect(result.cues).toContain('recommended')
  })

  it('does not flag questions or signposting', () => {
    expect(readGrammar('What is kratom?')).toMatchObject({relation: false, strength: 'none', advice: 'none', kind: undefined, cues: []})
    expect(readGrammar(fromSeed('This section addresses commonly asked questions'))).toMatchObject({relation: false, advice: 'none'})
  })
})

describe('readGrammar on other genres', () => {
  it.each([
    ['Drinking coffee linked to lower risk of liver cancer, study finds', 'correlational'],
    ['Vaping tied to higher odds of asthma in teens.', 'correlational'],
    ['People who sleep less than six hours are more likely to catch colds.', 'correlational'],
    ['New drug slashes migraine attacks by half', 'direct'],
    ['Daily aspirin cuts risk of bowel cancer, trial shows.', 'direct'],
    ['Omg this tea literally cured my migraines!!', 'direct'],
    ['Eating blueberries could boost memory in older adults, researchers say.', 'conditional'],
    ['Turmeric appears to ease joint pain in people with arthritis.', 'conditional'],
    ['Statins do not cause muscle pain in most patients, a new review finds.', 'direct'],
    ['The study enrolled 500 adults aged 40 to 60 from three hospitals.', 'none'],
    ['This guide will help you understand your options.', 'none'],
    ['Scientists will now investigate whether the vaccine reduces transmission.', 'none'],
    ['Smoking leads to lung cancer.', 'direct'],
    ['Severe childhood diarrhoea is mostly caused by rotavirus infection.', 'direct'],
    ['Women who breastfeed have lower rates of breast cancer.', 'correlational'],
    ['People who ate more fibre had a 30% lower risk of heart disease.', 'correlational'],
    ['Statins lower the risk of stroke.', 'direct'],
    ['Eating late at night might make you gain weight.', 'conditional'],
    ['Exercise is good for your brain.', 'direct'],
    ['lol this detox tea fixed my bloating in 2 days', 'direct'],
    ['Further studies are needed to determine whether coffee protects the liver.', 'none'],
    ['The company announced record profits this quarter.', 'none'],
    ['Obese children are twice as likely to develop asthma.', 'correlational'],
    ['Coffee drinkers live longer.', 'correlational'],
    ['Apple cider vinegar literally melts belly fat 🔥', 'direct'],
    ['The findings were published today in the journal Nature.', 'none'],
    ['“This is an exciting result,” said lead author Jane Smith.', 'none'],
    // A treatment or a means predicated of the subject asserts that it works.
    ['Turmeric may be a promising treatment for arthritis.', 'conditional'],
    ['CBD oil is the most successful treatment option for anxiety.', 'direct'],
    ['Walking is one of the best ways to manage back pain.', 'direct'],
    ['Acupuncture is a safe, effective therapy for chronic neck pain.', 'direct'],
    ['Patients receiving treatment for depression were older on average.', 'none'],
    ['It is the quickest way to find a pharmacy near you.', 'none'],
    ['There is a new treatment for migraine in trials.', 'none'],
    // "protect" takes an object as well as "against".
    ['Sitagliptin might protect beta cells in the pancreas.', 'conditional'],
    ['Wear a helmet to protect your head.', 'none'],
    // Verbs of change and their particles, as consumer articles use them.
    ['The drug did not change blood pressure.', 'direct'],
    ['Foam rolling speeds up recovery.', 'direct'],
    ['Drinking water flushes out toxins.', 'direct'],
    ['Garlic keeps colds away.', 'direct'],
    ['Ice packs can numb the area and dull the pain.', 'direct'],
    ['Kratom acts as a painkiller.', 'direct'],
    ['CBD has anti-anxiety effects.', 'direct'],
    ['Sitting all day is terrible for your spine.', 'direct'],
    ['Many people find relief with acupuncture.', 'direct'],
    ['Your back has changed shape.', 'none'],
    ['She acts as a carer for her mother.', 'none'],
    ['It was a great day for the team.', 'none'],
    ['A dull ache is common.', 'none'],
    ['It helps to keep a pain diary.', 'none']
  ] as const)('%s → %s', (sentence, strength) => {
    const result = readGrammar(sentence)
    expect(result.strength).toBe(strength)
    expect(result.relation).toBe(strength !== 'none')
  })

  it.each([
    ['Talk to your doctor before taking kratom.', 'strong'],
    ['You should not drive after taking it.', 'strong'],
    ['Never combine kratom with alcohol.', 'strong'],
    ['Consider keeping a pain diary.', 'weak'],
    ['Acupuncture can be used as an alternative to painkillers.', 'weak'],
    ['Further studies are needed to confirm these findings.', 'none'],
    ['If symptoms persist, see your doctor.', 'strong'],
    ['You can take ibuprofen for mild pain.', 'weak'],
    ['This highlights the need for regular monitoring of liver function.', 'strong'],
    ['Patients should avoid grapefruit juice while taking statins.', 'strong'],
    ['It’s best to take it on an empty stomach.', 'strong'],
    ['Avoid driving after taking it.', 'strong'],
    ['Tip 1: Start with a Low Dose and Gradually Increase It', 'strong'],
    ['You might want to try a lower dose.', 'weak'],
    ['Read more about kratom below.', 'none'],
    ['Kratom may help relax tense muscles.', 'none']
  ] as const)('advice: %s → %s', (sentence, advice) => {
    expect(readGrammar(sentence).advice).toBe(advice)
  })

  it('separates mechanism from safety for "interacts with"', () => {
    expect(readGrammar('Kratom interacts with opioid receptors, potentially providing pain relief.').kind).toBe('mechanism')
    expect(readGrammar('Kratom can interact with certain medications.').kind).toBe('safety')
  })

  it('keeps a negated relationship as a claim and reports the negation', () => {
    const result = readGrammar('Vitamin C does not prevent colds.')
    expect(result.relation).toBe(true)
    expect(result.cues).toContain('not')
  })

  it('does not take an advised action for an asserted effect', () => {
    const result = readGrammar('Start with a low dose and gradually increase it.')
    expect(result).toMatchObject({advice: 'strong', relation: false})
  })

  it('keeps the claim in a sentence that also advises', () => {
    const result = readGrammar('You should take magnesium because it improves sleep.')
    expect(result).toMatchObject({advice: 'strong', relation: true, strength: 'direct'})
    expect(result.cues).toEqual(expect.arrayContaining(['improves', 'should']))
  })

  it('handles empty and punctuation-only input', () => {
    expect(readGrammar('')).toMatchObject({relation: false, strength: 'none', advice: 'none', cues: []})
    expect(readGrammar('…!?')).toMatchObject({relation: false, strength: 'none', advice: 'none'})
  })
})

describe('readGrammar on consumer prose (precision)', () => {
  // Sentences an editor met in our own articles, and variants of each pattern.
  it.each([
    // "differ" needs a health outcome or compared groups in its arguments; "differ in which …" is variation in preference.
    'Its legal status differs between countries.',
    'People differ in which position suits them.',
    'The price differs between pharmacies.',
    'Opening hours differ from one clinic to the next.',
    // Headings and labels without a verb name a topic.
    'Anti-inflammatory painkillers (NSAIDs)',
    'Dependence and withdrawal',
    'Side effects of painkillers',
    'Benefits of heat for back pain',
    'Pain relief for back pain',
    // "help to <action>" and "useful to <action>" offer an action, they do not assert a health effect.
    'It can help to write down:',
    'It helps to keep a pain diary.',
    'It may help to note when the pain started.',
    'This can be useful to share with a GP.',
    'It is useful to bring a list of your medicines.',
    'A diary can help you remember what you took.',
    'Many people find it helps to note down their questions.',
    // Signposting: the subject is the publication itself.
    'Our separate article on painkillers has more detail.',
    'Our other articles cover heat, exercise and over-the-counter pain relief.',
    'This leaflet has more information.',
    'The next section has more on dosage.',
    // Noun phrases and free relatives name things; they assert nothing.
    'the safety questions to ask first',
    'pain that is worse at night',
    'the pain is very bad or getting worse',
    'what makes it better or worse',
    'Many people simply try both and keep whichever feels better.',
    "Everyone's back is different.",
    // Harms that are looked for, and how a product is marketed, are not asserted by the writer.
    'They need to know so they can check for side effects and interactions.',
    'Ask your pharmacist about possible side effects.',
    'Kratom is often sold online, and in some stores, as a natural way to ease pain.',
    'The gummies are marketed as a way to improve sleep.'
  ])('not a claim: %s', (sentence) => {
    expect(readGrammar(sentence)).toMatchObject({relation: false, strength: 'none'})
  })

  it.each([
    ['Heat wraps gave a small, short-term drop in pain.', 'direct'],
    ['Ice packs gave a large reduction in swelling.', 'direct'],
    ['Massage produced a modest improvement in mobility.', 'direct'],
    ['Capsicum cream did better than a placebo for short-term pain relief.', 'correlational'],
    ['Acupuncture was no better than a sham treatment.', 'correlational'],
    ['Mortality differed between the two groups.', 'correlational'],
    ['Side effects include nausea and dizziness', 'direct'],
    ['Heat may help to ease stiffness.', 'conditional'],
    ['Sitting for long periods can make back pain worse.', 'direct'],
    ['It helps to reduce swelling.', 'direct'],
    ['Stretching may help you sleep better.', 'conditional'],
    ['This article shows that heat reduces pain.', 'direct'],
    ['Coffee linked to lower risk of liver cancer', 'correlational'],
    ['New drug slashes migraine attacks by half', 'direct']
  ] as const)('still a claim: %s → %s', (sentence, strength) => {
    expect(readGrammar(sentence)).toMatchObject({relation: true, strength})
  })

  it.each([
    // Importance predicated of an outcome.
    ['Vitamin D is essential for healthy bones.', 'direct'],
    ['Sleep is important in recovery from injury.', 'direct'],
    ['Regular movement may be important for the prevention of back pain.', 'conditional'],
    // A noun that carries the finding, after a verb of showing.
    ['Trials show the efficacy of heat for low back pain.', 'direct'],
    // "a way of + gerund", "able to maintain".
    ['Massage could be a useful way of easing tension.', 'conditional'],
    ['Physiotherapy was able to maintain mobility in older adults.', 'direct'],
    // A past-tense verb after a verb-spelled first word: a subject, not an imperative.
    ['Exercise increased bone density in older women.', 'direct']
  ] as const)('noun- and adjective-carried relation: %s → %s', (sentence, strength) => {
    expect(readGrammar(sentence)).toMatchObject({relation: true, strength})
  })

  it.each([
    'It is essential for every clinic to keep records.',
    'A careful history is necessary in some cases.',
    'These results are important for understanding how pain is felt.',
    'These data show the importance of asking about sleep.'
  ])('importance without a health outcome is not a claim: %s', (sentence) => {
    expect(readGrammar(sentence).relation).toBe(false)
  })

  it.each([
    ['Back pain symptoms vary with age.', 'correlational'],
    ['People who smoke had the highest risk of disc problems.', 'correlational'],
    ['Stiffness increased with longer periods of sitting.', 'correlational']
  ] as const)('variation and group extremes: %s → %s', (sentence, strength) => {
    expect(readGrammar(sentence)).toMatchObject({relation: true, strength})
  })

  it.each(['Symptoms vary between people.', 'Prices vary between pharmacies.', 'The price of kratom varies by country.'])('variation without a health relation is not a claim: %s', (sentence) => {
    expect(readGrammar(sentence).relation).toBe(false)
  })

  it.each([
    ['Physiotherapy is an effective alternative to surgery for the treatment of sciatica.', 'direct'],
    ['Heat wraps may offer advantages in people with stiff muscles.', 'conditional']
  ] as const)('a means predicated for a therapeutic purpose: %s → %s', (sentence, strength) => {
    expect(readGrammar(sentence)).toMatchObject({relation: true, strength})
  })

  it('reads "more than a …" as a quantity, not a comparison of groups', () => {
    expect(readGrammar('The pain lasted more than a week.').relation).toBe(false)
  })
})

describe('readGrammar on arbitrary input', () => {
  const vocabulary = ['may', 'reduce', 'the', 'risk', ',', ':', '?', 'not', 'should', 'be', 'used', 'if', 'whether', 'studies', 'are', 'needed', 'associated', 'with', 'than', 'higher', 'safe', 'Tip 1', 'Kratom’s', 'side effects', 'caused by', 'start', 'gradually', 'increase', 'it', '😀', 'İ']

  it('never throws and keeps its fields consistent', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({unit: 'grapheme', maxLength: 200}), fc.array(fc.constantFrom(...vocabulary), {maxLength: 30}).map((words) => words.join(' '))), (text) => {
        const result = readGrammar(text)
        expect(result.relation).toBe(result.strength !== 'none')
        expect(result.kind === undefined).toBe(!result.relation && result.advice === 'none')
        for (const cue of result.cues) expect(cue.length).toBeGreaterThan(0)
      }),
      {numRuns: 2000}
    )
  })
})

describe('tokenizer', () => {
  it('lowercases, keeps hyphenated words and drops possessives', () => {
    expect(tokenize('Kratom’s well-tolerated, isn’t it?')).toEqual(['kratom', 'well-tolerated', ',', "isn't", 'it', '?'])
  })

  it('uses a linear-time regular expression', () => {
    const diagnosis = checkSync(tokenPattern.source, tokenPattern.flags)
    expect(diagnosis.status).toBe('safe')
  })
})
