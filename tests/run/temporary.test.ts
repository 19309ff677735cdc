import { describe, expect, it } from 'vitest';
import { encoded } from '../../src/run/temporary.js';

describe('the encoding buffer for temporary files', () => {
  it('gives a text\'s UTF-8 bytes, whatever its characters and however large', () => {
    for (const text of ['', 'plain ASCII', 'ünïcödé — “quoted” 日本語 😀', 'x'.repeat(200_000), `${'é'.repeat(50_000)}😀${'a'.repeat(70_000)}`]) {
      expect(Buffer.from(encoded(text)).equals(Buffer.from(text, 'utf8'))).toBe(true);
    }
  });
});
