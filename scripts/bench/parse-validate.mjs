// Floor: the same as parse-only (js-yaml), plus validation against the program schema with one ajv compile.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import jsyaml from 'js-yaml';

const schema = JSON.parse(readFileSync(new URL('../../schemas/program.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const dir = process.argv[2];
let valid = 0;
for (const name of readdirSync(dir).sort()) {
  if (validate(jsyaml.load(readFileSync(join(dir, name), 'utf8'), { schema: jsyaml.CORE_SCHEMA }))) valid++;
}
process.stdout.write(`${valid}\n`);
