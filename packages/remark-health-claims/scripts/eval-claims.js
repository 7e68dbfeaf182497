#!/usr/bin/env node
/**
 * Evaluate claim detection without leakage.
 *
 * Usage (from the repository root): `npm run eval:claims [-- held-out] [-- file …]`
 *
 * - Default: 5-fold cross-validation over the development rows of every set
 *   together (no row is scored by a model trained on it or on a
 *   near-duplicate, an abstract-mate or a page-mate), then leave-one-data-set-out
 *   transfer, leave-one-site-out within the NIH consumer set, the hedging check
 *   on Pei 2021 and the time per sentence.
 * - `held-out`: train on all development rows, score the held-out fifth of the
 *   groups (the lockbox: not looked at while developing). Printed only on request.
 * - Files (`.jsonl` with `sentence`/`text` and `label` claim|advice|other, or
 *   `.csv` in the Yu 2019 / Li 2021 format) are scored with the shipped model.
 */
import fs from 'node:fs'
import path from 'node:path'
import {parse} from 'csv-parse/sync'
import {foldOf, isHeldOut, loadRows} from './training/data.js'
import {featurise} from './training/featurise.js'
import {fitModel} from './training/fit.js'

const {decide, classifySentence} = await import('../dist/claims/classify.js')
const {createScorer} = await import('../dist/claims/model.js')

const strengthClasses = ['none', 'correlational', 'conditional', 'direct']
const adviceClasses = ['none', 'weak', 'strong']
const consumerClasses = ['claim', 'advice', 'other']
const f3 = (value) => (Number.isFinite(value) ? value.toFixed(3) : '—')

function score(pairs, classes) {
  const per = classes.map((name) => {
    let tp = 0
    let fp = 0
    let fn = 0
    for (const [gold, predicted] of pairs) {
      if (gold === name && predicted === name) tp++
      else if (predicted === name) fp++
      else if (gold === name) fn++
    }
    const precision = tp + fp ? tp / (tp + fp) : 0
    const recall = tp + fn ? tp / (tp + fn) : 0
    return {name, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, support: tp + fn}
  })
  return {per, macro: per.reduce((sum, entry) => sum + entry.f1, 0) / classes.length}
}

const consumerLabel = (c) => (c.claim ? 'claim' : c.advice !== 'none' ? 'advice' : 'other')

/** The figures of one set from rows that carry `prediction`. */
function figures(set, rows) {
  const scored = rows.filter((row) => row.set === set && row.prediction)
  if (set === 'medquad' || set === 'caveat') {
    const labelled = scored.filter((row) => row.label)
    const claim = score(labelled.map((row) => [row.label === 'claim', row.prediction.claim]), [true]).per[0]
    const three = score(labelled.map((row) => [row.label, consumerLabel(row.prediction)]), consumerClasses)
    return {set, rows: labelled.length, claimP: claim.precision, claimR: claim.recall, claimF1: claim.f1, labelsMacroF1: three.macro}
  }
  if (set === 'yu2019') {
    const binary = score(scored.map((row) => [row.strength > 0, row.prediction.claim]), [true]).per[0]
    const strength = score(scored.map((row) => [strengthClasses[row.strength], row.prediction.strength]), strengthClasses)
    return {set, rows: scored.length, claimP: binary.precision, claimR: binary.recall, claimF1: binary.f1, strengthMacroF1: strength.macro}
  }
  if (set === 'li2021') {
    const advice = score(scored.map((row) => [adviceClasses[row.advice], row.prediction.advice]), adviceClasses)
    return {set, rows: scored.length, adviceMacroF1: advice.macro}
  }
  return undefined
}

function table(entries) {
  console.table(entries.filter(Boolean).map((entry) => Object.fromEntries(Object.entries(entry).map(([key, value]) => [key, typeof value === 'number' && !Number.isInteger(value) ? f3(value) : value]))))
}

function predictWith(model, rows) {
  const scorer = createScorer({format: 1, provenance: {}, ...model})
  for (const row of rows) row.prediction = decide(row.text, row.grammar, scorer(row.features))
}

const scoredSets = ['medquad', 'caveat', 'yu2019', 'li2021']

function crossValidate(rows, folds = 5) {
  for (let fold = 0; fold < folds; fold++) {
    const model = fitModel(rows.filter((row) => foldOf(row, folds) !== fold))
    predictWith(model, rows.filter((row) => foldOf(row, folds) === fold))
  }
}

/** Train without `held` (and without any group it shares), score `held`. */
function transfer(rows, held) {
  const groups = new Set(held.map((row) => row.group))
  const model = fitModel(rows.filter((row) => !groups.has(row.group)))
  for (const row of rows) delete row.prediction
  predictWith(model, held)
}

function hedgingCheck(rows) {
  const by = new Map(strengthClasses.map((name) => [name, []]))
  for (const row of rows) if (row.set === 'pei2021' && row.certainty !== undefined && row.prediction) by.get(row.prediction.strength).push(row.certainty)
  console.log('\n## Hedging check (Pei & Jurgens 2021): mean annotated certainty (1–6) by predicted strength')
  table(strengthClasses.map((name) => ({strength: name, sentences: by.get(name).length, meanCertainty: by.get(name).length ? by.get(name).reduce((a, b) => a + b, 0) / by.get(name).length : NaN})))
}

function timing(texts) {
  for (const text of texts) classifySentence(text)
  const times = []
  for (let pass = 0; pass < 3; pass++) {
    for (const text of texts) {
      const start = process.hrtime.bigint()
      classifySentence(text)
      times.push(Number(process.hrtime.bigint() - start) / 1e6)
    }
  }
  times.sort((a, b) => a - b)
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))]
  console.log(`\n## Time per sentence (shipped model, ${texts.length} sentences × 3 passes): median ${at(0.5).toFixed(4)} ms, p90 ${at(0.9).toFixed(4)} ms, mean ${(times.reduce((a, b) => a + b, 0) / times.length).toFixed(4)} ms`)
}

function readExternal(file) {
  const text = fs.readFileSync(file, 'utf8')
  if (file.endsWith('.jsonl')) {
    return text.split('\n').filter((line) => line.trim()).map((line, index) => {
      const item = JSON.parse(line)
      return {set: 'medquad', id: `${path.basename(file)}:${index + 1}`, text: item.sentence ?? item.text, label: item.label ?? undefined}
    })
  }
  const rows = parse(text, {columns: true, skip_empty_lines: true, relax_quotes: true, bom: true})
  const names = new Set(rows.map((row) => row.label_name))
  if (names.has('no_advice') || names.has('strong_advice') || names.has('weak_advice')) return rows.map((row) => ({set: 'li2021', id: row.id, text: row.sentence, advice: Number(row.label)}))
  return rows.map((row) => ({set: 'yu2019', id: row.id, text: row.sentence, strength: Number(row.label)}))
}

const args = process.argv.slice(2)
const files = args.filter((arg) => arg !== 'held-out').map((arg) => path.resolve(process.env.INIT_CWD ?? process.cwd(), arg))

if (files.length > 0) {
  for (const file of files) {
    const rows = readExternal(file)
    for (const row of rows) row.prediction = classifySentence(row.text)
    console.log(`\n## ${file} (shipped model)`)
    table([figures(rows[0]?.set, rows)])
  }
  process.exit(0)
}

const rows = await featurise(loadRows())
const development = rows.filter((row) => !isHeldOut(row))
const heldOut = rows.filter((row) => isHeldOut(row))
console.log(`Rows: ${rows.length} (development ${development.length}, held out ${heldOut.length}); sets: ${[...new Set(rows.map((row) => row.set))].join(', ')}`)

if (args.includes('held-out')) {
  predictWith(fitModel(development), heldOut)
  console.log('\n## Held out (trained on all development rows)')
  table(scoredSets.map((set) => figures(set, heldOut)))
  process.exit(0)
}

crossValidate(development)
console.log('\n## 5-fold cross-validation over the development rows (folds by group across all sets)')
table(scoredSets.map((set) => figures(set, development)))
hedgingCheck(development)

console.log('\n## Leave one data set out: trained on the other sets, scored on this one (development rows)')
const transferred = []
for (const set of scoredSets) {
  const held = development.filter((row) => row.set === set)
  if (held.length === 0) continue
  transfer(development, held)
  transferred.push(figures(set, held))
}
table(transferred)

console.log('\n## Leave one site out (NIH consumer set): trained on everything but one publisher, scored on it')
const bySite = []
const sites = [...new Set(development.filter((row) => row.set === 'medquad').map((row) => row.site))].sort()
const pooled = []
for (const site of sites) {
  const held = development.filter((row) => row.set === 'medquad' && row.site === site)
  transfer(development, held)
  bySite.push({...figures('medquad', held), set: site})
  for (const row of held) pooled.push({...row})
}
table([...bySite, {...figures('medquad', pooled), set: 'all sites pooled'}])

timing(development.filter((row) => row.set === 'medquad').map((row) => row.text))
