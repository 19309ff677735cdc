import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/cli.js';

const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { license: string; files: string[] };

describe('the published package', () => {
  it('ships an MIT LICENSE matching package.json, and a CHANGELOG with an Unreleased section', () => {
    expect(packageJson.license).toBe('MIT');
    expect(packageJson.files).toEqual(expect.arrayContaining(['LICENSE', 'CHANGELOG.md']));
    for (const file of ['LICENSE', 'CHANGELOG.md']) expect(existsSync(join(ROOT, file)), file).toBe(true);
    const license = readFileSync(join(ROOT, 'LICENSE'), 'utf8');
    expect(license).toMatch(/^MIT License\n/);
    expect(license).toContain('Copyright (c) the iop-audit contributors');
    expect(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8')).toMatch(/^## Unreleased\n\n- /m);
  });
});
