/** True when `host` is one of `patterns` (exact, or `*.suffix` for any subdomain of suffix). */
export function hostAllowed(host: string, patterns: readonly string[]): boolean {
  const name = host.toLowerCase()
  for (const pattern of patterns) {
    const lower = pattern.toLowerCase()
    if (lower.startsWith('*.')) {
      const suffix = lower.slice(1)
      if (name.endsWith(suffix) && name.length > suffix.length) return true
    } else if (name === lower) return true
  }
  return false
}

/** Host of an absolute `https:` URL, else `undefined` (embeds over http or relative never pass). */
export function httpsHost(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' ? parsed.hostname : undefined
  } catch {
    return undefined
  }
}
