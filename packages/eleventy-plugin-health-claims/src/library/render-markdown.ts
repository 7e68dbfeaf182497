import type {HtmlPolicyOptions} from 'caveat-html-policy'
import type {HealthClaimsLedger, Options as ClaimsOptions} from 'remark-health-claims'
import type {Position} from 'unist'
import {VFile} from 'vfile'
import type {ArticleMessage, RenderedArticle} from '../types.js'
import {createProcessor} from './processor.js'

/** What a render needs; plain data, so it can be sent to a worker thread. */
export interface RenderTask {
  /** Markdown without its front matter. */
  body: string
  /** Path shown in messages. */
  inputPath: string
  frontmatter: Record<string, unknown>
  claims: Omit<ClaimsOptions, 'frontmatter' | 'annotate'>
  annotate: boolean
  /** The HTML policy's options (embed hosts). */
  html: HtmlPolicyOptions
  /** Lines and characters of front matter before `body`, so positions point into the real file. */
  lineOffset: number
  charOffset: number
}

type VFileMessage = VFile['messages'][number]

export type RenderMarkdown = (task: RenderTask, optionsKey: string) => Promise<RenderedArticle>

/**
 * Returns a render function that builds its processor once per options and reuses it:
 * building one re-runs every plugin's setup. Each plugin instance (and each worker) has its own.
 */
export function createRenderer(): RenderMarkdown {
  const processors = new Map<string, ReturnType<typeof createProcessor>>()
  return async function renderMarkdown(task, optionsKey) {
    const cacheKey = optionsKey + (task.annotate ? ':annotate' : '')
    let processor = processors.get(cacheKey)
    if (!processor) {
      processor = createProcessor({...task.claims, annotate: task.annotate}, task.html)
      processors.set(cacheKey, processor)
    }
    return render(processor, task)
  }
}

async function render(processor: ReturnType<typeof createProcessor>, task: RenderTask): Promise<RenderedArticle> {
  const file = new VFile({path: task.inputPath, value: task.body})
  // Options are fixed per processor; the page's front matter travels with the file, where
  // remark-health-claims looks for it (`file.data.matter`) when no `frontmatter` option is given.
  file.data.matter = task.frontmatter
  file.data.lineOffset = task.lineOffset
  const tree = processor.parse(file)
  const hast = await processor.run(tree, file)
  const html = processor.stringify(hast, file)
  const ledger = (file.data.healthClaims as HealthClaimsLedger | undefined) ?? {claims: [], disclaimers: []}
  return {
    html: String(html),
    ledger: shiftLedger(ledger, task.lineOffset, task.charOffset),
    messages: file.messages.map((message) => toArticleMessage(message, task.lineOffset)),
    citations: file.data.citations ?? []
  }
}

export function toArticleMessage(message: VFileMessage, lineOffset: number): ArticleMessage {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'end' in place ? place.end : undefined
  return {
    reason: message.reason,
    severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
    ruleId: message.ruleId,
    source: message.source,
    url: message.url,
    note: message.note,
    line: start?.line === undefined ? undefined : start.line + lineOffset,
    column: start?.column,
    endLine: end?.line === undefined ? undefined : end.line + lineOffset,
    endColumn: end?.column
  }
}

/** A moved copy: positions may be shared between claims, citations and messages, so never shift in place. */
function shifted<T extends Position | undefined>(position: T, lines: number, chars: number): T {
  if (!position || (lines === 0 && chars === 0)) return position
  const move = (point: Position['start']) => ({
    ...point,
    line: point.line + lines,
    ...(typeof point.offset === 'number' ? {offset: point.offset + chars} : {})
  })
  return {start: move(position.start), end: move(position.end)} as T
}

/** Makes the ledger's positions point into the file as written (front matter included). */
function shiftLedger(ledger: HealthClaimsLedger, lines: number, chars: number): HealthClaimsLedger {
  return {
    ...ledger,
    claims: ledger.claims.map((claim) => ({
      ...claim,
      position: shifted(claim.position, lines, chars),
      citations: claim.citations.map((citation) => ({...citation, position: shifted(citation.position, lines, chars)}))
    }))
  }
}
