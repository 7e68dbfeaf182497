/**
 * The shipped claim model's identity, without loading the classifier: tools that key caches
 * on it (caveat's lint cache, the Eleventy plugin's render cache) read this entry point, so
 * a run that finds every file in its cache never loads the parser, the tagger or the weights.
 */
export {claimModelDigest} from './claims/model.js'
