import type {DisclaimerPosition, TopicDisclaimer} from '../types.js'
import type {DisclaimerDefinition} from './definition.js'
import {wordsToRegExp} from './match.js'

const positions = new Set<DisclaimerPosition>(['start', 'end', 'before-first-match'])
const builtinIds = new Set(['medical', 'advice', 'supplement'])

/** A topic disclaimer with its `match` turned into a RegExp. */
export interface CompiledTopic extends DisclaimerDefinition {
  pattern: RegExp
}

/**
 * Check `options.topics` and compile their `match`. Throws a TypeError that
 * names the topic and says what to fix: a bad option is a configuration
 * mistake, and silently inserting nothing would hide it.
 */
export function compileTopics(topics: unknown): CompiledTopic[] {
  if (topics === undefined || topics === null) return []
  if (!Array.isArray(topics)) {
    throw new TypeError('remark-health-claims: `options.topics` must be an array of `{id, match, title, text, position?}`')
  }

  const seen = new Set<string>()
  return topics.map((topic: Partial<TopicDisclaimer> | null | undefined, index): CompiledTopic => {
    const name = 'remark-health-claims: `options.topics[' + index + ']'
    if (typeof topic !== 'object' || topic === null) throw new TypeError(name + '` must be an object')
    const {id, match, title, text} = topic
    const position = topic.position ?? 'before-first-match'

    if (typeof id !== 'string' || !/^[A-Za-z0-9][\w-]*$/.test(id)) {
      throw new TypeError(name + '.id` must be a word such as `"pregnancy"` (letters, digits, `-`, `_`), got ' + JSON.stringify(id))
    }
    if (builtinIds.has(id)) {
      throw new TypeError(name + '.id` `' + id + '` is a built-in disclaimer; choose another id or configure `options.disclaimers`')
    }
    if (seen.has(id)) throw new TypeError(name + '.id` `' + id + '` is used by an earlier topic; ids must be unique')
    seen.add(id)
    if (typeof title !== 'string' || title.trim() === '') throw new TypeError(name + '.title` must be a non-empty string')
    if (typeof text !== 'string' || text.trim() === '') throw new TypeError(name + '.text` must be a non-empty markdown string')
    if (!positions.has(position)) {
      throw new TypeError(name + '.position` must be `"start"`, `"end"` or `"before-first-match"`, got ' + JSON.stringify(position))
    }

    let pattern: RegExp
    if (match instanceof RegExp) {
      pattern = match
    } else if (typeof match === 'string' || (Array.isArray(match) && match.every((word) => typeof word === 'string'))) {
      try {
        pattern = wordsToRegExp(typeof match === 'string' ? [match] : match)
      } catch {
        throw new TypeError(name + '.match` must hold at least one non-empty word')
      }
    } else {
      throw new TypeError(name + '.match` must be a word, a list of words or a RegExp')
    }

    return {id, title, text, position, pattern}
  })
}
