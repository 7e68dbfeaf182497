/**
 * pa11y's own HTML_CodeSniffer runner, with its library left out of `scripts`:
 * Caveat loads HTMLCS.js into the page itself, as a `<script src>` from its server,
 * so Chromium compiles it once and reuses the compiled code (V8's code cache) on every
 * later page instead of pa11y re-evaluating ~300 kB of source per page. `run` is
 * pa11y's, unchanged: same configuration, same issues.
 */
import path = require('node:path')

interface Pa11yRunner {
  run: (...args: unknown[]) => unknown
  scripts: string[]
  supports: string
}

const pa11yRunner = require(path.join(path.dirname(require.resolve('pa11y')), 'runners', 'htmlcs.js')) as Pa11yRunner

export = {
  run: pa11yRunner.run,
  scripts: [] as string[],
  /** The library Caveat loads before pa11y runs this runner; `global` is what it defines. */
  library: {file: pa11yRunner.scripts[0]!, global: 'HTMLCS'},
  supports: pa11yRunner.supports
}
