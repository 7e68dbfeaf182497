/**
 * JSON with sorted keys, for hashing: two equal option objects written in a different key
 * order must give the same cache key. Unlike `JSON.stringify`, RegExps (topic `match`) keep
 * their source and flags instead of becoming `{}`, and Dates their instant.
 */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value)
  if (typeof value === 'string') return JSON.stringify(value)
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return 'null'
  if (typeof value === 'bigint') return JSON.stringify(String(value))
  if (value instanceof RegExp) return JSON.stringify({regexp: String(value)})
  if (value instanceof Date) return JSON.stringify({date: Number.isNaN(value.getTime()) ? 'invalid' : value.toISOString()})
  if (Array.isArray(value)) return '[' + value.map((item) => stableStringify(item)).join(',') + ']'
  const object = value as Record<string, unknown>
  const keys = Object.keys(object)
    .filter((key) => object[key] !== undefined && typeof object[key] !== 'function')
    .sort()
  return '{' + keys.map((key) => JSON.stringify(key) + ':' + stableStringify(object[key])).join(',') + '}'
}
