// Floor: read and parse every file with a YAML library, nothing else. The
// library is js-yaml (the fast reading path's; the default) or yaml (the full reader's).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsyaml from 'js-yaml';
import { parseDocument } from 'yaml';

const [dir, library = 'js-yaml'] = process.argv.slice(2);
const parse = library === 'yaml' ? (text) => parseDocument(text).toJS() : (text) => jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA });
let count = 0;
for (const name of readdirSync(dir).sort()) {
  if (parse(readFileSync(join(dir, name), 'utf8'))) count++;
}
process.stdout.write(`${count}\n`);
