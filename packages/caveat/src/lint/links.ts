/** Affiliate/sponsored links and disclosure statements, for the JAMA disclosure benchmark. */
import type {Nodes, Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {walk} from '../mdast/walk.js'

const affiliateHosts = /(^|\.)(amzn\.to|shareasale\.com|awin1\.com|clickbank\.net|hop\.clickbank\.net|rstyle\.me|go\.skimresources\.com|go\.redirectingat\.com|linksynergy\.com|click\.linksynergy\.com|anrdoezrs\.net|dpbolvw\.net|jdoqocy\.com|tkqlhce\.com|kqzyfj\.com|impact\.com|pntra\.com|avantlink\.com|shopstyle\.it|howl\.me)$/i
const affiliateParams = /^(tag|aff|affid|aff_id|affiliate|affiliate_id|partner|partnerid|associate|irclickid|clickref)$/i
const disclosure =
  /\b(disclosures?|we (?:may )?(?:earn|receive|get) (?:a )?(?:small )?commission|affiliate (?:links?|commission|partner)|sponsored (?:by|content|post)|paid (?:partnership|promotion)|conflicts? of interest)\b/i

export function isAffiliateUrl(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (affiliateHosts.test(parsed.hostname)) return true
  for (const [key, value] of parsed.searchParams) {
    if (affiliateParams.test(key)) return true
    if (key.toLowerCase() === 'utm_medium' && /affiliate|sponsor|partner/i.test(value)) return true
  }
  return false
}

export interface LinkFacts {
  affiliateLink?: {url: string; line: number} | undefined
  disclosureLine?: number | undefined
}

export function findDisclosureFacts(tree: Root): LinkFacts {
  const facts: LinkFacts = {}
  walk(tree, (unknownNode) => {
    const node = unknownNode as Nodes
    if (!facts.affiliateLink && (node.type === 'link' || node.type === 'definition') && isAffiliateUrl(node.url)) {
      facts.affiliateLink = {url: node.url, line: node.position?.start.line ?? 1}
    }
    if (!facts.affiliateLink && node.type === 'html' && /rel=["'][^"']*\bsponsored\b/i.test(node.value)) {
      facts.affiliateLink = {url: 'rel="sponsored"', line: node.position?.start.line ?? 1}
    }
    if (facts.disclosureLine === undefined && (node.type === 'paragraph' || node.type === 'heading') && disclosure.test(toString(node))) {
      facts.disclosureLine = node.position?.start.line ?? 1
    }
  })
  return facts
}
