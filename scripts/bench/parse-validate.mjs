// Floor: read and parse every file with js-yaml and validate it against the program schema with one
// ajv compile. A file that does not parse is counted and passed over, as iop-audit reports it and goes on.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import jsyaml from 'js-yaml';

const schema = JSON.parse(readFileSync(new URL('../../schemas/program.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const dir = process.argv[2];
let valid = 0;
let unreadable = 0;
for (const name of readdirSync(dir).sort()) {
  let data;
  try {
    data = jsyaml.load(readFileSync(join(dir, name), 'utf8'), { schema: jsyaml.CORE_SCHEMA });
  } catch {
    unreadable++;
    continue;
  }
  if (validate(data)) valid++;
}
process.stdout.write(`${valid} valid, ${unreadable} unreadable\n`);
