/**
 * JSON for inside `<script type="application/ld+json">`: still valid JSON, but with `<`, `>`
 * and `&` written as `\u003c`… so no value (a title holding `</script>` or `<!--`) can end
 * the element, and U+2028/U+2029 escaped for old JavaScript parsers.
 */
export function scriptSafeJson(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(/[<>&\u2028\u2029]/g, (character) => {
    return '\\u' + character.charCodeAt(0).toString(16).padStart(4, '0')
  })
}

export function jsonLdScript(value: unknown): string {
  return `<script type="application/ld+json">${scriptSafeJson(value)}</script>`
}
