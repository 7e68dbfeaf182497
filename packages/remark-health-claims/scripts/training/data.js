/**
 * The labelled data the claim model learns from, read by path (never copied
 * into the project), with each set's labels mapped to the model's three heads,
 * and the groups that keep near-duplicates on one side of every split.
 *
 * Sets (see docs/classifier.md, "Training data"):
 * - `medquad`: NIH consumer health sentences labelled with LABELLING.md (claim / advice / other).
 * - `caveat`: consumer health articles written and labelled for this project (training/*.jsonl), same labels.
 * - `yu2019`: PubMed conclusion sentences, claim strength 0–3.
 * - `li2021`: structured-abstract sentences, advice 0–2.
 * - `pei2021`: science findings with certainty 1–6 (the hedging check only; not trained on).
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parse} from 'csv-parse/sync'

const here = path.dirname(fileURLToPath(import.meta.url))
export const packageRoot = path.resolve(here, '../..')
/** `../shared/data/claims` beside the repository, or `CAVEAT_CLAIMS_DATA`. */
export const sharedDataDir = process.env.CAVEAT_CLAIMS_DATA ?? path.resolve(packageRoot, '../../../shared/data/claims')
export const corpusDir = path.join(packageRoot, 'training')

export const sharedFiles = {
  medquad: 'medquad_consumer_health_dev.jsonl',
  yu2019: 'yu2019_pubmed_claim_strength.csv',
  li2021: 'li2021_health_advice_structured.csv',
  pei2021: 'pei2021_certainty.csv'
}

/**
 * @typedef {'claim' | 'advice' | 'other'} ConsumerLabel
 * @typedef {{
 *   set: string, id: string, text: string,
 *   label?: ConsumerLabel, strength?: number, advice?: number, certainty?: number,
 *   site?: string, keys: string[], group?: string
 * }} Row
 */

/** Lower-case letters and digits only: how near-duplicates are recognised across files. */
export function normalise(text) {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

/**
 * The key that links a row to its duplicates in other files and pages: its normalised sentence,
 * when it has four words or more ("Symptoms", "Back to top" repeat on every page and link nothing).
 */
function sentenceKey(text, id) {
  const normalised = normalise(text)
  return normalised.split(' ').length >= 4 ? normalised : `row:${id}`
}

function readFile(file) {
  try {
    return fs.readFileSync(file)
  } catch (error) {
    throw new Error(`cannot read ${file}: ${error.message}. The labelled data is expected in ${sharedDataDir} (set CAVEAT_CLAIMS_DATA to its folder).`)
  }
}

function readJsonl(file) {
  return String(readFile(file)).split('\n').filter((line) => line.trim()).map((line, index) => {
    try {
      return JSON.parse(line)
    } catch (error) {
      throw new Error(`${file}:${index + 1}: not valid JSON (${error.message})`)
    }
  })
}

function readCsv(file) {
  return parse(readFile(file), {columns: true, skip_empty_lines: true, relax_quotes: true, bom: true})
}

/** The in-repository consumer corpus files (training/*.jsonl), sorted. */
export function corpusFiles() {
  if (!fs.existsSync(corpusDir)) return []
  return fs.readdirSync(corpusDir).filter((name) => name.endsWith('.jsonl')).sort().map((name) => path.join(corpusDir, name))
}

/** Every labelled row, in a fixed order, with its group. */
export function loadRows() {
  /** @type {Row[]} */
  const rows = []
  for (const item of readJsonl(path.join(sharedDataDir, sharedFiles.medquad))) {
    const text = String(item.sentence)
    rows.push({set: 'medquad', id: `medquad-${item.id}`, text, label: item.label ?? undefined, site: item.site, keys: [sentenceKey(text, `medquad-${item.id}`), `page:${item.url}`]})
  }
  for (const file of corpusFiles()) {
    for (const item of readJsonl(file)) {
      const text = String(item.text)
      rows.push({set: 'caveat', id: String(item.id), text, label: item.label ?? undefined, site: item.genre, file: path.basename(file), keys: [sentenceKey(text, item.id), `article:${item.article}`]})
    }
  }
  for (const item of readCsv(path.join(sharedDataDir, sharedFiles.yu2019))) {
    rows.push({set: 'yu2019', id: item.id, text: item.sentence, strength: Number(item.label), keys: [sentenceKey(item.sentence, item.id)]})
  }
  for (const item of readCsv(path.join(sharedDataDir, sharedFiles.li2021))) {
    rows.push({set: 'li2021', id: item.id, text: item.sentence, advice: Number(item.label), keys: [sentenceKey(item.sentence, item.id), `pmid:${item.pmid}`]})
  }
  for (const item of readCsv(path.join(sharedDataDir, sharedFiles.pei2021))) {
    rows.push({set: 'pei2021', id: item.id, text: item.sentence, certainty: item.label === '' ? undefined : Number(item.label), keys: [sentenceKey(item.sentence, item.id)]})
  }
  assignGroups(rows)
  return rows
}

/**
 * Rows that share a normalised sentence, an abstract (PMID), a web page or an
 * article are one group, across all files: a group is never split between
 * training and scoring.
 */
function assignGroups(rows) {
  // Boilerplate repeated on many pages ("© 2025 … All rights reserved", a dose line on every
  // leaflet) is a template, not a near-duplicate: linking on it would chain unrelated pages into
  // one group. A sentence found on more than three pages links nothing.
  const pages = new Map()
  for (const row of rows) {
    const [sentence, ...containers] = row.keys
    if (containers.length === 0) continue
    const set = pages.get(sentence) ?? new Set()
    for (const container of containers) set.add(container)
    pages.set(sentence, set)
  }
  for (const row of rows) {
    if ((pages.get(row.keys[0])?.size ?? 0) > 3) row.keys = [`row:${row.set}:${row.id}`, ...row.keys.slice(1)]
  }
  const parent = rows.map((_, index) => index)
  const find = (index) => {
    while (parent[index] !== index) {
      parent[index] = parent[parent[index]]
      index = parent[index]
    }
    return index
  }
  const owner = new Map()
  rows.forEach((row, index) => {
    for (const key of row.keys) {
      const other = owner.get(key)
      if (other === undefined) owner.set(key, index)
      else {
        const a = find(index)
        const b = find(other)
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b)
      }
    }
  })
  // Name each group by its smallest key, so splits do not depend on row order.
  const names = new Map()
  rows.forEach((row, index) => {
    const root = find(index)
    const smallest = row.keys.reduce((a, b) => (a < b ? a : b))
    const name = names.get(root)
    if (name === undefined || smallest < name) names.set(root, smallest)
  })
  rows.forEach((row, index) => {
    row.group = names.get(find(index))
  })
}

/** 32-bit FNV-1a. */
export function fnv1a(text) {
  let hash = 0x81_1c_9d_c5
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01_00_01_93) >>> 0
  }
  return hash
}

/** One group in five is held out: never looked at while developing, scored only on request. */
export function isHeldOut(row) {
  return fnv1a(`caveat-claims-lockbox:${row.group}`) % 5 === 0
}

/** Cross-validation fold (0…folds-1) of a row, by group. */
export function foldOf(row, folds, repeat = 0) {
  return fnv1a(`caveat-claims-fold-${repeat}:${row.group}`) % folds
}
