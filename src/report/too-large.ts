import { constants } from 'node:buffer';
import { UsageError } from '../cli/errors.js';
import { plural } from './sections.js';
import type { Format, Formatter } from './types.js';

/**
 * A report built whole is one string, and one string holds at most
 * MAX_STRING_LENGTH characters (about 512 Mi): past that, V8 throws "Invalid
 * string length" from deep inside the formatter, which the user would see as
 * an internal error. The run is refused instead, saying what to do.
 */
export function refusedWhenTooLarge(format: Format, formatter: Formatter): Formatter {
  return (result, context) => {
    try {
      return formatter(result, context);
    } catch (error) {
      if (!(error instanceof RangeError) || !/string length/i.test(error.message)) throw error;
      throw new UsageError(
        `the ${format} report of ${plural(result.documents.length, 'document')} is too large to build (over ${constants.MAX_STRING_LENGTH} characters): audit fewer documents at a time`,
      );
    }
  };
}
