/**
 * Where each of Caveat's own rules is documented: `docs/rules/<id>.md`, generated from the
 * rule's file (scripts/docs.js). `lint.docsUrl` overrides the base; `<id>.md` is appended.
 */
export const defaultDocsUrl = 'https://github.com/caveat-health/caveat/blob/main/packages/caveat/docs/rules/'

export function ruleDocsUrl(ruleId: string, base: string = defaultDocsUrl): string {
  return `${base}${ruleId}.md`
}
