import type {LintSettings} from '../config/schema.js'
import type {DocumentFacts} from '../lint/facts.js'

export type DefaultSeverity = 'error' | 'warn' | 'info'

/** An example from a rule's documentation; the rule tests run every one. */
export interface RuleExample {
  /** Markdown (with front matter where it matters). */
  markdown: string
  /** For "not ok" examples: the lines the rule must report. */
  lines?: number[]
  /** Fixed "today" for date-dependent rules (ISO date). */
  today?: string
}

export interface RuleMeta {
  id: string
  /** One line: what the rule checks. */
  description: string
  /** Why it matters, for the docs. */
  rationale: string
  severity: DefaultSeverity
  /**
   * Each message carries its own severity (`raw-html`: error for scripts, warning for other
   * markup); `severity` is the highest. Setting the rule in `lint.rules` sets every message.
   */
  perMessageSeverity?: boolean | undefined
  /** What to do when it fires. */
  note: string
  examples: {ok: RuleExample[]; notOk: RuleExample[]}
}

export interface RuleHit {
  message: string
  note?: string
  line: number
  column?: number
}

/** A rule that judges the whole document from facts gathered while parsing (cheap, runs after the cache). */
export interface DocumentRule extends RuleMeta {
  check(facts: DocumentFacts, context: {lint: LintSettings; now: Date}): RuleHit[]
}
