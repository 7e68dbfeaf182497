/**
 * `caveat-health/a11y`: the `caveat a11y` command as an API, and the engine it runs
 * (caveat-a11y, re-exported so existing imports keep working).
 */
export {checkSite, formatA11y, loadA11yConfig, type A11yFlags, type A11yOutcome, type CommandIo} from './command.js'
export {runA11yCheck, parseShard, A11yUsageError, type A11yRunOptions, type A11yRunResult, type Shard} from 'caveat-a11y'
export {a11yConfigSchema, parseA11yConfig, A11yConfigError, type A11yConfig, type A11yConfigInput} from 'caveat-a11y'
export {findBrowser, launchArgs, BrowserNotFoundError, installHint} from 'caveat-a11y'
export {formatReport, formats, type Format} from './reporters/index.js'
