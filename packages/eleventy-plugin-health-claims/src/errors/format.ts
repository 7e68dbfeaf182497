import type {ArticleMessage} from '../types.js'

/** `content/a.md:12:3 unsourced-claim: reason` (then the note, indented), like a compiler. */
export function formatMessage(file: string, message: ArticleMessage): string {
  const place = message.line === undefined ? file : `${file}:${message.line}:${message.column ?? 1}`
  let line = `${place} ${message.ruleId ?? message.severity}: ${message.reason}`
  if (message.note) line += `\n    ${message.note.replace(/\n/g, '\n    ')}`
  if (message.url) line += `\n    ${message.url}`
  return line
}

/** Thrown when a published page has error-level findings. */
export class HealthClaimsBuildError extends Error {
  override name = 'HealthClaimsBuildError'
  constructor(
    readonly file: string,
    readonly messages: ArticleMessage[]
  ) {
    const count = messages.length === 1 ? '1 error' : `${messages.length} errors`
    super(
      `${messages.map((message) => formatMessage(file, message)).join('\n')}\n\n` +
        `eleventy-plugin-health-claims: ${file} has ${count} and is not a draft, so it can't be published. ` +
        `Fix each finding above (cite a source for the claim, or reword it), or mark the page ` +
        `\`draft: true\` with \`permalink: false\`, or build with \`mode: 'preview'\` to see the findings highlighted.`
    )
  }
}
