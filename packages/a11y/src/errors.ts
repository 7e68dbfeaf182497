/**
 * A run that cannot start: bad options or config, no site folder, no browser. Not a finding
 * and not a crash: a CLI maps it to its usage exit code (`caveat a11y` exits 2) and prints
 * the message alone, which always says what to do.
 */
export class A11yUsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'A11yUsageError'
  }
}
