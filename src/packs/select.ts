import { DEFAULT_STANDARDS, packId } from '../core/engine.js';
import { suggest } from '../core/suggest.js';
import type { Pack } from './pack.js';

/** A selection that cannot be honoured: what was asked and what exists, for a one-line usage error. */
export class SelectionError extends Error {}

/**
 * The packs a run audits. Names come from `--standard` (repeatable; `all`),
 * else the config's `standards:`, else the defaults; packs read from files are
 * added, since a user who names a pack file wants it audited. A name may pin an
 * edition or year after `@` (`asam-criteria-3@2013`): a pack of another
 * edition is refused rather than audited under the wrong text.
 */
export function selectPacks(names: readonly string[] | undefined, known: readonly Pack[], fromFiles: readonly Pack[] = []): Pack[] {
  const wanted = names === undefined || names.length === 0 ? DEFAULT_STANDARDS : names;
  const selected = new Map<string, Pack>();
  for (const name of wanted) {
    if (name === 'all') {
      for (const pack of known) selected.set(pack.id, pack);
      continue;
    }
    const [id, pin] = splitPin(name);
    const pack = known.find((p) => p.id === packId(id));
    if (!pack) {
      // A name that starts a pack's ID (medicare for medicare-iop) is the likeliest meaning; else the nearest spelling.
      const guess = known.find((p) => p.id.startsWith(id.toLowerCase()))?.id ?? suggest(id, known.map((p) => p.id));
      throw new SelectionError(`unknown standard '${id}'${guess ? `; did you mean '${guess}'?` : `; known standards: ${known.map((p) => p.id).join(', ')}`}`);
    }
    if (pin !== undefined && pin !== pack.edition && pin !== String(pack.year)) {
      throw new SelectionError(`standard '${pack.id}' is ${pack.edition}${pack.year !== undefined ? ` (${pack.year})` : ''}, not the pinned '${pin}'`);
    }
    selected.set(pack.id, pack);
  }
  for (const pack of fromFiles) selected.set(pack.id, pack);
  // The document checks run in every audit; they are listed so that reports can rate them.
  for (const pack of known) if (pack.always) selected.set(pack.id, pack);
  return known.filter((p) => selected.has(p.id));
}

function splitPin(name: string): [string, string | undefined] {
  const at = name.indexOf('@');
  return at === -1 ? [name.trim(), undefined] : [name.slice(0, at).trim(), name.slice(at + 1).trim()];
}
