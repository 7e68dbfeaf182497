/**
 * Where each of Caveat's own rules is documented. Every rule has a section in
 * the package readme whose anchor is the rule id; `lint.docsUrl` overrides the base.
 */
export const defaultDocsUrl = 'https://github.com/caveat-health/caveat/blob/main/packages/caveat/readme.md#'

export function ruleDocsUrl(ruleId: string, base: string = defaultDocsUrl): string {
  return base + ruleId
}
