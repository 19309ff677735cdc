import { describe, expect, it } from 'vitest';
import { visible } from '../../src/report/visible.js';

describe('visible', () => {
  it('escapes control characters, and the invisible characters that disguise text on a terminal', () => {
    expect(visible('a\u001b[2Jb\tc\n')).toBe('a\\x1b[2Jb\\tc\\n');
    // A right-to-left override shows 'harmless‮lmay.exe' reversed; zero-width spaces and separators hide in plain sight.
    expect(visible('programs/harmless\u202elmay.exe')).toBe('programs/harmless\\u202elmay.exe');
    expect(visible('a\u200bb\u2028c\u2029d')).toBe('a\\u200bb\\u2028c\\u2029d');
    expect(visible('lone \ud800 surrogate')).toBe('lone \\ud800 surrogate');
    // Letters of every script, accents and emoji pass as they are.
    expect(visible('Programa de Recuperación · 회복 프로그램 · 🌱')).toBe('Programa de Recuperación · 회복 프로그램 · 🌱');
  });
});
