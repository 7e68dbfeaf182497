/**
 * Architecture rules, checked in the test suite (test/architecture.test.ts) and runnable as
 * `npx depcruise src --config .dependency-cruiser.cjs`: lint, a11y and the HTML report are three
 * stages that meet only in the CLI shell (src/cli*, src/review.ts) and the shared report type.
 */
const stages = ['lint', 'a11y', 'report-html']

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: stages.map((stage) => ({
    name: `no-${stage}-to-other-stages`,
    comment: `src/${stage} must not import another stage (${stages.filter((other) => other !== stage).join(', ')}): they meet in the CLI shell and src/report-types.ts`,
    severity: 'error',
    from: {path: `^src/${stage}/`},
    to: {path: `^src/(${stages.filter((other) => other !== stage).join('|')})/`}
  })),
  options: {
    tsPreCompilationDeps: true,
    doNotFollow: {path: 'node_modules'},
    exclude: {path: '(^|/)(dist|node_modules)/'}
  }
}
