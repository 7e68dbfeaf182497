/** Short form of a sentence for a message: whole when short, else cut on a word with an ellipsis. */
export function quote(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max)
  const space = cut.lastIndexOf(' ')
  return (space > max / 2 ? cut.slice(0, space) : cut) + '…'
}

/** Whether the sentence is a question (it asks, it does not assert). */
export function isQuestion(text: string): boolean {
  return /\?["'”’)\]]*$/.test(text.trim())
}
