/**
 * The `html` format of an a11y report: one self-contained, accessible page. (A lint report's
 * `html` is the reviewer's report, report-html/.) Hand-written: no maintained formatter renders
 * WCAG criteria, selectors and HTML context, and the page is small.
 */
import type {FileReport, Report, ReportMessage} from '../report-types.js'

function e(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
}

const understanding = (criterion: string) => `https://www.w3.org/WAI/WCAG22/quickref/#:~:text=${encodeURIComponent(criterion)}`

function anchor(index: number): string {
  return `page-${index + 1}`
}

function issue(message: ReportMessage): string {
  const wcag = message.wcag ? `<a href="${e(understanding(message.wcag.criterion))}">${e(message.wcag.criterion)}</a> (${e(message.wcag.level)})` : '—'
  return `<li class="issue ${message.severity}">
      <p><strong class="severity">${e(message.severity)}</strong> ${e(message.message)}</p>
      <dl>
        <dt>Code</dt><dd><code>${e(message.ruleId)}</code> <span class="source">(${e(message.source)})</span></dd>
        <dt>WCAG criterion</dt><dd>${wcag}</dd>
        ${message.selector ? `<dt>Selector</dt><dd><code>${e(message.selector)}</code></dd>` : ''}
        ${message.line ? `<dt>Source line</dt><dd>${message.line}</dd>` : ''}
        ${message.context ? `<dt>Context</dt><dd><pre><code>${e(message.context)}</code></pre></dd>` : ''}
        ${message.screenshot && /^data:image\/png;base64,[A-Za-z0-9+/=]+$/.test(message.screenshot) ? `<dt>Screenshot</dt><dd><img class="shot" src="${e(message.screenshot)}" alt="The failure as the check saw it (${e(message.ruleId)})"></dd>` : ''}
        ${message.note ? `<dt>Detail</dt><dd>${e(message.note)}</dd>` : ''}
        ${message.url ? `<dt>Rule docs</dt><dd><a href="${e(message.url)}">How to fix <span class="visually-hidden">${e(message.ruleId)}</span></a></dd>` : ''}
      </dl>
    </li>`
}

function page(file: FileReport, index: number): string {
  const errors = file.messages.filter((m) => m.severity === 'error').length
  const warnings = file.messages.filter((m) => m.severity === 'warning').length
  return `<section aria-labelledby="${anchor(index)}">
  <h2 id="${anchor(index)}">${e(file.path)}</h2>
  <p>${file.failed ? '<strong>Failed to run.</strong> ' : ''}${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${file.sourcePath ? `. Source: <code>${e(file.sourcePath)}</code>` : ''}</p>
  ${file.messages.length ? `<ol class="issues">\n    ${file.messages.map(issue).join('\n    ')}\n  </ol>` : '<p>No issues found.</p>'}
</section>`
}

/** One self-contained, accessible HTML page: pages sorted by issue count (failed first), every issue with code, criterion, selector, context and docs link. */
export function a11yHtml(report: Report): string {
  const order = report.files
    .map((file, index) => ({file, index}))
    .sort((a, b) => Number(b.file.failed ?? false) - Number(a.file.failed ?? false) || b.file.messages.length - a.file.messages.length || a.file.path.localeCompare(b.file.path))
    .map(({file}) => file)
  const {files, errors, warnings, failed} = report.summary
  const verdict = errors > 0 || failed > 0 ? 'Fails' : 'Passes'
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${verdict}: accessibility report (${errors} errors) — Caveat</title>
<style>
  body { font: 1rem/1.5 system-ui, sans-serif; color: #1b1b1b; background: #fff; margin: 0 auto; max-width: 60rem; padding: 1rem; }
  a { color: #1d4ed8; } a:focus { outline: 3px solid #b45309; outline-offset: 2px; }
  .skip { position: absolute; left: -999rem; } .skip:focus { position: static; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  section { border-top: 2px solid #6b7280; margin-top: 2rem; }
  h2 { overflow-wrap: anywhere; }
  .issues { padding-left: 1.5rem; }
  .issue { margin-bottom: 1rem; border-left: 4px solid #6b7280; padding-left: .75rem; }
  .issue.error { border-color: #b91c1c; } .issue.error .severity { color: #b91c1c; }
  .issue.warning { border-color: #92400e; } .issue.warning .severity { color: #92400e; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0; }
  dt { font-weight: 600; } dd { margin: 0; min-width: 0; }
  pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f3f4f6; padding: .5rem; margin: 0; }
  code { overflow-wrap: anywhere; }
  .shot { max-width: 100%; height: auto; border: 1px solid #6b7280; }
  table { border-collapse: collapse; } th, td { text-align: left; padding: .25rem .75rem .25rem 0; }
</style>
</head>
<body>
<a class="skip" href="#main">Skip to the results</a>
<header><p>Caveat ${e(report.version)} · accessibility (pa11y)${report.shard ? ` · shard ${report.shard.index}/${report.shard.total}` : ''}</p></header>
<main id="main">
<h1>${verdict}: ${errors} error${errors === 1 ? '' : 's'} on ${files} page${files === 1 ? '' : 's'}</h1>
<table>
  <caption class="visually-hidden">Summary</caption>
  <tr><th scope="row">Pages</th><td>${files}</td></tr>
  <tr><th scope="row">Errors</th><td>${errors}</td></tr>
  <tr><th scope="row">Warnings</th><td>${warnings}</td></tr>
  <tr><th scope="row">Failed to run</th><td>${failed}</td></tr>
</table>
<nav aria-labelledby="contents"><h2 id="contents">Pages, most issues first</h2>
<ol>
${order.map((file) => `  <li><a href="#${anchor(report.files.indexOf(file))}">${e(file.path)}</a> — ${file.failed ? 'failed to run' : `${file.messages.length} issue${file.messages.length === 1 ? '' : 's'}`}</li>`).join('\n')}
</ol>
</nav>
${order.map((file) => page(file, report.files.indexOf(file))).join('\n')}
</main>
</body>
</html>
`
}
