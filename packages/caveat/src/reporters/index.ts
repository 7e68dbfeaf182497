/**
 * The output formats of every command (`caveat lint`, `caveat a11y`, `caveat report merge`), one
 * set over the one report type (report-types.ts); each loaded only when used.
 */
import type {Report} from '../report-types.js'
import type {Reporter, ReporterOptions} from './types.js'

export type {Reporter, ReporterOptions} from './types.js'

export const formats = ['stylish', 'json', 'sarif', 'github', 'junit', 'gitlab', 'html'] as const
export type Format = (typeof formats)[number]

export function isFormat(value: string): value is Format {
  return (formats as readonly string[]).includes(value)
}

/** The format an output file's extension implies, when no `--format` was given for it. */
export function formatForFile(file: string): Format | undefined {
  if (/\.sarif(\.json)?$/i.test(file)) return 'sarif'
  if (/\.json$/i.test(file)) return 'json'
  if (/\.xml$/i.test(file)) return 'junit'
  return undefined
}

export async function loadReporter(format: Format): Promise<Reporter> {
  switch (format) {
    case 'stylish':
      return (await import('./stylish.js')).stylish
    case 'json':
      return (await import('./json.js')).json
    case 'sarif':
      return (await import('./sarif.js')).sarif
    case 'github':
      return (await import('./github.js')).github
    case 'junit':
      return (await import('./junit.js')).junit
    case 'gitlab':
      return (await import('./gitlab.js')).gitlab
    case 'html': // lint: the reviewer's report as one page (async: reads the sources); a11y: its page. Awaited by render().
      return (await import('./html.js')).html as unknown as Reporter
  }
}

export async function render(format: Format, report: Report, options: ReporterOptions): Promise<string> {
  return (await loadReporter(format))(report, options)
}
