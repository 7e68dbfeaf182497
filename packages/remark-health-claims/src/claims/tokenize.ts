/**
 * Sentence tokeniser for the claim classifier.
 *
 * Words are runs of letters/digits, optionally joined by an apostrophe or a
 * hyphen ("well-tolerated", "don't"); clause punctuation is kept as its own
 * token because hedges and verbs are only related within a clause.
 * The pattern has no nested ambiguity (the joiners are not word characters),
 * so matching is linear in the length of the input.
 */
export const tokenPattern = /[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*|[,;:?!()]/gu

/** Tokens that end a clause (a hedge before one does not govern a verb after it). */
export const clauseBreaks: ReadonlySet<string> = new Set([',', ';', ':', '?', '!', '(', ')'])

/** "it's" is "it is", not a possessive. */
const sContractions: ReadonlySet<string> = new Set(["it's", "that's", "there's", "here's", "what's", "who's", "he's", "she's", "let's", "one's"])

/**
 * Lowercased tokens of `text`. Curly apostrophes become straight ones and a
 * possessive `'s` is dropped, so "Kratom’s" and "Kratom's" both give "kratom"
 * (contractions such as "it's" are kept).
 */
export function tokenize(text: string): string[] {
  // `match` with a global pattern returns the strings alone: no match objects to allocate.
  const tokens = text.toLowerCase().match(tokenPattern) ?? []
  for (let index = 0; index < tokens.length; index++) {
    let token = tokens[index]!
    if (token.includes('\u2019')) token = token.replaceAll('\u2019', "'")
    if (token.endsWith("'s") && !sContractions.has(token)) token = token.slice(0, -2)
    tokens[index] = token
  }
  return tokens
}
