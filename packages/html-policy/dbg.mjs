import {fromMarkdown} from 'mdast-util-from-markdown'
import {toHast} from 'mdast-util-to-hast'
import {auditHtml, applyHtmlPolicy, toHastOptions, reparse} from './dist/index.js'
import {toHtml} from 'hast-util-to-html'
import {VFile} from 'vfile'
const md = process.argv[2]
const file = new VFile(md)
const hast = toHast(fromMarkdown(md), toHastOptions)
console.log(toHtml(reparse(structuredClone(hast), file)))
console.log(auditHtml(hast, {embedHosts: ['www.youtube-nocookie.com']}, file).map(r => JSON.stringify({...r, position: r.position?.start.line})))
console.log(toHtml(applyHtmlPolicy(hast, {embedHosts: ['www.youtube-nocookie.com']}, file)))
