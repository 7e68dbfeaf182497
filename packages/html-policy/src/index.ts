/**
 * caveat-html-policy: one HTML policy for a health publication, shared by the site build
 * (`rehypeHtmlPolicy`) and `caveat lint` (`auditHtml`, the `raw-html` rule), so lint reports
 * exactly what the build removes.
 */
export {default} from './plugin.js'
export {default as rehypeHtmlPolicy} from './plugin.js'
export {createSchema, schema, strippedTagNames} from './schema.js'
export {applyHtmlPolicy, clobberPrefix, embedProblem, embedTagNames, hasRaw, reparse} from './policy.js'
export {auditHtml, removalLevel} from './audit.js'
export type {Removal, RemovalLevel} from './audit.js'
export {hostAllowed} from './hosts.js'
export {toHastOptions} from './options.js'
export type {HtmlPolicyOptions} from './options.js'
