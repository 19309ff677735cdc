// Floor: read and parse every file with the same YAML library, nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

const dir = process.argv[2];
let count = 0;
for (const name of readdirSync(dir).sort()) {
  const doc = parseDocument(readFileSync(join(dir, name), 'utf8'));
  if (doc.toJS()) count++;
}
process.stdout.write(`${count}\n`);
