/**
 * A realistic health-article corpus for the lint bench: front matter, headings,
 * lists, tables, links, footnotes, sourced and unsourced claims, hedged advice.
 * Deterministic (seeded), so runs are comparable.
 */
import {mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'

function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const conditions = ['back pain', 'migraine', 'type 2 diabetes', 'high blood pressure', 'insomnia', 'eczema', 'asthma', 'osteoarthritis', 'anxiety', 'acid reflux', 'iron deficiency', 'hay fever', 'gout', 'psoriasis', 'irritable bowel syndrome']
const exposures = ['regular walking', 'heat therapy', 'a Mediterranean diet', 'vitamin D supplements', 'cognitive behavioural therapy', 'reducing salt', 'magnesium', 'yoga', 'physiotherapy', 'omega-3 fish oil', 'mindfulness', 'strength training', 'ibuprofen', 'paracetamol', 'turmeric', 'probiotics', 'weight loss', 'stopping smoking']
const outcomes = ['pain', 'symptoms', 'flare-ups', 'the risk of complications', 'recovery time', 'sleep quality', 'blood sugar levels', 'inflammation', 'stiffness', 'the number of attacks']
const verbs = ['reduces', 'may reduce', 'is associated with lower', 'can improve', 'has been shown to reduce', 'might help with', 'lowers', 'appears to ease']
const sources = [
  ['NHS', 'https://www.nhs.uk/conditions/'],
  ['NICE guideline', 'https://www.nice.org.uk/guidance/'],
  ['Cochrane review', 'https://www.cochranelibrary.com/cdsr/doi/10.1002/14651858.CD00'],
  ['PubMed study', 'https://pubmed.ncbi.nlm.nih.gov/'],
  ['CDC', 'https://www.cdc.gov/'],
  ['WHO fact sheet', 'https://www.who.int/news-room/fact-sheets/detail/']
]
const filler = [
  'Everyone is different, so what works for one person may not work for another.',
  'Keep a simple diary of your symptoms for two weeks before you see your doctor.',
  'Most people find that small, steady changes are easier to keep up than big ones.',
  'Your GP or pharmacist can help you decide what is right for you.',
  'If something makes your symptoms worse, stop and ask for advice.',
  'It can take a few weeks before you notice a difference.',
  'Write down any questions you have so that you remember them at your appointment.',
  'Friends and family can help by joining in or reminding you of your plan.'
]

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)]
}

function sentence(rand, state) {
  const roll = rand()
  if (roll < 0.3) {
    const exposure = pick(rand, exposures)
    const claim = `${exposure[0].toUpperCase()}${exposure.slice(1)} ${pick(rand, verbs)} ${pick(rand, outcomes)} in people with ${state.condition}`
    if (rand() < 0.7) {
      state.footnotes++
      return `${claim}.[^${state.footnotes}]`
    }
    if (rand() < 0.8) {
      const [name, url] = pick(rand, sources)
      return `${claim}, according to the [${name} page on ${state.condition}](${url}${state.slug}-${state.footnotes}).`
    }
    return `${claim}.`
  }
  if (roll < 0.4) return `Talk to your doctor before you start ${pick(rand, exposures)}, especially if you take other medicines.`
  state.sentences = (state.sentences ?? 0) + 1
  const detail = pick(rand, ['in the morning', 'after meals', 'at the weekend', 'before bed', 'at work', 'on bad days', 'when travelling', 'in winter', 'with a friend', 'for ten minutes'])
  return `${pick(rand, openers)} ${pick(rand, actions)} ${detail}${state.sentences % 7 === 0 ? `, as ${pick(rand, names)} found` : ''}.`
}

const openers = ['Some people', 'Many readers', 'You might', 'It can help to', 'Try to', 'Plan to', 'Most of us', 'Patients often']
const actions = ['write down how they feel', 'take a short walk', 'drink a glass of water', 'stretch gently', 'check their diary', 'rest for a while', 'call a friend', 'eat a light snack', 'note any triggers', 'keep a simple routine']
const names = ['Priya', 'Tom', 'Aisha', 'Marek', 'Lena', 'Kofi', 'Sara', 'Jon']

function paragraph(rand, state, sentences) {
  const parts = []
  for (let i = 0; i < sentences; i++) parts.push(sentence(rand, state))
  return parts.join(' ')
}

export function article(index) {
  const rand = random(index + 1)
  const condition = conditions[index % conditions.length]
  const exposure = pick(rand, exposures)
  const slug = `${condition.replace(/\s+/g, '-')}-${index}`
  const state = {condition, slug, footnotes: 0}
  const month = String(1 + (index % 12)).padStart(2, '0')
  const lines = [
    '---',
    `title: "${exposure[0].toUpperCase()}${exposure.slice(1)} for ${condition}: what the evidence says"`,
    `description: What we know about ${exposure} for ${condition}, and how to try it safely.`,
    'author: Sam Lee',
    'reviewedBy: Dr Ada Okafor, GP',
    `datePublished: 2025-${month}-10`,
    `lastReviewed: 2025-${month}-20`,
    `tags: [${condition.split(' ')[0]}, self-care]`,
    ...(index % 10 === 0 ? ['draft: true'] : []),
    '---',
    '',
    `# ${exposure[0].toUpperCase()}${exposure.slice(1)} for ${condition}`,
    ''
  ]
  let words = 0
  let section = 0
  while (words < 1650) {
    section++
    lines.push(`## ${['What is it', 'How it might help', 'What the research says', 'How to try it safely', 'Side effects', 'When to get help', 'Costs and access', 'Questions to ask'][section % 8]} (${section})`, '')
    for (let p = 0; p < 3; p++) {
      const text = paragraph(rand, state, 3 + Math.floor(rand() * 4))
      words += text.split(/\s+/).length
      lines.push(text, '')
    }
    if (section % 3 === 1) {
      lines.push('Things that can help:', '')
      for (let i = 0; i < 4; i++) lines.push(`- ${sentence(rand, state)}`)
      lines.push('')
      words += 50
    }
    if (section % 4 === 2) {
      lines.push('| Option | What to expect | Evidence |', '| --- | --- | --- |')
      for (let i = 0; i < 4; i++) lines.push(`| ${pick(rand, exposures)} | ${pick(rand, outcomes)} may improve | ${pick(rand, ['moderate', 'low', 'high', 'mixed'])} |`)
      lines.push('')
      words += 40
    }
  }
  lines.push('## References', '')
  for (let i = 1; i <= state.footnotes; i++) {
    const [name, url] = pick(rand, sources)
    lines.push(`[^${i}]: ${name}. ${condition} and ${pick(rand, exposures)}. <${url}${slug}-${i}>`, '')
  }
  return lines.join('\n')
}

export function writeCorpus(directory, count) {
  mkdirSync(directory, {recursive: true})
  for (let index = 0; index < count; index++) {
    writeFileSync(path.join(directory, `article-${String(index).padStart(4, '0')}.md`), article(index))
  }
}
