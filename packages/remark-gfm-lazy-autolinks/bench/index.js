#!/usr/bin/env node
/**
 * Parse time of remark-parse + remark-gfm against remark-parse + remark-gfm-lazy-autolinks,
 * on generated ~2,000-word articles that cite with `[text](url)` (the case this package is
 * for) and on the same articles with one bare URL (parsed twice here: the worst case).
 *
 *   npm run bench -w remark-gfm-lazy-autolinks
 *   BENCH_FILES=100 BENCH_ROUNDS=5 BENCH_PROCESSES=3 node bench/index.js
 *
 * Each variant runs in processes of its own (alternating with the other variant), so one's JIT
 * warm-up and garbage don't touch another's; the table shows the median process.
 */
import {execFileSync} from 'node:child_process'
import os from 'node:os'
import {fileURLToPath} from 'node:url'

const files = Number(process.env.BENCH_FILES ?? 50)
const rounds = Number(process.env.BENCH_ROUNDS ?? 5)
/** Processes per variant: V8 optimises micromark differently from one process to the next. */
const processes = Number(process.env.BENCH_PROCESSES ?? 3)

if (process.argv[2] === '--variant') {
  await variant(process.argv[3], process.argv[4] === 'bare-url')
} else {
  main()
}

function articles(bareUrl) {
  let seed = 7
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
  }
  const pick = (list) => list[Math.floor(random() * list.length)]
  const subjects = ['Staying active', 'Regular walking', 'Heat therapy', 'Gentle stretching', 'Physiotherapy', 'Sleep on a medium-firm mattress']
  const outcomes = ['helps most people recover sooner', 'is linked with fewer days off work', 'reduces the chance of pain coming back', 'may ease stiffness']
  const sources = ['[NHS](https://www.nhs.uk/conditions/back-pain/)', '[NICE](https://www.nice.org.uk/guidance/ng59)', '[WHO](https://www.who.int/news-room/fact-sheets/detail/low-back-pain)']
  const everyday = ['Many adults notice stiffness in the morning.', 'Office workers often mention a dull ache after long meetings.', 'Keep a diary of what helps, and take it to your appointment.', 'Small, steady changes are easier to keep up than big ones.']
  return Array.from({length: files}, (_, index) => {
    const parts = [`# Article ${index}`]
    let words = 0
    while (words < 2000) {
      parts.push(`## ${pick(['What helps', 'At work', 'Sleep', 'When to get help'])}`)
      for (let p = 0; p < 3; p++) {
        const sentences = Array.from({length: 4}, () => (random() < 0.3 ? `${pick(subjects)} ${pick(outcomes)} (${pick(sources)}).` : pick(everyday)))
        parts.push(sentences.join(' '))
        words += sentences.join(' ').split(' ').length
      }
      parts.push(random() < 0.5 ? '- Walk\n- Stretch\n- Rest' : '| Remedy | Evidence |\n| --- | --- |\n| Heat | Some |\n| Ice | Little |')
    }
    if (bareUrl) parts.push('More at www.nhs.uk/conditions/back-pain.')
    return parts.join('\n\n') + '\n'
  })
}

async function variant(name, bareUrl) {
  const {unified} = await import('unified')
  const {default: remarkParse} = await import('remark-parse')
  const {default: gfm} = name === 'lazy' ? await import('remark-gfm-lazy-autolinks') : await import('remark-gfm')
  const processor = unified().use(remarkParse).use(gfm).freeze()
  const documents = articles(bareUrl)
  for (const document of documents.slice(0, 20)) processor.parse(document)
  // The median round: a round that met a major garbage collection or the neighbours' load
  // says little about the parser.
  const times = []
  for (let round = 0; round < rounds; round++) {
    const start = performance.now()
    for (const document of documents) processor.parse(document)
    times.push((performance.now() - start) / documents.length)
  }
  times.sort((a, b) => a - b)
  console.log(JSON.stringify({ms: times[Math.floor(times.length / 2)]}))
}

function run(name, kind) {
  const output = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--variant', name, kind], {encoding: 'utf8'})
  return JSON.parse(output.trim().split('\n').at(-1)).ms
}

function main() {
  console.log(`remark-gfm-lazy-autolinks parse benchmark: ${files} articles × ~2,000 words × ${rounds} rounds × ${processes} processes per variant (median), ${os.availableParallelism()} cores (load average ${os.loadavg()[0].toFixed(1)}), Node ${process.versions.node}\n`)
  const rows = []
  for (const [kind, label] of [['links-only', 'cites with [text](url) only'], ['bare-url', 'plus one bare URL (parsed twice)']]) {
    const times = {'remark-gfm': [], lazy: []}
    for (let index = 0; index < processes; index++) {
      for (const name of ['remark-gfm', 'lazy']) times[name].push(run(name, kind))
    }
    const median = (list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)]
    const reference = median(times['remark-gfm'])
    const lazy = median(times.lazy)
    rows.push([label, `${reference.toFixed(2)} ms`, `${lazy.toFixed(2)} ms`, `${(lazy / reference).toFixed(2)}x`])
  }
  const header = ['articles', 'remark-gfm (per article)', 'lazy autolinks (per article)', 'lazy / remark-gfm']
  const widths = header.map((title, index) => Math.max(title.length, ...rows.map((row) => row[index].length)))
  const line = (cells) => '| ' + cells.map((cell, index) => cell.padEnd(widths[index])).join(' | ') + ' |'
  console.log(line(header))
  console.log('| ' + widths.map((width) => '-'.repeat(width)).join(' | ') + ' |')
  for (const row of rows) console.log(line(row))
}
