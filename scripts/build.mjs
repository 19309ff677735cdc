// Builds the tool: precompiles the JSON Schemas into standalone validators (so no
// schema is compiled at start-up), then bundles the CLI into dist/ with esbuild.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const schemas = { validateProgramSchema: 'program.schema.json' };
const optionalSchemas = { validateConfigSchema: 'config.schema.json', validatePackSchema: 'pack.schema.json' };

// The program schema is compiled apart, with its repeated subschemas hoisted (see hoistRepeated),
// into src/generated/program-validator.js, which validators.js exports with the others.
const options = { allErrors: true, strict: true, code: { source: true, esm: true, lines: false } };
const ajv = new Ajv2020(options);
const programAjv = new Ajv2020({ ...options, inlineRefs: false });
const exportsMap = {};
const schemaFiles = {};
for (const [name, file] of Object.entries({ ...schemas, ...optionalSchemas })) {
  let schema;
  try {
    schema = JSON.parse(readFileSync(join(root, 'schemas', file), 'utf8'));
  } catch (error) {
    if (name in optionalSchemas && error.code === 'ENOENT') continue;
    throw error;
  }
  schemaFiles[file] = schema;
  if (name === 'validateProgramSchema') programAjv.addSchema(hoistRepeated(schema), file);
  else ajv.addSchema(schema, file);
  exportsMap[name] = file;
}
const { validateProgramSchema: programFile, ...otherFiles } = exportsMap;
const programCode = stringListDuplicates(sharedSchemaObjects(standaloneCode(programAjv, { validateProgramSchema: programFile }), programAjv));
const code = `export { validateProgramSchema } from './program-validator.js';\n${Object.keys(otherFiles).length > 0 ? sharedSchemaObjects(standaloneCode(ajv, otherFiles), ajv) : ''}`;

/**
 * The program schema repeats subschemas (the `evidence` list of each section, 33 times): for the
 * validator each is hoisted into $defs and referred to, so that ajv writes its code once (the
 * program validator 299 -> 224 KB, its compiled code in the command line's cache 294 -> 227 KB).
 * schemas/ is unchanged. A subschema with additionalProperties stays in place: src/core/validate.ts
 * looks that error's schemaPath up in the schema file. Any other error is the same (keyword,
 * instancePath, params, message, and its place among the others) but for its schemaPath, which
 * names the $defs entry.
 */
function hoistRepeated(schema) {
  const SUBSCHEMA_MAPS = ['properties', 'patternProperties', '$defs'];
  const SUBSCHEMAS = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains'];
  const SUBSCHEMA_LISTS = ['anyOf', 'oneOf', 'allOf', 'prefixItems'];
  /** Calls `visit` on each subschema of `node` (not on `node`); it returns a replacement, or undefined to keep it and look inside it. */
  const mapSubschemas = (node, visit) => Object.fromEntries(Object.entries(node).map(([keyword, value]) => {
    const sub = (s) => (s !== null && typeof s === 'object' ? visit(s) ?? mapSubschemas(s, visit) : s);
    if (SUBSCHEMA_MAPS.includes(keyword)) return [keyword, Object.fromEntries(Object.entries(value).map(([k, s]) => [k, sub(s)]))];
    if (SUBSCHEMAS.includes(keyword)) return [keyword, sub(value)];
    if (SUBSCHEMA_LISTS.includes(keyword)) return [keyword, value.map(sub)];
    return [keyword, value];
  }));
  const counts = new Map();
  mapSubschemas(schema, (s) => {
    const text = JSON.stringify(s);
    counts.set(text, (counts.get(text) ?? 0) + 1);
    return undefined;
  });
  // Worth a function of its own: repeated, and more than a type or a bound.
  const hoisted = new Map([...counts].filter(([text, count]) => count > 1 && text.length >= 60 && !text.includes('"additionalProperties"'))
    .map(([text], i) => [text, `repeated${i}`]));
  const $defs = {};
  const result = mapSubschemas(schema, (s) => {
    const name = hoisted.get(JSON.stringify(s));
    if (name === undefined) return undefined;
    $defs[name] = s;
    return { $ref: `#/$defs/${name}` };
  });
  if ('$defs' in schema) throw new Error('hoistRepeated: the schema has $defs of its own');
  return { ...result, $defs };
}

/**
 * ajv checks `uniqueItems` on a list of strings with a fresh object used as a dictionary
 * (`indices[item] = i`): every `evidence` list of every section builds one, with the
 * references as its keys (~25% of the program validator's time). Each such check is given
 * to stringDuplicate instead, which finds the same pair: ajv walks the list from its end and
 * reports the first item with a copy after it (i) and that copy (j), and breaks. A key
 * "__proto__" never counts in ajv's object (it reads the prototype, and cannot be set to a
 * number), so it never counts here either. The error object's code is kept as ajv wrote it.
 */
function stringListDuplicates(source) {
  const check = /const (indices\d+) = \{\};for\(;(i\d+)--;\)\{let (item\d+) = (data\d*)\[\2\];if\(typeof \3 !== "string"\)\{continue;\}if\(typeof \1\[\3\] == "number"\)\{(j\d+) = \1\[\3\];(const err\d+ = \{[^;]*\};if\(vErrors === null\)\{vErrors = \[err\d+\];\}else \{vErrors\.push\(err\d+\);\}errors\+\+;)break;\}\1\[\3\] = \2;\}/g;
  const checks = source.match(/keyword:"uniqueItems"/g)?.length ?? 0;
  let replaced = 0;
  const result = source.replace(check, (_, indices, i, item, data, j, error) => {
    replaced++;
    const pair = indices.replace('indices', 'duplicate');
    return `const ${pair} = stringDuplicate(${data});if(${pair} !== undefined){${i} = ${pair}.i;${j} = ${pair}.j;${error}}`;
  });
  if (replaced === 0 || replaced !== checks) throw new Error(`stringListDuplicates: ${replaced} of ${checks} uniqueItems checks rewritten (ajv's code changed?)`);
  // The pair of a list's strings that ajv's uniqueItems reports, undefined if none: a short list
  // (an evidence list has a few references) by comparing, a long one through a Map.
  const STRING_DUPLICATE = `function stringDuplicate(list){const n = list.length;\
if(n <= 16){for(let i = n - 1; i >= 0; i--){const item = list[i];if(typeof item !== "string" || item === "__proto__"){continue;}\
for(let j = i + 1; j < n; j++){if(list[j] === item){return {i, j};}}}return undefined;}\
const later = new Map();for(let i = n - 1; i >= 0; i--){const item = list[i];if(typeof item !== "string" || item === "__proto__"){continue;}\
const j = later.get(item);if(j !== undefined){return {i, j};}later.set(item, i);}return undefined;}`;
  return result.replace(/(export const validateProgramSchema = validate\d+;)/, `$1${STRING_DUPLICATE}`);
}

/**
 * The validators read enums and property lists from the schemas (for errors' allowedValues, and
 * additionalProperties): ajv writes each schema into the code, beside the copy that
 * src/core/validate.ts imports. Each is replaced by an import of the schema file (40 KB less to
 * read and build at every start), once every path the code reads in it is checked to give the
 * same value there (the program validator is compiled from the schema with its repeats hoisted).
 */
function sharedSchemaObjects(source, compiler) {
  let shared = source;
  for (const [file, schema] of Object.entries(schemaFiles)) {
    if (!compiler.getSchema(file)) continue;
    const compiled = compiler.getSchema(file).schema;
    // ajv declares it as `const schema<n> = <the schema as JSON>;`.
    const value = ` = ${JSON.stringify(compiled)};`;
    const at = shared.indexOf(value);
    const name = at === -1 ? undefined : /const (schema\d+)$/.exec(shared.slice(0, at))?.[1];
    if (name === undefined) throw new Error(`no schema object for ${file} in the validators`);
    for (const [, path] of shared.matchAll(new RegExp(`\\b${name}((?:\\.[\\w$]+|\\[\\d+\\])+)`, 'g'))) {
      const read = (object) => path.slice(1).split(/\.|(?=\[)/).reduce((node, key) => node?.[key.replace(/^\[(\d+)\]$/, '$1')], object);
      // A `properties` object is read for its keys (is a key known?), hoisting changed its values.
      const same = path.endsWith('.properties')
        ? Object.keys(read(compiled) ?? {}).join() === Object.keys(read(schema) ?? {}).join()
        : JSON.stringify(read(compiled)) === JSON.stringify(read(schema));
      if (!same || read(compiled) === undefined) throw new Error(`${name}${path} differs in schemas/${file}`);
    }
    shared = `${shared.slice(0, at - `const ${name}`.length)}${shared.slice(at + value.length)}`;
    shared = shared.replace(/^("use strict";)?/, `$1import ${name} from '../../schemas/${file}' with { type: 'json' };`);
  }
  return shared;
}
const generated = join(root, 'src', 'generated');
mkdirSync(generated, { recursive: true });
writeAtomically(join(generated, 'validators.js'), `// Generated by scripts/build.mjs from schemas/: do not edit.\n${code}`);
writeAtomically(join(generated, 'program-validator.js'), `// Generated by scripts/build.mjs from schemas/program.schema.json: do not edit.\n${programCode}`);
writeAtomically(
  join(generated, 'validators.d.ts'),
  '// Generated by scripts/build.mjs: do not edit.\nimport type { SchemaValidator } from \'../core/validate.js\';\n' +
    Object.keys(exportsMap).map((name) => `export declare const ${name}: SchemaValidator;\n`).join(''),
);

/**
 * The program schema as src/core/readings.ts walks a document: each field with a vocabulary (an
 * `enum`, or an open list's `anyOf` branch with one), and the way down to it. Made here, so that
 * no run walks the ~300 nodes of the schema (0.3 ms of a one-document run) to find the few dozen.
 */
function programShapeModule(schema) {
  const shapeOf = (node, field) => {
    const open = node.anyOf?.find((branch) => branch.enum)?.enum;
    const all = node.enum ?? open;
    const parts = [`field: ${JSON.stringify(field)}`];
    if (all && all.every((word) => typeof word === 'string')) parts.push(`words: vocabulary(${JSON.stringify(all)}, ${!node.enum})`);
    const properties = Object.entries(node.properties ?? {}).flatMap(([key, child]) => {
      // A literal's __proto__ key would set its prototype rather than name a field.
      if (key === '__proto__') throw new Error('programShapeModule: the program schema names a field __proto__');
      const inner = shapeOf(child, field ? `${field}.${key}` : key);
      return inner ? [`${JSON.stringify(key)}: ${inner}`] : [];
    });
    if (properties.length > 0) parts.push(`properties: { ${properties.join(', ')} }`);
    const items = node.items ? shapeOf(node.items, field) : undefined;
    if (items) parts.push(`items: ${items}`);
    return parts.length > 1 ? `{ ${parts.join(', ')} }` : undefined;
  };
  return `// Generated by scripts/build.mjs from schemas/program.schema.json: do not edit.
const vocabulary = (all, open) => ({ all, known: new Set(all), open });
let shape;
export function programShape() {
  return (shape ??= ${shapeOf(schema, '') ?? 'undefined'});
}
`;
}
writeAtomically(join(generated, 'program-shape.js'), programShapeModule(schemaFiles['program.schema.json']));
writeAtomically(
  join(generated, 'program-shape.d.ts'),
  "// Generated by scripts/build.mjs: do not edit.\nimport type { Shape } from '../core/readings.js';\nexport declare function programShape(): Shape | undefined;\n",
);

// The cache is keyed on this: any change to the sources, schemas or version gives a new ID.
const hash = createHash('sha256');
for (const file of [...listFiles(join(root, 'src')).filter((f) => !f.includes(`${join('src', 'generated')}`)), ...listFiles(join(root, 'schemas')), join(root, 'package.json')].sort()) {
  hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
}
const buildId = hash.digest('hex').slice(0, 16);
writeAtomically(join(generated, 'build-id.js'), `// Generated by scripts/build.mjs: do not edit.\nexport const BUILD_ID = '${buildId}';\n`);
writeAtomically(join(generated, 'build-id.d.ts'), '// Generated by scripts/build.mjs: do not edit.\nexport declare const BUILD_ID: string;\n');

/**
 * Replaces `specifier` with `contents` when a module of package `importer` imports it: for
 * start-up work a dependency does that this tool never needs.
 */
function stub(name, specifier, importer, contents) {
  return {
    name,
    setup(build) {
      // esbuild's filters are Go regular expressions, where an escaped punctuation mark is itself.
      const filter = new RegExp(`^${specifier.replace(/\W/g, '\\$&')}$`);
      build.onResolve({ filter }, (args) =>
        args.importer.includes(join('node_modules', importer)) ? { path: specifier, namespace: name } : undefined);
      build.onLoad({ filter: /.*/, namespace: name }, () => ({ contents, loader: 'js' }));
    },
  };
}

// Commander loads node:child_process at start-up for subcommands that are separate programs,
// which this tool does not have (a few milliseconds of every run): it gets a stand-in that
// loads the module only if a process is ever spawned.
const lazyChildProcess = stub('lazy-child-process', 'node:child_process', 'commander',
  "module.exports = { get spawn() { return require('node:child_process').spawn; } };");
// Chalk detects terminal colour support when it loads (node:tty and node:os, a few milliseconds
// of every start). The tool decides colour itself (useColor in src/cli/main.ts) and gives Chalk
// its level, so Chalk gets a detector that finds none.
const noColorDetection = stub('no-color-detection', '#supports-color', 'chalk', 'export default { stdout: false, stderr: false };');

/**
 * Node.js modules that cost start-up time for what few runs use get a stand-in whose functions load
 * the module when first called: node:fs/promises loads a dozen modules of Node.js (its readline
 * interface, file watchers: 0.8 ms) for what only --cache and a GitHub job summary use; node:v8
 * (0.5 ms, with its heap utilities and serializer) is for the heap guard, which first looks at the
 * heap after 64 documents, and for worker threads; node:os (0.15 ms) for the thread count and
 * temporary files, which a one-document run without --cache never asks for.
 */
function lazyBuiltin(specifier) {
  const name = `lazy-${specifier.replace(/\W/g, '-')}`;
  const module = createRequire(import.meta.url)(`node:${specifier}`);
  // Its functions, as an ES module: the tool's imports bind to them directly (a CommonJS stand-in
  // was copied, getter by getter, into a namespace object for each module importing it). A name
  // that is not such a function (a class, a constant) has no stand-in: importing it fails the build.
  const functions = Object.keys(module).filter((key) => typeof module[key] === 'function' && /^[a-z]/.test(key)).sort();
  return {
    name,
    setup(build) {
      build.onResolve({ filter: new RegExp(`^(node:)?${specifier.replace(/\W/g, '\\$&')}$`) }, (args) => {
        if (args.namespace === name) return { path: `node:${specifier}`, external: true };
        // Only the tool's own modules: a dependency may read the module's constants.
        return args.importer.includes(`${sep}node_modules${sep}`) ? undefined : { path: `node:${specifier}`, namespace: name };
      });
      build.onLoad({ filter: /.*/, namespace: name }, () => ({
        loader: 'js',
        contents: `const load = () => require('node:${specifier}');\n${functions.map((key) =>
          `export function ${key}(...args) { return load().${key}(...args); }\n`).join('')}`,
      }));
    },
  };
}

/**
 * A package the tool's own modules import but few runs use: they get `contents` instead, a
 * stand-in that requires the package when first used (the stand-in's own require reaches the
 * package itself; a dependency that imports it gets it as it is).
 */
function lazyPackage(specifier, contents) {
  const name = `lazy-${specifier}`;
  return {
    name,
    setup(build) {
      build.onResolve({ filter: new RegExp(`^${specifier.replace(/\W/g, '\\$&')}$`) }, (args) =>
        (args.namespace !== name && !args.importer.includes(`${sep}node_modules${sep}`) ? { path: specifier, namespace: name } : undefined));
      build.onLoad({ filter: /.*/, namespace: name }, () => ({ loader: 'js', resolveDir: root, contents }));
    },
  };
}

// Picomatch (glob matching: --ignore, exclude:, .gitignore rules, waivers' files:) builds its tables
// when it loads, which a run that matches no glob (a file named on the command line, no config)
// need not pay: it is loaded at the first pattern compiled.
const lazyPicomatch = lazyPackage('picomatch', "let picomatch;\nmodule.exports = (...args) => (picomatch ??= require('picomatch'))(...args);\n");
// Chalk is for a terminal's colours: its set-up (every style's getters) is paid only when a run
// paints, as src/report/table.ts asks for its Chalk only then; CI, files and pipes never do.
const lazyChalk = lazyPackage('chalk', "let chalk;\nmodule.exports = { get Chalk() { return (chalk ??= require('chalk')).Chalk; } };\n");

// Most documents are read by the plain-shape reader alone, so the YAML libraries (a third of the
// code) live in a bundle of their own, dist/yaml-libraries.cjs, started from its code cache the first
// time a document or config needs them: the loader below stands in for src/yaml/yaml-loader.ts.
const lazyYamlLibraries = {
  name: 'lazy-yaml-libraries',
  setup(build) {
    // Every importer's path to it (src/docs/format.ts imports ../yaml/yaml-loader.js): one that
    // the filter missed put both YAML libraries back in the command line's bundle.
    build.onResolve({ filter: /^\.\.?\/(?:yaml\/)?yaml-loader\.js$/ }, (args) =>
      (join(args.resolveDir, args.path) === join(root, 'src', 'yaml', 'yaml-loader.js') ? { path: 'yaml-loader', namespace: 'lazy-yaml-libraries' } : undefined));
    build.onResolve({ filter: /^\.\.\/bin\/load-bundle\.cjs$/, namespace: 'lazy-yaml-libraries' }, (args) => ({ path: args.path, external: true }));
    build.onLoad({ filter: /.*/, namespace: 'lazy-yaml-libraries' }, () => ({
      loader: 'js',
      // `require` and `__dirname` are the bundle's own (see bin/load-bundle.cjs): paths from dist/.
      contents: `let libraries;
export function yamlLibraries() {
  return (libraries ??= require('../bin/load-bundle.cjs').load(require('node:path').join(__dirname, 'yaml-libraries.cjs')).exports.YAML_LIBRARIES);
}`,
    }));
  },
};

// A fresh dist/ each time: nothing from an earlier build is left beside the bundles and their caches.
rmSync(join(root, 'dist'), { recursive: true, force: true });
// Bundles are minified but keep their names (stack traces under --debug stay readable): a third
// less to read at every start, measured at about 7 ms of a one-document run.
const common = {
  bundle: true, platform: 'node', target: 'node20', sourcemap: false, legalComments: 'none', logLevel: 'warning',
  minifyWhitespace: true, minifySyntax: true, plugins: [lazyChildProcess, noColorDetection, lazyBuiltin('fs/promises'), lazyBuiltin('v8'), lazyBuiltin('os'), lazyPicomatch, lazyChalk],
};

/**
 * Bundles an entry (a file, or `{ contents }` of a module written here) into one CommonJS file,
 * `dist/<name>.cjs`, that bin/load-bundle.cjs can start from V8's code cache. Its first line names
 * it by content: a cache is used only with the bundle it was made for. Returns the files bundled
 * (absolute paths).
 */
async function bundleForCodeCache(entry, name, plugins = []) {
  const result = await build({
    ...common,
    plugins: [...common.plugins, ...plugins],
    ...(typeof entry === 'string' ? { entryPoints: [entry] } : { stdin: { contents: entry.contents, resolveDir: root, sourcefile: `${name}-entry.js`, loader: 'js' } }),
    absWorkingDir: root,
    format: 'cjs',
    write: false,
    metafile: true,
    outfile: join(root, 'dist', `${name}.cjs`),
    // import.meta.url (worker bundles, the installed schema) stands for the bundle's own file, made
    // when first asked for: a one-document run never asks, and making it costs 0.3 ms (node:url).
    define: { 'import.meta.url': '__importMeta.url' },
    banner: { js: "const __importMeta = { get url() { return require('node:url').pathToFileURL(__filename).href; } };" },
  });
  const bundle = result.outputFiles[0].text;
  // bin/load-bundle.cjs reads bundles as latin1: esbuild writes other characters as escapes (charset: ascii).
  if (/[^\x00-\x7f]/.test(bundle)) throw new Error(`dist/${name}.cjs has a character outside ASCII: bin/load-bundle.cjs would misread it`);
  // A bundle is given bin/load-bundle.cjs's require (see there): a path it requires must resolve from bin/ as from dist/.
  for (const [, path] of bundle.matchAll(/\brequire\(\s*["'](\.[^"']*)["']\s*\)/g)) {
    if (path !== '../bin/load-bundle.cjs') throw new Error(`dist/${name}.cjs requires ${path}: bin/load-bundle.cjs would resolve it from bin/`);
  }
  // The bundle runs as a plain script, where import() of a module outside it has no loader.
  if (/(?<![\w.$])import\(/.test(bundle)) throw new Error(`dist/${name}.cjs would call import(): load that module with a static import`);
  // Written as the function bin/load-bundle.cjs calls with the module's variables, so that V8
  // compiles the file as read: joining 0.85 MB to a wrapper at every start took 0.7 ms.
  const code = `(function (exports, require, module, __filename, __dirname) {${bundle}\n})`;
  const key = `// code cache key: ${createHash('sha256').update(code).digest('hex')}`;
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeAtomically(join(root, 'dist', `${name}.cjs`), `${key}\n${code}`);
  // Modules of a plugin's own namespace (`lazy-yaml-libraries:yaml-loader`) are no files.
  // A JSON module is named with its import attributes (`schemas/program.schema.json with { type: 'json' }`).
  return new Set(Object.keys(result.metafile.inputs).filter((input) => !/^[a-z-]+:/.test(input)).map((input) => join(root, input.replace(/ with \{.*\}$/, ''))));
}

// What a plain audit with the table report never runs lives in a bundle of its own,
// dist/on-demand.cjs, started from its code cache the first time a run asks for it: every module
// the command line loads with import() (the other report formats, diff, schema --field, the
// worker pool, a glob's search), but the table report and the audit cache, which a
// one-document run uses (88 KB of dist/cli.cjs). The modules both bundles use are in
// dist/cli.cjs alone: on-demand.cjs requires `on-demand-host:<path>` and the command line hands it its
// own (see bin/load-bundle.cjs), so that each module has one copy of its state and of its classes.
const STAY_IN_CLI = new Set([join(root, 'src', 'report', 'table.ts'), join(root, 'src', 'run', 'cache.ts')]);
const HOST = 'on-demand-host:';
const pathKey = (file) => relative(root, file).split(sep).join('/');

/**
 * The command line's side: each module it loads with import() (but those of STAY_IN_CLI) is a
 * stand-in that starts dist/on-demand.cjs and takes that module from it. The modules found so far
 * are added to `onDemand`; `lent` are the command line's modules that on-demand.cjs asks for.
 */
function onDemandImports(onDemand, lent) {
  return {
    name: 'on-demand-imports',
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind !== 'dynamic-import' || args.pluginData === 'resolving') return undefined;
        const resolved = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'resolving' });
        if (resolved.errors.length > 0 || resolved.external || resolved.namespace !== 'file' || STAY_IN_CLI.has(resolved.path)) return undefined;
        onDemand.add(resolved.path);
        // Named .cjs: a stand-in for an .mjs file is a CommonJS module all the same.
        return { path: `${pathKey(resolved.path)}.cjs`, namespace: 'on-demand', pluginData: pathKey(resolved.path) };
      });
      build.onResolve({ filter: /^on-demand-host$/ }, () => ({ path: 'on-demand-host', namespace: 'on-demand' }));
      build.onResolve({ filter: /^\.\.\/bin\/load-bundle\.cjs$/, namespace: 'on-demand' }, (args) => ({ path: args.path, external: true }));
      build.onLoad({ filter: /.*/, namespace: 'on-demand' }, (args) => ({
        loader: 'js',
        resolveDir: root,
        // `require` and `__dirname` are the bundle's own (see bin/load-bundle.cjs): paths from dist/.
        contents: args.path === 'on-demand-host'
          ? `module.exports = function lend(path) {\n  switch (path) {\n${[...lent].sort().map((path) =>
            `    case ${JSON.stringify(path)}: return require(${JSON.stringify(join(root, path))});\n`).join('')}  }\n  throw new Error(\`dist/cli.cjs has no module \${path} to lend\`);\n};\n`
          : `module.exports = require('../bin/load-bundle.cjs').loadOnce(require('node:path').join(__dirname, 'on-demand.cjs'), require('on-demand-host')).exports.modules[${JSON.stringify(args.pluginData)}];\n`,
      }));
    },
  };
}

/** The on-demand bundle's side: a module the command line has (but JSON) is required from it (`on-demand-host:<path>`) and added to `lent`. */
function fromCommandLine(cliModules, lent) {
  return {
    name: 'from-command-line',
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind === 'entry-point' || args.pluginData === 'resolving') return undefined;
        const resolved = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'resolving' });
        // JSON (the schemas) is data no one changes: on-demand.cjs has its own copy.
        if (resolved.errors.length > 0 || resolved.external || !cliModules.has(resolved.path) || resolved.path.endsWith('.json')) return undefined;
        lent.add(pathKey(resolved.path));
        return { path: `${HOST}${pathKey(resolved.path)}`, external: true };
      });
    },
  };
}

// The command line, first without the modules it lends (to learn which modules it has), then the
// on-demand bundle (to learn which of them it asks for), then the command line lending them.
// A module the command line also imports statically (src/packs/crosswalk.ts) stays in it.
const onDemand = new Set();
const lent = new Set();
const cliEntry = join(root, 'src', 'cli', 'main.ts');
let cliModules;
for (;;) {
  onDemand.clear();
  cliModules = await bundleForCodeCache(cliEntry, 'cli', [lazyYamlLibraries, onDemandImports(onDemand, new Set())]);
  const imported = [...onDemand].filter((file) => cliModules.has(file));
  if (imported.length === 0) break;
  for (const file of imported) STAY_IN_CLI.add(file);
}
await bundleForCodeCache({
  contents: `module.exports.modules = {\n${[...onDemand].sort().map((file) =>
    `  get ${JSON.stringify(pathKey(file))}() { return require(${JSON.stringify(file)}); },\n`).join('')}};\n`,
}, 'on-demand', [lazyYamlLibraries, fromCommandLine(cliModules, lent)]);
const lending = await bundleForCodeCache(cliEntry, 'cli', [lazyYamlLibraries, onDemandImports(new Set(), lent)]);
if ([...lending].sort().join() !== [...cliModules].sort().join()) throw new Error(`lending modules changed what dist/cli.cjs holds: ${[...lending].filter((f) => !cliModules.has(f)).join(', ')} / ${[...cliModules].filter((f) => !lending.has(f)).join(', ')}`);

// The two kinds of worker thread (auditing only; auditing and writing the report), and the YAML libraries.
await bundleForCodeCache(join(root, 'src', 'run', 'worker.ts'), 'worker', [lazyYamlLibraries]);
await bundleForCodeCache(join(root, 'src', 'run', 'report-worker.ts'), 'report-worker', [lazyYamlLibraries]);
await bundleForCodeCache(join(root, 'src', 'yaml', 'yaml-libraries.ts'), 'yaml-libraries');

const cache = spawnSync(process.execPath, [join(root, 'scripts', 'code-cache.cjs')], { stdio: 'inherit' });
if (cache.status !== 0) throw new Error('making the code cache failed');

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)]);
}

function writeAtomically(path, text) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}
