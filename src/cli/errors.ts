/** The command could not do its job (bad usage, unreadable path, invalid config): exit code 2, one line on stderr. */
export class UsageError extends Error {
  override name = 'UsageError';
}
