/**
 * Flesch-Kincaid grade of an article's prose, and its hardest paragraphs.
 * Sentence boundaries come from ICU (Intl.Segmenter), syllables from
 * `syllable`, the formula from `flesch-kincaid`.
 */
import type {Root, Paragraph} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {walk} from '../mdast/walk.js'
import {fleschKincaid} from 'flesch-kincaid'
import {syllable} from 'syllable'

export interface ReadabilityResult {
  grade: number
  words: number
  hardest: Array<{line: number; grade: number; text: string}>
}

type Counts = {
  sentence: number
  word: number
  syllable: number
}

const sentences = new Intl.Segmenter('en', {granularity: 'sentence'})
/** Words: letters (with inner apostrophes or hyphens); numbers and symbols are not words for the formula. */
const wordPattern = /\p{L}+(?:['’-]\p{L}+)*/gu

/** Articles repeat their vocabulary: counting each distinct word once makes this several times faster. */
const syllableCache = new Map<string, number>()

function syllables(word: string): number {
  const key = word.toLowerCase()
  let count = syllableCache.get(key)
  if (count === undefined) {
    count = Math.max(1, syllable(key))
    if (syllableCache.size > 50_000) syllableCache.clear()
    syllableCache.set(key, count)
  }
  return count
}

function count(text: string): Counts {
  const counts: Counts = {sentence: 0, word: 0, syllable: 0}
  for (const sentence of sentences.segment(text)) {
    let wordsInSentence = 0
    for (const [word] of sentence.segment.matchAll(wordPattern)) {
      wordsInSentence++
      counts.syllable += syllables(word)
    }
    if (wordsInSentence > 0) {
      counts.sentence++
      counts.word += wordsInSentence
    }
  }
  return counts
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}

/** Paragraphs shorter than this are too short for the formula to mean anything. */
const minParagraphWords = 12

export function measureReadability(tree: Root, hardestCount = 3): ReadabilityResult {
  const total: Counts = {sentence: 0, word: 0, syllable: 0}
  const paragraphs: Array<{line: number; grade: number; text: string}> = []
  walk(tree, (node) => {
    // Code, tables and footnote definitions (reference lists) are not prose.
    if (node.type === 'code' || node.type === 'table' || node.type === 'footnoteDefinition' || node.type === 'yaml' || node.type === 'html') return false
    if (node.type !== 'paragraph') return true
    const text = toString(node as Paragraph)
    const counts = count(text)
    total.sentence += counts.sentence
    total.word += counts.word
    total.syllable += counts.syllable
    if (counts.word >= minParagraphWords && counts.sentence > 0) {
      paragraphs.push({
        line: node.position?.start.line ?? 1,
        grade: round(fleschKincaid(counts)),
        text: text.length > 120 ? text.slice(0, 117) + '…' : text
      })
    }
    return false
  })
  const grade = total.word > 0 && total.sentence > 0 ? round(fleschKincaid(total)) : 0
  paragraphs.sort((a, b) => b.grade - a.grade || a.line - b.line)
  return {grade, words: total.word, hardest: paragraphs.slice(0, hardestCount)}
}
