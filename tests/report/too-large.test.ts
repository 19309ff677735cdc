import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/errors.js';
import { auditText, buildResult } from '../../src/core/engine.js';
import { github } from '../../src/report/github.js';
import { html } from '../../src/report/html.js';
import { json } from '../../src/report/json.js';
import { markdown } from '../../src/report/markdown.js';
import type { Formatter } from '../../src/report/types.js';
import { RULES } from '../../src/packs/index.js';
import { withChanges } from '../support/audit.js';
import { context } from './fixture.js';

/**
 * A report built whole is one string, which V8 caps at about 512 Mi characters. Two
 * documents with a name (or, where names are not shown, a file name) of 256 Mi characters
 * make a report past the cap cheaply: the formats that are built whole refuse it in one
 * line, as a usage error, instead of failing with "Invalid string length".
 */
describe('a report too large to build', () => {
  const doc = auditText(withChanges({ 'services.drug_testing.method': 'hair' }), 'p.yaml', { rules: RULES });
  const long = 'x'.repeat(2 ** 28);

  it.each([
    ['html', html, { ...doc, name: long }],
    ['markdown', markdown, { ...doc, name: long }],
    ['json', json, { ...doc, name: long }],
    ['github', github, { ...doc, file: long }],
  ] as const)('%s is refused with a clear message', (format, formatter: Formatter, big) => {
    let thrown: unknown;
    try {
      formatter(buildResult([big, big], '0.0.0-test'), context);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UsageError);
    expect((thrown as Error).message).toMatch(new RegExp(`^the ${format} report of 2 documents is too large to build \\(over \\d+ characters\\): audit fewer documents at a time$`));
  }, 30_000);
});
