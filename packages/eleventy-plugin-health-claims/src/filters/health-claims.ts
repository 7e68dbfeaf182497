import type {FilterContext} from '../eleventy.js'
import type {PageStore} from '../data/page-store.js'
import type {ArticleMessage, HealthClaimsLedger} from '../types.js'

export interface LedgerView extends HealthClaimsLedger {
  messages: ArticleMessage[]
  errors: number
  warnings: number
}

/** Accepts `page`, an input path, or nothing (then the page being rendered). */
export function inputPathOf(value: unknown, context: FilterContext | undefined): string | undefined {
  if (typeof value === 'string') return value
  if (value && typeof value === 'object' && typeof (value as {inputPath?: unknown}).inputPath === 'string') {
    return (value as {inputPath: string}).inputPath
  }
  return context?.page?.inputPath
}

/**
 * `{% set ledger = page | healthClaims %}`: the claim ledger of a markdown page
 * (`claims`, `disclaimers`) plus its `messages` and their counts; `undefined` for a page this
 * plugin didn't render.
 */
export function createHealthClaimsFilter(store: PageStore) {
  return function healthClaims(this: FilterContext | undefined, page?: unknown): LedgerView | undefined {
    const record = store.get(inputPathOf(page, this))
    if (!record) return undefined
    const errors = record.messages.filter((message) => message.severity === 'error').length
    return {
      claims: record.ledger.claims,
      disclaimers: record.ledger.disclaimers,
      messages: record.messages,
      errors,
      warnings: record.messages.length - errors
    }
  }
}
