/**
 * caveat-a11y: check every page of a built static site (or a list of URLs) for
 * accessibility in one shared headless Chromium, and get one report back.
 */
export {runA11yCheck, parseShard, version, type A11yRunOptions, type A11yRunResult, type Shard} from './run.js'
export {a11yConfigSchema, parseA11yConfig, A11yConfigError, type A11yConfig, type A11yConfigInput} from './config.js'
export {A11yUsageError} from './errors.js'
export {summarise, type A11yReport, type PageReport, type ReportMessage, type ReportSummary, type MessageSeverity} from './report.js'
export {findBrowser, launchArgs, launchBrowser, BrowserNotFoundError, installHint, type BrowserLocation} from './browser.js'
export {serveDirectory, type ServeOptions, type StaticServer} from './site/server.js'
export {discoverPages, type SitePage} from './site/pages.js'
export {criterionUrl, levelOf, isRequired, type Standard, type WcagCriterion, type WcagLevel} from './wcag.js'
export {checksDocsUrl, optionsDocsUrl} from './docs.js'
