import type {Reporter} from './types.js'

/** The report itself: what `caveat report merge` and `caveat report` read. */
export const json: Reporter = (report) => JSON.stringify(report, null, 2) + '\n'
