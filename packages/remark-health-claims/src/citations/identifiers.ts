/**
 * Scholarly identifiers in URLs and text: DOIs and PubMed ids.
 *
 * Every pattern is linear-time: no nested quantifiers, no overlapping
 * alternatives under a repetition (checked with recheck in the test suite).
 */

/** A DOI anywhere in a string (`10.1000/xyz`, in `https://doi.org/…`, `doi:…` or a publisher URL). */
export const doiPattern = /\b10\.\d{4,9}\/[^\s"<>]+/i

/** `doi:10.…` or `DOI 10.…` written in prose. */
export const doiTextPattern = /\bdoi:?\s?(10\.\d{4,9}\/[^\s"<>]+)/gi

/** `PMID: 123456` or `PMID 123456` written in prose. */
export const pmidTextPattern = /\bPMID:?\s?(\d{1,9})\b/g

/** PubMed article URLs: `pubmed.ncbi.nlm.nih.gov/123/` and `ncbi.nlm.nih.gov/pubmed/123`. */
export const pmidUrlPattern = /(?:pubmed\.ncbi\.nlm\.nih\.gov\/|ncbi\.nlm\.nih\.gov\/pubmed\/)(\d{1,9})/i

/** Trailing punctuation that ends a sentence rather than a DOI (trimmed with a loop: `[…]+$` is quadratic). */
const trailing = '.,;:)]}\'"’”'

function trimTrailing(value: string): string {
  let end = value.length
  while (end > 0 && trailing.includes(value.charAt(end - 1))) end--
  return value.slice(0, end)
}

/** Normalised DOI (`10.xxxx/…`, lowercase) in `value`, if any. */
export function findDoi(value: string): string | undefined {
  const match = doiPattern.exec(value)
  if (!match) return undefined
  let doi = trimTrailing(match[0])
  try {
    doi = decodeURIComponent(doi)
  } catch {
    // Keep the raw form: a malformed escape is still the author's identifier.
  }
  return doi.toLowerCase()
}

/** PubMed id in a URL, if any. */
export function findPmid(url: string): string | undefined {
  return pmidUrlPattern.exec(url)?.[1]
}
