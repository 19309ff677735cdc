/** The command could not do its job (bad usage, unreadable path, invalid config): exit code 2, one line on stderr. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * A system error in plain words with its code, "no space left on device (ENOSPC)": the words are
 * the system's own, from the message Node gives ("ENOSPC: no space left on device, write"); an
 * error without them gives its code alone.
 */
export function describeError(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  if (code === undefined) return String(message ?? error);
  const words = new RegExp(`^${code}: (.+?)(?:, \\w+(?: '.*')?)?$`).exec(message)?.[1];
  return words ? `${words} (${code})` : code;
}
