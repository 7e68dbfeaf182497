import type {Options} from '../types.js'
import type {BuiltinDisclaimerId} from './definition.js'

/**
 * Locales whose law calls for the dietary-supplement statement (21 CFR 101.93(c) is US law: a
 * UK or EU publication that sells nothing has no reason to print it).
 */
export const supplementLocales: readonly string[] = ['en-US', 'es-US']

function defaultOn(id: BuiltinDisclaimerId, locale: string | undefined): boolean {
  if (id !== 'supplement') return true
  return locale !== undefined && supplementLocales.some((tag) => tag.toLowerCase() === locale.toLowerCase())
}

/**
 * Which built-in disclaimers apply: `options.disclaimers` as a list (exactly those) or as
 * switches (`{supplement: true}`; unset ones keep their default), else the defaults —
 * `medical` and `advice` everywhere, `supplement` only in a US locale (the page's `lang`,
 * else `options.locale`).
 */
export function enabledBuiltins(options: Options, frontmatter: Record<string, unknown> | undefined): Set<BuiltinDisclaimerId> {
  const setting = options.disclaimers
  if (setting === false) return new Set()
  if (Array.isArray(setting)) return new Set(setting)
  const lang = frontmatter?.['lang']
  const locale = typeof lang === 'string' && lang.trim() ? lang.trim() : options.locale
  const enabled = new Set<BuiltinDisclaimerId>()
  for (const id of ['medical', 'advice', 'supplement'] as const) {
    const choice = setting && typeof setting === 'object' ? setting[id] : undefined
    if (choice ?? defaultOn(id, locale)) enabled.add(id)
  }
  return enabled
}
