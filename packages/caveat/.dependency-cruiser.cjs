/**
 * Architecture rules, checked in the test suite (test/architecture.test.ts) and runnable as
 * `npx depcruise src --config .dependency-cruiser.cjs`: lint, a11y and the HTML report are three
 * stages that meet only in the CLI shell (src/cli*, src/review.ts) and the shared report type.
 * The a11y engine is its own package (caveat-a11y, packages/a11y): only src/a11y (the command's
 * glue), the CLI shell, the config schema and the report type import it, never lint or the
 * HTML report. (The engine's own rule, that it imports nothing of caveat, is tested in packages/a11y.)
 */
const stages = ['lint', 'a11y', 'report-html']
/** caveat-a11y as dependency-cruiser resolves it: the workspace's built package (or an installed one). */
const a11yEngine = '^caveat-a11y(/|$)|(^|/)(node_modules/caveat-a11y|packages/a11y|\\.\\./a11y)/'

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: stages.map((stage) => ({
    name: `no-${stage}-to-other-stages`,
    comment: `src/${stage} must not import another stage (${stages.filter((other) => other !== stage).join(', ')}): they meet in the CLI shell and src/report-types.ts`,
    severity: 'error',
    from: {path: `^src/${stage}/`},
    to: {path: `^src/(${stages.filter((other) => other !== stage).join('|')})/`}
  })).concat({
    name: 'no-stage-but-a11y-to-caveat-a11y',
    comment: 'only src/a11y, the CLI shell, the config schema and src/report-types.ts import caveat-a11y',
    severity: 'error',
    from: {path: '^src/(lint|report-html)/'},
    to: {path: a11yEngine}
  }),
  options: {
    tsPreCompilationDeps: true,
    // Other workspaces are not followed: a dependency on one is seen, its insides are not cruised.
    doNotFollow: {path: ['node_modules', '^\\.\\./']},
    exclude: {path: '(^|/)node_modules/|^dist/'}
  }
}
