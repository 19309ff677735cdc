/**
 * YAML 1.2 core schema resolution of plain scalars (YAML 1.2.2 §10.3.2), in the
 * full reader's order, so that `1e3`, `0o17`, `.inf` or `Yes` read the same on
 * every reading path.
 */
export interface PlainType {
  tag: 'null' | 'bool' | 'int' | 'float';
  /** A cheap necessary condition: most scalars are words, and skip the pattern. */
  could: (source: string) => boolean;
  test: RegExp;
  construct: (source: string) => unknown;
}

/** Whether text starts with a character a number's pattern below can start with. */
const numberStart = (chars: string) => (s: string) => s.length > 0 && chars.includes(s[0]!);

export const PLAIN_TYPES: readonly PlainType[] = [
  { tag: 'null', could: (s) => s.length === 0 || (s.length <= 4 && '~nN'.includes(s[0]!)), test: /^(?:~|null|Null|NULL)?$/, construct: () => null },
  { tag: 'bool', could: (s) => (s.length === 4 || s.length === 5) && 'tTfF'.includes(s[0]!), test: /^(?:true|True|TRUE|false|False|FALSE)$/, construct: (s) => s[0] === 't' || s[0] === 'T' },
  {
    tag: 'int', could: numberStart('+-0123456789'), test: /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/,
    construct: (s) => s.startsWith('0o') ? parseInt(s.slice(2), 8) : s.startsWith('0x') ? parseInt(s.slice(2), 16) : parseInt(s, 10),
  },
  {
    tag: 'float', could: numberStart('+-.0123456789'),
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/,
    construct: (s) => /nan$/i.test(s) ? NaN : /inf$/i.test(s) ? (s[0] === '-' ? -Infinity : Infinity) : parseFloat(s),
  },
];

/** First letters of `null`, `true` and `false` in their three spellings. */
const MAY_START_KEYWORD = new Set([...'nNtTfF'].map((c) => c.charCodeAt(0)));

/** The value of a plain (unquoted) scalar: null, a boolean, a number or the text itself. */
export function resolvePlain(source: string): unknown {
  // Most scalars are words: a first letter that no null, boolean or number starts with settles it.
  const first = source.charCodeAt(0);
  // Words longer than `false` are no keyword either.
  if ((first >= 0x61 && first <= 0x7a) || (first >= 0x41 && first <= 0x5a)) {
    if (source.length > 5 || !MAY_START_KEYWORD.has(first)) return source;
  } else if (first >= 0x30 && first <= 0x39 && source.length < 16 && isDigits(source)) {
    // Counts and hours, the commonest numbers, read as the int type reads them.
    return Number.parseInt(source, 10);
  }
  for (const type of PLAIN_TYPES) if (type.could(source) && type.test.test(source)) return type.construct(source);
  return source;
}

function isDigits(source: string): boolean {
  for (let at = 0; at < source.length; at++) {
    const c = source.charCodeAt(at);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}
