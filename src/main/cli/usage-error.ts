/**
 * Options that do not go together (`--lr-min` without a cosine schedule, `--hidden` on a branch):
 * bad usage, exit 2, reported in one line like commander's own usage errors.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}
