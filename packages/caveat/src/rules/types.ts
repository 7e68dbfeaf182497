/**
 * One rule model, the same as remark-health-claims': each of Caveat's rules is one file with
 * its id, default severity, what it checks, why, how to fix it, ok / not-ok examples (run as
 * tests, rendered into docs/rules/<id>.md) and its `check`. A rule's `stage` says when the
 * engine calls it and what it gets.
 */
import type {HtmlPolicyOptions} from 'caveat-html-policy'
import type {Root} from 'mdast'
import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import type {LintSettings} from '../config/schema.js'
import type {DocumentFacts} from '../lint/facts.js'

export type DefaultSeverity = 'error' | 'warn' | 'info'

/** An example from a rule's documentation; the rule tests run every one. */
export interface RuleExample {
  /** What the example shows. */
  title: string
  /** The file: markdown (with front matter where it matters). */
  markdown: string
  /** Instead of `markdown`: the file's bytes (a binary file, text in another encoding). */
  bytes?: number[] | undefined
  /** There is no file at this path. */
  missing?: boolean | undefined
  /** For "not ok" examples: the lines the rule must report. */
  lines?: number[] | undefined
  /** Fixed "today" for date-dependent rules (ISO date). */
  today?: string | undefined
  /** `lint` settings for this example (e.g. a small `maxFileSize`). */
  lint?: Partial<LintSettings> | undefined
}

/** What a rule reports: the message, and where. */
export interface RuleHit {
  message: string
  /** What to do, when it says more than the rule's `fix`. */
  note?: string | undefined
  line: number
  column?: number | undefined
  /** For rules whose messages each carry a severity (`perMessageSeverity`). */
  severity?: DefaultSeverity | undefined
}

/** What a tree rule reports: a message at a place in the file. */
export interface TreeHit {
  message: string
  note?: string | undefined
  place: Position | Point | undefined
  severity?: DefaultSeverity | undefined
}

interface RuleBase<Id extends string> {
  id: Id
  defaultSeverity: DefaultSeverity
  /**
   * Each message carries its own severity (`raw-html`: error for scripts, warning for other
   * markup); `defaultSeverity` is the highest. Setting the rule in `lint.rules` sets every message.
   */
  perMessageSeverity?: boolean | undefined
  /** One line: what the rule checks. */
  description: string
  /** Why it matters, for the docs. */
  why: string
  /** What to do when it fires. */
  fix: string
  examples: {ok: RuleExample[]; notOk: RuleExample[]}
}

/** What reading a file found, before it is parsed. */
export interface FileInput {
  /** Why it could not be read (`ENOENT`, `EACCES`…). */
  error?: NodeJS.ErrnoException | undefined
  isDirectory?: boolean | undefined
  size?: number | undefined
  /** The bytes, when the file was read. */
  bytes?: Buffer | undefined
}

/** Judges the file as bytes, before parsing; the first input rule that fires stops the file. */
export interface InputRule<Id extends string = string> extends RuleBase<Id> {
  stage: 'input'
  check(input: FileInput, lint: LintSettings): RuleHit | undefined
}

/** Reads the parsed tree (with every other check, before the cache). */
export interface TreeRule<Id extends string = string> extends RuleBase<Id> {
  stage: 'tree'
  /**
   * Load what `check` needs (a parser, a policy): the engine awaits it before the first file.
   * Commands that only read the rule list (config validation, a run answered by the cache) never load it.
   */
  load?: (() => Promise<void>) | undefined
  check(tree: Root, context: {file: VFile; html: HtmlPolicyOptions; report: (hit: TreeHit) => void}): void
}

/** Judges the whole document from facts gathered while parsing (cheap, runs after the cache: some depend on today's date). */
export interface DocumentRule<Id extends string = string> extends RuleBase<Id> {
  stage: 'document'
  check(facts: DocumentFacts, context: {lint: LintSettings; now: Date}): RuleHit[]
}

/** Reported by the engine itself when a check crashed on a file. */
export interface EngineRule<Id extends string = string> extends RuleBase<Id> {
  stage: 'engine'
  check(error: Error, context: {debug: boolean}): RuleHit
}

export type Rule<Id extends string = string> = InputRule<Id> | TreeRule<Id> | DocumentRule<Id> | EngineRule<Id>
