import type {HtmlPolicyOptions} from 'caveat-html-policy'
import type {HealthClaimsLedger, Options as ClaimsOptions} from 'remark-health-claims'
import type {Position} from 'unist'
import {VFile} from 'vfile'
import type {ArticleMessage, RenderedArticle} from '../types.js'
import {splitsLikeEleventy} from './front-matter-boundary.js'
import {createProcessor} from './processor.js'

/** What a render needs; plain data, so it can be sent to a worker thread. */
export interface RenderTask {
  /** Markdown without its front matter. */
  body: string
  /**
   * The whole file, when `body` is what follows its front matter: then the file is parsed as
   * written (front matter block included), positions need no shifting, and a message that names
   * another line names it in the file. Else the body is parsed and positions are shifted.
   */
  file?: string | undefined
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
  const processorFor = (task: RenderTask, optionsKey: string, wholeFile: boolean) => {
    const cacheKey = optionsKey + (task.annotate ? ':annotate' : '') + (wholeFile ? ':file' : ':body')
    let processor = processors.get(cacheKey)
    if (!processor) {
      processor = createProcessor({...task.claims, annotate: task.annotate}, task.html, wholeFile)
      processors.set(cacheKey, processor)
    }
    return processor
  }
  return async function renderMarkdown(task, optionsKey) {
    if (task.file !== undefined) {
      const rendered = await render(processorFor(task, optionsKey, true), task, task.file)
      if (rendered) return rendered
    }
    return (await render(processorFor(task, optionsKey, false), task, undefined)) as RenderedArticle
  }
}

/**
 * Renders the whole file (`raw`) or the body. Returns `undefined` when the whole file's front
 * matter did not end where Eleventy's did: the caller renders the body instead.
 */
async function render(processor: ReturnType<typeof createProcessor>, task: RenderTask, raw: string | undefined): Promise<RenderedArticle | undefined> {
  const file = new VFile({path: task.inputPath, value: raw ?? task.body})
  // Options are fixed per processor; the page's front matter travels with the file, where
  // remark-health-claims looks for it (`file.data.matter`) when no `frontmatter` option is given.
  file.data.matter = task.frontmatter
  const lines = raw === undefined ? task.lineOffset : 0
  const chars = raw === undefined ? task.charOffset : 0
  file.data.lineOffset = lines
  const tree = processor.parse(file)
  if (raw !== undefined && !splitsLikeEleventy(tree, raw, task.body)) return undefined
  const hast = await processor.run(tree, file)
  const html = processor.stringify(hast, file)
  const ledger = (file.data.healthClaims as HealthClaimsLedger | undefined) ?? {claims: [], disclaimers: []}
  return {
    html: String(html),
    ledger: shiftLedger(ledger, lines, chars),
    messages: file.messages.map((message) => toArticleMessage(message, lines)),
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
