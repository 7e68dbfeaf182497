import type {Report} from '../../report-types.js'

/** The shared JSON report (src/report-types.ts): what `caveat report merge` merges. */
export function formatJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n'
}
