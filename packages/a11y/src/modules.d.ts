// `mime` 3 ships no types; we use only getType.
declare module 'mime' {
  const mime: {getType(path: string): string | null}
  export default mime
}

// pa11y 9 ships no types: the subset Caveat uses.
declare module 'pa11y' {
  import type {Browser, Page} from 'puppeteer'
  interface Pa11yIssue {
    code: string
    type: 'error' | 'warning' | 'notice' | 'unknown'
    typeCode: number
    message: string
    context: string | null
    selector: string
    runner: string
    runnerExtras?: {description?: string; impact?: string | null; needsFurtherReview?: boolean; help?: string; helpUrl?: string}
  }
  interface Pa11yResults {
    documentTitle: string
    pageUrl: string
    issues: Pa11yIssue[]
  }
  interface Pa11yOptions {
    browser?: Browser
    page?: Page
    ignoreUrl?: boolean
    runners?: string[]
    standard?: string
    ignore?: string[]
    hideElements?: string | null
    includeNotices?: boolean
    includeWarnings?: boolean
    levelCapWhenNeedsReview?: 'error' | 'warning' | 'notice'
    timeout?: number
    wait?: number
    viewport?: {width: number; height: number}
    log?: {debug(message: string): void; error(message: string): void; info(message: string): void}
  }
  function pa11y(url: string, options?: Pa11yOptions): Promise<Pa11yResults>
  export type {Pa11yIssue, Pa11yResults, Pa11yOptions}
  export default pa11y
}
