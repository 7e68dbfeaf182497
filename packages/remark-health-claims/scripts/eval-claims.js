#!/usr/bin/env node
/**
 * Evaluate `classifySentence` on labelled sentences.
 *
 * Usage (from the package, after `tsc -b`):
 *   node scripts/eval-claims.js [--split dev|held-out|all] [file.csv …]
 *   npm run eval:claims -- [dev|held-out|all] [file.csv …]   (from the repository root)
 *
 * Without files it reads the development sets in /work/shared/data/claims
 * (../shared/data/claims from the repository root). Each file's format is
 * recognised from its labels, so held-back files of the same format can be
 * passed by path:
 *   - claim strength (yu2019 format): `sentence`, `label` 0 no_claim,
 *     1 correlational, 2 conditional_causal, 3 direct_causal;
 *   - health advice (li2021 format): `sentence`, `label` 0 no_advice,
 *     1 weak_advice, 2 strong_advice;
 *   - certainty (pei2021 format): `sentence`, `label` 1–6.
 *
 * The default files are split into two fixed halves by a seeded hash of the
 * row id; rules were developed looking at the `dev` half only. By default
 * the full report is for the dev half, with summary lines for the held-out
 * half and all rows. Files given by path are evaluated whole (`--split all`)
 * unless `--split` says otherwise.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parse} from 'csv-parse/sync'

let classifySentence
try {
  ;({classifySentence} = await import('../dist/claims/classify.js'))
} catch (error) {
  console.error(`eval-claims: cannot load the compiled classifier (dist/claims/classify.js): ${error.message}\nCompile first: \`npx tsc -b\` from the repository root.`)
  process.exit(1)
}

const here = path.dirname(fileURLToPath(import.meta.url))
const repoRoot = path.resolve(here, '../../..')
const dataDir = path.resolve(repoRoot, '../shared/data/claims')
const defaultFiles = [
  'yu2019_pubmed_claim_strength.csv',
  'li2021_health_advice_structured.csv',
  'pei2021_certainty.csv'
].map((name) => path.join(dataDir, name))

const strengthClasses = ['none', 'correlational', 'conditional', 'direct']
const strengthFromLabel = {0: 'none', 1: 'correlational', 2: 'conditional', 3: 'direct'}
const adviceClasses = ['none', 'weak', 'strong']
const adviceFromLabel = {0: 'none', 1: 'weak', 2: 'strong'}

/** 32-bit FNV-1a: a seeded, platform-independent hash for the fixed split. */
function fnv1a(text) {
  let hash = 0x81_1c_9d_c5
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01_00_01_93) >>> 0
  }
  return hash
}

const splitSeed = 'caveat-dev-2026:'
function half(row) {
  return (fnv1a(splitSeed + (row.id ?? row.sentence)) & 1) === 0 ? 'dev' : 'held-out'
}

const splits = ['dev', 'held-out', 'all']

function parseArguments(argv) {
  const files = []
  let split
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]
    if (argument === '--split' || argument.startsWith('--split=')) {
      split = argument === '--split' ? argv[++index] : argument.slice('--split='.length)
      if (!splits.includes(split)) fail(`--split must be dev, held-out or all, not ${JSON.stringify(split)}`)
    } else if (splits.includes(argument)) {
      // Bare form, because npm swallows unknown --flags on the way through `npm run eval:claims -- …`.
      split = argument
    } else if (argument === '--help' || argument === '-h') {
      console.log('Usage: node scripts/eval-claims.js [--split] [dev|held-out|all] [file.csv …]')
      process.exit(0)
    } else {
      // npm runs workspace scripts in the package folder; resolve paths from where the user typed them.
      files.push(path.resolve(process.env.INIT_CWD ?? process.cwd(), argument))
    }
  }
  return {files, split}
}

function fail(message) {
  console.error(`eval-claims: ${message}`)
  process.exit(1)
}

function readRows(file) {
  let text
  try {
    text = fs.readFileSync(file)
  } catch (error) {
    fail(`cannot read ${file}: ${error.message}. Pass the path of a CSV file with \`sentence\` and \`label\` columns.`)
  }
  let rows
  try {
    rows = parse(text, {columns: true, skip_empty_lines: true, relax_quotes: true, bom: true})
  } catch (error) {
    fail(`${file}: not valid CSV (${error.message}).`)
  }
  if (rows.length === 0 || !('sentence' in rows[0]) || !('label' in rows[0])) {
    fail(`${file}: expected a header with \`sentence\` and \`label\` columns.`)
  }
  return rows
}

/** Which kind of labelled file this is, from its label names (or label range). */
function detectFormat(rows, file) {
  const names = new Set(rows.map((row) => row.label_name))
  if (names.has('no_claim') || names.has('direct_causal') || names.has('correlational')) return 'strength'
  if (names.has('no_advice') || names.has('strong_advice') || names.has('weak_advice')) return 'advice'
  if (names.has('sentence_certainty_1to6')) return 'certainty'
  const labels = new Set(rows.map((row) => row.label))
  if (labels.has('3') && !labels.has('4')) return 'strength'
  fail(`${file}: cannot tell the format (label_name should be no_claim/…, no_advice/… or sentence_certainty_1to6).`)
}

function prf(matrix, classes, positive) {
  const index = classes.indexOf(positive)
  let tp = 0
  let fp = 0
  let fn = 0
  for (let gold = 0; gold < classes.length; gold++) {
    for (let predicted = 0; predicted < classes.length; predicted++) {
      const count = matrix[gold][predicted]
      if (gold === index && predicted === index) tp += count
      else if (predicted === index) fp += count
      else if (gold === index) fn += count
    }
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return {precision, recall, f1, support: tp + fn}
}

function confusion(pairs, classes) {
  const matrix = classes.map(() => classes.map(() => 0))
  for (const [gold, predicted] of pairs) matrix[classes.indexOf(gold)][classes.indexOf(predicted)]++
  return matrix
}

const f3 = (value) => value.toFixed(3)

function printPerClass(matrix, classes) {
  const rows = classes.map((name) => {
    const score = prf(matrix, classes, name)
    return {class: name, precision: f3(score.precision), recall: f3(score.recall), f1: f3(score.f1), support: score.support}
  })
  console.table(rows)
  const macro = classes.reduce((sum, name) => sum + prf(matrix, classes, name).f1, 0) / classes.length
  return macro
}

function printConfusion(matrix, classes) {
  const table = {}
  for (const [gold, name] of classes.entries()) {
    const row = {}
    for (const [predicted, other] of classes.entries()) row[`→ ${other}`] = matrix[gold][predicted]
    table[`gold ${name}`] = row
  }
  console.table(table)
}

function strengthScores(rows) {
  const pairs = rows.map((row) => [strengthFromLabel[row.label], classifySentence(row.sentence).strength])
  const matrix = confusion(pairs, strengthClasses)
  const binaryPairs = pairs.map(([gold, predicted]) => [gold === 'none' ? 'no' : 'claim', predicted === 'none' ? 'no' : 'claim'])
  const binary = prf(confusion(binaryPairs, ['no', 'claim']), ['no', 'claim'], 'claim')
  const macro = strengthClasses.reduce((sum, name) => sum + prf(matrix, strengthClasses, name).f1, 0) / strengthClasses.length
  return {matrix, binary, macro, n: rows.length}
}

function adviceScores(rows) {
  const pairs = rows.map((row) => [adviceFromLabel[row.label], classifySentence(row.sentence).advice])
  const matrix = confusion(pairs, adviceClasses)
  const macro = adviceClasses.reduce((sum, name) => sum + prf(matrix, adviceClasses, name).f1, 0) / adviceClasses.length
  return {matrix, macro, n: rows.length}
}

function reportStrength(rows, label) {
  const scores = strengthScores(rows)
  console.log(`\n## Claim strength — ${label} (${scores.n} sentences)`)
  console.log(`Binary claim detection (labels 1–3 vs 0): P ${f3(scores.binary.precision)}  R ${f3(scores.binary.recall)}  F1 ${f3(scores.binary.f1)}`)
  const macro = printPerClass(scores.matrix, strengthClasses)
  console.log(`Strength macro-F1 (4 classes): ${f3(macro)}`)
  printConfusion(scores.matrix, strengthClasses)
  return scores
}

function reportAdvice(rows, label) {
  const scores = adviceScores(rows)
  console.log(`\n## Advice — ${label} (${scores.n} sentences)`)
  const macro = printPerClass(scores.matrix, adviceClasses)
  console.log(`Advice macro-F1 (3 classes): ${f3(macro)}`)
  printConfusion(scores.matrix, adviceClasses)
  return scores
}

function reportCertainty(rows, label) {
  const labelled = rows.filter((row) => row.label !== '' && Number.isFinite(Number(row.label)))
  console.log(`\n## Hedging check — ${label} (${labelled.length} sentences with a certainty label, 1 = very uncertain … 6 = very certain)`)
  const groups = new Map(strengthClasses.map((name) => [name, []]))
  for (const row of labelled) groups.get(classifySentence(row.sentence).strength).push(Number(row.label))
  const table = {}
  for (const [name, values] of groups) {
    const mean = values.length === 0 ? NaN : values.reduce((a, b) => a + b, 0) / values.length
    table[name] = {sentences: values.length, 'mean certainty': Number.isNaN(mean) ? '–' : mean.toFixed(2)}
  }
  console.table(table)
  console.log('Expected: conditional (hedged) sentences have a lower mean certainty than direct ones.')
}

/**
 * Mean time per sentence. CPU time of the best of 7 passes: on a shared
 * machine wall-clock time mostly measures the other processes.
 */
function timing(sentences) {
  for (const sentence of sentences) classifySentence(sentence)
  let best = Infinity
  for (let pass = 0; pass < 7; pass++) {
    const start = process.cpuUsage()
    for (const sentence of sentences) classifySentence(sentence)
    const used = process.cpuUsage(start)
    best = Math.min(best, (used.user + used.system) / 1000)
  }
  return best / sentences.length
}

function selectRows(rows, split) {
  return split === 'all' ? rows : rows.filter((row) => half(row) === split)
}

const {files, split: requestedSplit} = parseArguments(process.argv.slice(2))
const usingDefaults = files.length === 0
const inputs = usingDefaults ? defaultFiles : files
const split = requestedSplit ?? (usingDefaults ? 'dev' : 'all')

console.log('# classifySentence evaluation')
console.log(`Split: ${split}${usingDefaults ? ' (fixed seeded half of each file; rules were developed on the dev half only)' : ''}`)

let timingSentences
for (const file of inputs) {
  const rows = readRows(file)
  const format = detectFormat(rows, file)
  const name = path.basename(file)
  const selected = selectRows(rows, split)
  if (format === 'strength') {
    reportStrength(selected, `${name}, ${split}`)
    if (split !== 'all') {
      for (const other of ['held-out', 'all'].filter((value) => value !== split)) {
        const scores = strengthScores(selectRows(rows, other))
        console.log(`Summary ${other} (${scores.n}): binary F1 ${f3(scores.binary.f1)}, strength macro-F1 ${f3(scores.macro)}`)
      }
    }
    timingSentences ??= rows.map((row) => row.sentence)
  } else if (format === 'advice') {
    reportAdvice(selected, `${name}, ${split}`)
    if (split !== 'all') {
      for (const other of ['held-out', 'all'].filter((value) => value !== split)) {
        const scores = adviceScores(selectRows(rows, other))
        console.log(`Summary ${other} (${scores.n}): advice macro-F1 ${f3(scores.macro)}`)
      }
    }
  } else {
    reportCertainty(selected, `${name}, ${split}`)
  }
  timingSentences ??= rows.map((row) => row.sentence)
}

const msPerSentence = timing(timingSentences)
console.log(`\n## Speed\nclassifySentence: ${msPerSentence.toFixed(4)} ms/sentence (CPU time, best of 7 passes over ${timingSentences.length} sentences; budget 0.05 ms)`)
