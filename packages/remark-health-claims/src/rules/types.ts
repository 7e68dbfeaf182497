/**
 * What a rule is: its documentation (rendered to `docs/rules/<id>.md` and run
 * as tests) and its check.
 */
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import type {Citation, ClaimStatus, Options, RuleId, SentenceClassification, Severity} from '../types.js'
import type {Document, Sentence} from '../sentences/index.js'
import type {CitationIndex} from '../citations/index.js'

/** A markdown example in a rule's documentation, with the exact messages it must give. */
export interface RuleExample {
  /** What the example shows. */
  title: string
  markdown: string
  /** Plugin options for this example (the rule runs at its default severity unless set). */
  options?: Options | undefined
  /** Expected messages of this rule, as `line:column-line:column: reason`. Empty for "ok" examples. */
  messages: string[]
}

/** A sentence with everything the rules need to know about it. */
export interface AnalyzedSentence extends Sentence {
  classification: SentenceClassification
  /** Citations bound under the configured scope. */
  citations: Citation[]
  status: ClaimStatus
  /** Author prose (not in a References section or a footnote definition). */
  prose: boolean
}

export interface Report {
  place: Position
  reason: string
  /** What to do about it. */
  note: string
  actual?: string | undefined
  expected?: string[] | undefined
  /** Sentence the message is about (recorded in the ledger when it is a claim). */
  sentence?: AnalyzedSentence | undefined
}

export interface RuleContext {
  file: VFile
  document: Document
  sentences: AnalyzedSentence[]
  citations: CitationIndex
  options: Options
  report: (report: Report) => void
}

export interface Rule<Id extends string = RuleId> {
  /** The rule's id, written once: `RuleId` is the union of the ids in `rules` (rules/index.ts). */
  id: Id
  defaultSeverity: Exclude<Severity, 'off'>
  /** One line: what the rule finds. */
  description: string
  /** Why it matters to a reader. */
  why: string
  /** How to fix it. */
  fix: string
  /** Regular expressions the rule matches prose with (exported so the test suite checks them for ReDoS). */
  patterns: RegExp[]
  examples: {ok: RuleExample[]; notOk: RuleExample[]}
  check: (context: RuleContext) => void
}
