// The topic disclaimers configured for this publication (caveat.config.mjs), listed on the
// editorial policy page so readers can see every notice we may add and why.
import caveatConfig from '../../caveat.config.mjs'

export default {
  topics: (caveatConfig.claims?.topics ?? []).map((topic) => ({
    id: topic.id,
    title: topic.title,
    text: topic.text,
    match: Array.isArray(topic.match) ? topic.match : [String(topic.match)]
  }))
}
