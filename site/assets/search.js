// The search page: reads ?q=, searches Pagefind's static index (built with the site), and lists
// the results with a status a screen reader announces. Everything else on the site works without
// JavaScript; this page says so when it is off.
const status = document.getElementById('search-status')
const list = document.getElementById('search-results')
const input = document.getElementById('search-page-input')
const siteTitle = document.title.split(' – ').pop()
const query = (new URLSearchParams(location.search).get('q') ?? '').trim()

if (input) input.value = query
if (query && status && list) search(query)

async function search(text) {
  status.textContent = 'Searching…'
  let results
  try {
    // Relative to this script, so a site served under a path prefix finds its index.
    const pagefind = await import(new URL('../pagefind/pagefind.js', import.meta.url).href)
    const response = await pagefind.search(text)
    results = await Promise.all(response.results.slice(0, 20).map((result) => result.data()))
  } catch {
    status.textContent = 'Search is not working at the moment. Browse all articles or find an article by topic instead.'
    return
  }
  const quoted = `‘${text}’`
  document.title = `${results.length === 0 ? 'No results' : 'Search results'} for ${quoted} – ${siteTitle}`
  list.replaceChildren()
  if (results.length === 0) {
    status.textContent = `No articles match ${quoted}. Check the spelling, try fewer or different words, or find an article by topic.`
    const topics = document.createElement('a')
    topics.href = new URL('../topics/', new URL('../pagefind/', import.meta.url)).pathname
    topics.textContent = 'Browse topics'
    const item = document.createElement('li')
    item.className = 'search-results__none'
    item.append(topics)
    list.append(item)
    return
  }
  status.textContent = `${results.length} ${results.length === 1 ? 'article matches' : 'articles match'} ${quoted}`
  for (const result of results) {
    const item = document.createElement('li')
    item.className = 'search-results__item'
    const heading = document.createElement('h2')
    heading.className = 'search-results__title'
    const link = document.createElement('a')
    link.href = result.url
    link.textContent = result.meta?.title ?? result.url
    heading.append(link)
    const excerpt = document.createElement('p')
    // Pagefind's excerpt is text from our own pages, escaped, with the matches in <mark>.
    excerpt.innerHTML = result.excerpt
    item.append(heading, excerpt)
    list.append(item)
  }
}
