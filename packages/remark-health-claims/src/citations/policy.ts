/**
 * Source policy: how far a cited URL can be trusted, by host.
 */
import type {SourcePolicy, SourceTrust} from '../types.js'

/** Hosts trusted by default: identifiers, literature databases, health authorities, major journals. */
const trustedHosts: readonly string[] = [
  'doi.org', 'dx.doi.org', 'pubmed.ncbi.nlm.nih.gov', 'ncbi.nlm.nih.gov', '*.nih.gov', 'europepmc.org',
  'who.int', '*.who.int', 'cochranelibrary.com', '*.cochranelibrary.com', 'cochrane.org', '*.cochrane.org',
  'cdc.gov', 'fda.gov', 'clinicaltrials.gov', '*.gov', '*.gov.uk', '*.gov.au', '*.gc.ca', 'nhs.uk', '*.nhs.uk',
  'nice.org.uk', 'ema.europa.eu', 'efsa.europa.eu', 'ecdc.europa.eu', 'nejm.org', 'thelancet.com', 'bmj.com',
  'jamanetwork.com', 'nature.com', 'science.org', 'journals.plos.org', 'academic.oup.com'
]

/** Hosts weak by default: shops, marketplaces, link shorteners and social media. */
const untrustedHosts: readonly string[] = [
  'amazon.*', 'amzn.to', 'a.co', 'etsy.com', 'ebay.*', 'aliexpress.com', 'walmart.com', 'iherb.com', 'temu.com',
  'shopify.com', '*.myshopify.com', 'gumroad.com', 'clickbank.net', '*.hop.clickbank.net', 'bit.ly', 'tinyurl.com',
  'facebook.com', 'fb.com', 'm.facebook.com', 'instagram.com', 'tiktok.com', 'x.com', 'twitter.com', 't.co',
  'reddit.com', 'old.reddit.com', 'youtube.com', 'youtu.be', 'pinterest.*', 'quora.com', 'threads.net',
  'snapchat.com', 'linktr.ee', 'medium.com'
]

/** The default source policy (a copy: change it freely). */
export const defaultSourcePolicy: Required<Pick<SourcePolicy, 'trusted' | 'untrusted'>> = {
  trusted: [...trustedHosts],
  untrusted: [...untrustedHosts]
}

/**
 * Query keys that mark affiliate or referral links (`?tag=` on Amazon,
 * `ref=`, `aff_id=`…). Tracking-only parameters (`utm_*`) do not make a
 * source weak on their own.
 */
const affiliateKeys: ReadonlySet<string> = new Set([
  'tag', 'ref', 'ref_', 'aff', 'affid', 'aff_id', 'affiliate', 'affiliate_id', 'irclickid', 'clickid', 'partner',
  'partnerid', 'associate', 'avad', 'sscid', 'ranmid', 'ransiteid', 'cjevent'
])

/** Whether `host` matches a policy entry: `example.com` (and its `www.`), `*.example.com` (subdomains and itself), `amazon.*` (any suffix). */
export function hostMatches(host: string, entry: string): boolean {
  const pattern = entry.toLowerCase().trim()
  const bare = host.replace(/^www\./, '')
  if (pattern.startsWith('*.')) {
    const suffix = pattern.slice(2)
    return bare === suffix || bare.endsWith('.' + suffix)
  }
  if (pattern.endsWith('.*')) {
    const name = pattern.slice(0, -2)
    return bare.startsWith(name + '.') && !bare.slice(name.length + 1).includes('/')
  }
  return bare === pattern.replace(/^www\./, '')
}

/** Whether the URL carries affiliate/referral markers. */
export function isAffiliate(url: URL): boolean {
  for (const key of url.searchParams.keys()) {
    const lower = key.toLowerCase()
    if (affiliateKeys.has(lower) || lower.includes('affiliate')) return true
  }
  // Amazon-style path referral (`/dp/B00X/ref=nosim`) and affiliate path prefixes.
  return /\/ref=|\/(?:aff|affiliate|go|recommends)\//i.test(url.pathname)
}

export interface TrustResult {
  trust: SourceTrust
  host?: string | undefined
}

/**
 * Trust of a URL under `policy`. Caller lists win over the defaults; trusted
 * wins over untrusted within a list; affiliate links are weak unless their
 * host is trusted.
 */
export function sourceTrust(href: string, policy: SourcePolicy | undefined): TrustResult {
  if (/^doi:/i.test(href)) return {trust: 'strong', host: 'doi.org'}
  let url: URL
  try {
    url = new URL(href)
  } catch {
    // Relative link: a page of the same site, neither vouched for nor suspect.
    return {trust: 'neutral'}
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return {trust: 'neutral'}
  const host = url.hostname.toLowerCase().replace(/\.$/, '')
  const matchesAny = (list: readonly string[] | undefined): boolean => (list ?? []).some((entry) => hostMatches(host, entry))

  if (matchesAny(policy?.trusted)) return {trust: 'strong', host}
  if (matchesAny(policy?.untrusted)) return {trust: 'weak', host}
  if (!policy?.replaceDefaults) {
    if (matchesAny(defaultSourcePolicy.trusted)) return {trust: 'strong', host}
    if (isAffiliate(url)) return {trust: 'weak', host}
    if (matchesAny(defaultSourcePolicy.untrusted)) return {trust: 'weak', host}
  } else if (isAffiliate(url)) {
    return {trust: 'weak', host}
  }
  return {trust: 'neutral', host}
}
