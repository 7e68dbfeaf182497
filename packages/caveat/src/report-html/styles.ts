/**
 * The report's only stylesheet, inlined in every page (no network, one file per page).
 * Each status has a colour AND a pattern (underline style, border style) AND a
 * visible text tag, so nothing depends on colour alone; every colour pair is
 * at least 4.5:1.
 */
export const styles = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #4a4a4a; --line: #b1b4b6; --link: #0b4fa8; --bg: #fff; --panel: #f3f4f6;
  --sourced: #1d6b38; --sourced-bg: #e3f3e8; --weak: #7a4a00; --weak-bg: #fff1cc; --unsourced: #a4161a; --unsourced-bg: #fde7e7;
  --anecdotal: #5a2a82; --anecdotal-bg: #f1e8fa; --absolute: #0b4f8a; --absolute-bg: #e4eef8; --advice: #00574c; --advice-bg: #def3ef;
  --rule: #3d3d3d; --rule-bg: #ececec; --inserted: #303f9f; --inserted-bg: #e8eaf6; }
* { box-sizing: border-box; }
body { margin: 0; font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: var(--bg); overflow-wrap: break-word; }
a { color: var(--link); }
a:focus-visible, button:focus-visible, [tabindex]:focus-visible { outline: 3px solid #fd0; outline-offset: 0; box-shadow: 0 0 0 5px var(--ink); }
.skip-link { position: absolute; left: 0.5rem; top: -3rem; background: #fd0; color: var(--ink); padding: 0.5rem 1rem; z-index: 10; }
.skip-link:focus { top: 0.5rem; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0; }
header.banner { background: #1b1b1b; color: #fff; padding: 0.6rem 1.5rem; display: flex; gap: 1rem; align-items: baseline; flex-wrap: wrap; }
header.banner a, header.banner p { color: #fff; margin: 0; }
header.banner .product { font-weight: 700; }
main { padding: 1rem 1.5rem 3rem; max-width: 90rem; margin: 0 auto; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0.5rem 0 0.75rem; }
h2 { font-size: 1.35rem; margin: 1.5rem 0 0.5rem; }
.lede { color: var(--muted); margin-top: 0; max-width: 60rem; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; }
.facts { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; margin: 0 0 1rem; padding: 0; }
.facts div { border-left: 4px solid var(--line); padding: 0.1rem 0.6rem; }
.facts dt { font-size: 0.85rem; color: var(--muted); }
.facts dd { margin: 0; font-weight: 700; font-size: 1.15rem; }
.facts dd small { font-weight: 400; font-size: 0.85rem; color: var(--muted); }
/* Index table */
.table-wrap { overflow-x: auto; border: 1px solid var(--line); }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 700; padding: 0.5rem; }
caption p { font-weight: 400; margin: 0.25rem 0 0; color: var(--muted); font-size: 0.9rem; }
th, td { border-bottom: 1px solid var(--line); padding: 0.4rem 0.55rem; text-align: right; vertical-align: top; }
th:first-child, td:first-child { text-align: left; }
thead th { background: var(--panel); font-size: 0.9rem; white-space: nowrap; }
thead th button { font: inherit; font-weight: 700; color: var(--link); background: none; border: 0; padding: 0; cursor: pointer; text-decoration: underline; }
thead th[aria-sort] button::after { content: " ▼"; }
thead th[aria-sort="ascending"] button::after { content: " ▲"; }
tbody tr:nth-child(even) { background: #fafafa; }
tbody th { font-weight: 400; }
.path { display: block; font-size: 0.8rem; color: var(--muted); overflow-wrap: anywhere; }
td.hot { font-weight: 700; color: var(--unsourced); }
.draft { font-size: 0.8rem; border: 1px dashed var(--muted); padding: 0 0.3rem; margin-left: 0.3rem; }
.filter { margin: 0.5rem 0; }
.filter label { font-weight: 700; margin-right: 0.4rem; }
.filter input { font: inherit; padding: 0.25rem 0.4rem; border: 2px solid var(--ink); min-width: 18rem; max-width: 100%; }
/* Chart */
figure.chart { margin: 1rem 0 1.5rem; max-width: 48rem; }
figure.chart svg { width: 100%; height: auto; display: block; }
figure.chart figcaption { font-weight: 700; margin-bottom: 0.4rem; }
figure.chart table { max-width: 28rem; margin-top: 0.5rem; }
.swatch { display: inline-block; width: 1.4em; height: 0.9em; vertical-align: -0.1em; margin-right: 0.4em; border: 1px solid var(--ink); }
/* Legend */
.key { border: 1px solid var(--line); padding: 0.3rem 0.8rem; margin: 0.5rem 0 1rem; font-size: 0.85rem; line-height: 1.5; }
.key h3 { font-size: 0.95rem; margin: 0.2rem 0; }
.legend { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(19rem, 100%), 1fr)); gap: 0.2rem 1rem; padding: 0; list-style: none; margin: 0.2rem 0; }
.legend li { margin: 0; }
/* Article + findings */
.review { display: grid; gap: 2rem; grid-template-columns: minmax(0, 1fr); }
@media (min-width: 70rem) { .review { grid-template-columns: minmax(0, 48rem) minmax(22rem, 30rem); justify-content: start; gap: 3rem; } .panel { position: sticky; top: 0; align-self: start; max-height: 100vh; overflow-y: auto; } }
.article-text { max-width: 46rem; line-height: 1.8; }
.article-text table { font-size: 0.95rem; margin: 1rem 0; }
.article-text th, .article-text td { text-align: left; }
.panel { background: var(--panel); padding: 0 1rem 1rem; border: 1px solid var(--line); }
.panel h2 { margin-top: 1rem; }
.findings { list-style: none; padding: 0; margin: 0; }
.finding { background: #fff; border: 1px solid var(--line); border-left: 6px solid var(--rule); padding: 0.5rem 0.7rem; margin: 0 0 0.6rem; font-size: 0.92rem; }
.finding:target { outline: 3px solid #fd0; box-shadow: 0 0 0 5px var(--ink); }
.finding--error { border-left-color: var(--unsourced); border-left-style: double; border-left-width: 8px; }
.finding--warning { border-left-color: var(--weak); border-left-style: dashed; }
.finding--info { border-left-color: var(--absolute); border-left-style: dotted; }
.finding p { margin: 0.25rem 0; }
.finding .where { font-weight: 700; }
.severity { text-transform: uppercase; font-size: 0.75rem; letter-spacing: 0.04em; border: 1px solid currentColor; padding: 0 0.3rem; margin-right: 0.3rem; }
.severity--error { color: var(--unsourced); } .severity--warning { color: var(--weak); } .severity--info { color: var(--absolute); }
.finding .note { color: var(--muted); }
.finding pre { white-space: pre-wrap; word-break: break-all; font-size: 0.8rem; background: var(--panel); padding: 0.3rem; margin: 0.3rem 0; }
/* Highlights: colour + underline pattern + a visible [Label] tag. */
mark.claim { color: var(--ink); padding: 0.05em 0.1em; text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: 0.25em; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
mark.claim:target { outline: 3px solid #fd0; box-shadow: 0 0 0 5px var(--ink); }
mark.claim--sourced { background: var(--sourced-bg); text-decoration-color: var(--sourced); text-decoration-style: solid; }
mark.claim--weak { background: var(--weak-bg); text-decoration-color: var(--weak); text-decoration-style: dashed; }
mark.claim--unsourced { background: var(--unsourced-bg); text-decoration-color: var(--unsourced); text-decoration-style: wavy; }
mark.claim--advice { background: var(--advice-bg); text-decoration-color: var(--advice); text-decoration-style: dotted; }
mark.claim--finding { background: var(--rule-bg); text-decoration-color: var(--rule); text-decoration-style: dotted; }
mark.claim--finding.claim--anecdotal { background: var(--anecdotal-bg); text-decoration-color: var(--anecdotal); }
mark.claim--finding.claim--absolute { background: var(--absolute-bg); text-decoration-color: var(--absolute); text-decoration-style: double; }
mark.claim--finding.claim--weak { background: var(--weak-bg); text-decoration-color: var(--weak); text-decoration-style: dashed; }
mark.claim--finding.claim--advice { background: var(--advice-bg); text-decoration-color: var(--advice); }
.tag { display: inline-block; font-size: 0.75rem; line-height: 1.3; font-weight: 700; padding: 0 0.3em; margin: 0 0.15em 0 0; border: 2px solid; border-radius: 0.2em; text-decoration: none; white-space: nowrap; vertical-align: 0.1em; font-family: system-ui, sans-serif; }
a.tag:hover { text-decoration: underline; }
.tag--sourced { color: var(--sourced); background: var(--sourced-bg); border-style: solid; }
.tag--weak { color: var(--weak); background: var(--weak-bg); border-style: dashed; }
.tag--unsourced { color: var(--unsourced); background: var(--unsourced-bg); border-style: double; border-width: 3px; }
.tag--anecdotal { color: var(--anecdotal); background: var(--anecdotal-bg); border-style: dotted; }
.tag--absolute { color: var(--absolute); background: var(--absolute-bg); border-style: solid; border-width: 2px 2px 5px; border-radius: 0; }
.tag--advice { color: var(--advice); background: var(--advice-bg); border-style: solid; border-radius: 1em; }
.tag--rule { color: var(--rule); background: var(--rule-bg); border-style: dotted; font-family: ui-monospace, monospace; font-weight: 400; }
.tag--citation { color: var(--link); background: #fff; border-style: solid; border-width: 1px; font-weight: 400; }
.tag--inserted { color: var(--inserted); background: var(--inserted-bg); border-style: solid; }
aside.health-disclaimer { border: 3px double var(--inserted); background: var(--inserted-bg); padding: 0.3rem 1rem; margin: 1rem 0; }
.inserted-note { font-size: 0.9rem; margin: 0.4rem 0; }
.image-placeholder { display: inline-block; border: 1px dashed var(--muted); padding: 0.2rem 0.5rem; color: var(--muted); }
.hardest { font-size: 0.9rem; }
footer.site-footer { border-top: 1px solid var(--line); color: var(--muted); padding: 1rem 1.5rem; font-size: 0.9rem; }
@media print { .panel { position: static; max-height: none; } header.banner { background: none; color: var(--ink); } header.banner a, header.banner p { color: var(--ink); } }
`
