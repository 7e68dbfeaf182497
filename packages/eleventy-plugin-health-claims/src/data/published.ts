/**
 * Whether a page is published: not a draft, and written to the output.
 * Drafts should set `draft: true` and `permalink: false` (often in a folder data file) so they are
 * rendered and checked, but never written.
 */
export function isDraft(data: Record<string, unknown>): boolean {
  return data.draft === true || data.draft === 'true'
}

export function isPublished(data: Record<string, unknown>): boolean {
  return !isDraft(data) && data.permalink !== false
}
