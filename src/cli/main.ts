import { existsSync, fstatSync, statSync, writeSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import programSchema from '../../schemas/program.schema.json' with { type: 'json' };
import packageJson from '../../package.json' with { type: 'json' };
import { addSummary, emptySummary, tally } from '../core/engine.js';
import { DEFAULT_MAX_FILE_SIZE_KB } from '../yaml/decode.js';
import { readerCounts } from '../yaml/fast-load.js';
import type { DocumentResult, Summary } from '../core/types.js';
import { BUILD_ID } from '../generated/build-id.js';
import { checkReadable } from '../run/read.js';
import { auditSources, defaultThreads, readSources, triage, WORKER_THRESHOLD } from '../run/run.js';
import type { ReportHooks } from '../run/pool.js';
import type { BatchSource } from '../run/report-worker.js';
import { decide, loadPolicy, type PolicySetup } from '../run/policy.js';
import { baselineEntriesOf, baselineFileText, baselineNotice, type BaselineFileEntry } from '../config/baseline.js';
import type { AuditSettings } from '../run/settings.js';
import { allPacks, allRules, findRule } from '../packs/index.js';
import type { Pack } from '../packs/pack.js';
import { SelectionError, selectPacks } from '../packs/select.js';
import { explainJson, explainRule, rulesJson, rulesList, standardsJson, standardsList } from '../docs/catalog.js';
import { FORMATS, loadFormatter, loadReport, type Format, type FormatContext } from '../report/index.js';
import { loadConfig, today, type LoadedConfig } from '../config/config.js';
import { engagementOf } from '../config/engagement.js';
import { configPackPaths, loadPackFiles, type PackFile } from './packs.js';
import { discover, realOrSame } from './discover.js';
import { describeError, UsageError } from './errors.js';
import { editDistance, suggest } from '../core/suggest.js';
import { CROSSWALK_FORMATS, formatCrosswalk, type CrosswalkFormat } from '../report/crosswalk.js';
import { visible } from '../report/visible.js';
import { EXIT, exitCode, exitReason, type ExitCode, type WarningLimit } from './exit-code.js';
import { checkTarget, isStandardOutput, openAtomically, writeAtomically, type AtomicFile } from './output.js';
import { reportWriter, type Destination, type ReportWriter } from '../run/report-writer.js';
import type { AuditCache, MemoRecorder } from '../run/cache.js';
import { template } from '../init/template.js';
import { completionScript, completionSpec, SHELLS, type Shell } from './completion.js';

export interface Io {
  stdout: {
    write(chunk: string | Uint8Array): unknown;
    isTTY?: boolean;
    columns?: number;
    /** When the reader is behind (a slow pipe), resolves once it has caught up; otherwise undefined. */
    drained?(): Promise<void> | undefined;
    /** Resolves once all that was written has gone out, with the error that stopped writing if one did. */
    settled?(): Promise<NodeJS.ErrnoException | undefined>;
  };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** Standard input, read no further than one byte past `limit` (enough to refuse it). */
  readStdin(limit: number): Promise<Uint8Array>;
  cwd: string;
  env: Record<string, string | undefined>;
}

/**
 * A standard stream that a failed write does not bring down: EPIPE (the reader has gone,
 * `| head -1`) or ENOSPC (`> /dev/full`) stops further writes, and the error is kept for the
 * end of the run, which decides what it means once the exit code is known (see reportDelivered).
 * A stream to a file or to the null device is written with writeSync, as Node.js's own stream
 * for it would (its SyncWriteStream), without loading Node.js's stream modules (see plainFile).
 */
function guarded(fd: number, stream: () => NodeJS.WriteStream) {
  let failure: NodeJS.ErrnoException | undefined;
  let watching = false;
  let direct: boolean | undefined;
  const fail = (error?: Error | null) => {
    if (error) failure ??= error;
  };
  const isDirect = () => (direct ??= plainFile(fd));
  return {
    write(chunk: string | Uint8Array): unknown {
      if (failure) return true;
      if (isDirect()) {
        try {
          if (typeof chunk === 'string') writeSync(fd, chunk);
          else writeSync(fd, chunk);
        } catch (error) {
          fail(error as Error);
        }
        return true;
      }
      const out = stream();
      if (!watching) out.on('error', fail);
      watching = true;
      return out.write(chunk, fail);
    },
    get isTTY() { return isDirect() ? undefined : stream().isTTY; },
    get columns() { return isDirect() ? undefined : stream().columns; },
    // Writes to a pipe that is full are queued in memory: a large report waits for its reader instead.
    drained(): Promise<void> | undefined {
      if (failure || isDirect()) return undefined;
      const out = stream();
      if (!out.writableNeedDrain) return undefined;
      return new Promise<void>((resolve) => {
        // A stream that fails while the report waits for it never drains.
        const done = () => {
          out.off('drain', done).off('close', done);
          resolve();
        };
        out.on('drain', done).on('close', done);
      });
    },
    settled(): Promise<NodeJS.ErrnoException | undefined> {
      // A write's callback comes after those of the writes before it.
      return new Promise((resolve) => (failure || !watching ? resolve(failure) : stream().write('', () => resolve(failure))));
    },
  };
}

/**
 * Whether `fd` is a regular file or the null device, which Node.js writes synchronously (not a
 * terminal, a pipe or a socket): a one-document run sent to a file or to /dev/null then never
 * loads Node.js's stream modules (~1.5 ms). Any other device (a terminal, /dev/full) takes the
 * stream Node.js makes for it.
 */
function plainFile(fd: number): boolean {
  try {
    const stat = fstatSync(fd);
    return stat.isFile() || (stat.isCharacterDevice() && stat.rdev === statSync('/dev/null').rdev);
  } catch {
    return false;
  }
}

const defaultIo: Io = {
  stdout: guarded(1, () => process.stdout),
  stderr: guarded(2, () => process.stderr),
  readStdin: async (limit) => {
    const chunks: Buffer[] = [];
    let total = 0;
    // An endless input (`< /dev/zero`) is read only as far as its refusal needs.
    for await (const chunk of process.stdin) {
      chunks.push(chunk as Buffer);
      total += (chunk as Buffer).length;
      if (total > limit) break;
    }
    return Buffer.concat(chunks);
  },
  cwd: process.cwd(),
  env: process.env,
};

interface CatalogOptions {
  pack?: string[];
  config?: string;
}

/**
 * Reads the config and adds the pack files of --pack and of the config's packs: to the catalog.
 * The files named on the command line come first, so that the config may refer to their rules.
 */
async function catalogOf(options: CatalogOptions, io: Io): Promise<LoadedConfig & { packFiles: PackFile[]; fromFiles: Pack[] }> {
  const fromOptions = loadPackFiles((options.pack ?? []).map((path) => ({ path, from: io.cwd })), io.cwd);
  let fromConfig: ReturnType<typeof loadPackFiles> = { files: [], loaded: [] };
  const loaded = await loadConfig(options.config, io.cwd, (config, path) => {
    fromConfig = loadPackFiles(configPackPaths(config.packs, path), io.cwd);
    return allRules();
  });
  return {
    ...loaded,
    packFiles: [...fromOptions.files, ...fromConfig.files],
    fromFiles: [...fromOptions.loaded, ...fromConfig.loaded].map((l) => l.pack),
  };
}

/** The packs to audit, or a one-line usage error (an unknown pack with a did-you-mean, an edition other than the pinned one). */
function selected(names: readonly string[] | undefined, fromFiles: readonly Pack[]): Pack[] {
  try {
    return selectPacks(names, allPacks(), fromFiles);
  } catch (error) {
    if (error instanceof SelectionError) throw new UsageError(error.message);
    throw error;
  }
}

/** Commander's way to collect a repeatable option. */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

interface ReportOptions {
  format?: ReportSpec[];
  output?: string;
  /** Pack IDs (repeatable), `all`, or a pinned edition (`asam-criteria-3@2013`). */
  standard?: string[];
  /** Pack files (repeatable). */
  pack?: string[];
  failOn?: 'error' | 'warning';
  config?: string;
  baseline?: string;
  writeBaseline?: string;
  maxWarnings?: number;
  maxFileSize?: number;
  cache?: boolean;
  cacheLocation?: string;
  threads?: number;
  quiet?: boolean;
  color?: boolean;
  /** Globs a search passes over (repeatable), relative to the working directory. */
  ignore?: string[];
  /** false with --no-ignore-vcs: .gitignore files are not honoured. */
  ignoreVcs?: boolean;
  stdinFilename?: string;
  client?: string;
  auditor?: string;
  reviewDate?: string;
  technical?: boolean;
}

const DEFAULT_CACHE_LOCATION = '.iop-audit-cache';

const EXAMPLES = `
Examples:
  $ iop-audit examples/                      audit every *.yaml / *.yml under examples/
  $ iop-audit program.yaml --format json     machine-readable report
  $ iop-audit "programs/**/*.yaml" --format sarif --output audit.sarif
  $ iop-audit programs/ -f sarif:audit.sarif -f github    two reports from one audit
  $ cat program.yaml | iop-audit -           audit standard input
  $ iop-audit explain monitor-abstinence     one rule in full
  $ iop-audit diff visit-1.json visit-2.json what changed between two JSON reports

Exit codes: 0 every document passed; 1 a document failed or is invalid; 2 the command could not run.`;

/** Runs the command line and returns the exit code; it never calls process.exit. */
export async function main(argv: readonly string[], io: Io = defaultIo): Promise<ExitCode> {
  let code: ExitCode = EXIT.ok;
  /** Why a run that found failures ends with 1, said last on stderr (after the report, so a CI log ends with it). */
  let reason: string | undefined;
  const debug = argv.includes('--debug');
  const program = new Command()
    .name('iop-audit')
    .description('Audit intensive outpatient program documents against SAMHSA TIP 47 and the joint ASAM/APA/AAAP specifications.')
    .version(packageJson.version, '-v, --version')
    .option('--debug', 'show a stack trace when the tool itself fails')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // Commander's own errors become the one-line form every usage error takes.
      outputError: (text) => io.stderr.write(`iop-audit: ${text.replace(/^error: /, '').trim()}\n`),
    })
    .addHelpText('after', EXAMPLES);

  const withReportOptions = (command: Command) =>
    command
      .option('-f, --format <format>', `report format: ${FORMATS.join(', ')} (default: table); repeatable, each format optionally followed by :<file> to write it there, so that one run writes several reports (-f sarif:audit.sarif -f github)`, reportSpec)
      .option('-o, --output <file>', 'write the report of the format given without a file to this file (atomically) instead of standard output (- for standard output)', fileName('--output'))
      .option('--standard <pack>', 'a pack to audit, by ID (repeatable; all for every pack; default: the config\'s, else samhsa-tip47 and joint; see `iop-audit standards`)', collect)
      .option('--pack <file>', 'a pack file to add and audit (repeatable; see packs/README.md)', collect)
      .addOption(new Option('--fail-on <severity>', 'lowest severity that fails a document (default: error)').choices(['error', 'warning']))
      .option('--max-warnings <n>', 'fail when there are more than n warnings', (v) => parseCount(v, '--max-warnings'))
      .option('--max-file-size <kb>', `refuse documents larger than this many KiB (default ${DEFAULT_MAX_FILE_SIZE_KB})`, (v) => parseCount(v, '--max-file-size'))
      .option('-c, --config <file>', 'config file (default: .iop-audit.yaml found from the working directory upward, up to the repository\'s top folder)', fileName('--config'))
      .option('--baseline <file>', 'a baseline file (see --write-baseline) or an earlier JSON report: findings recorded there do not fail the run (matched by file, rule and fingerprint; see docs/baselines.md)', fileName('--baseline'))
      .option('--write-baseline <file>', 'also write this run\'s failures (not waived ones) to a baseline file, paths relative to its folder; the run is judged as usual', fileName('--write-baseline'))
      .option('--cache', 'reuse results for documents unchanged since the last run')
      .option('--cache-location <file>', `where the cache lives (default: ${DEFAULT_CACHE_LOCATION})`, fileName('--cache-location'))
      .option('--threads <n>', 'worker threads for runs of 500 documents or more (default: none on one or two cores, else one per core, at most 8; 1 for none; never more than the cores)', (v) => positive(v, '--threads'))
      .option('--ignore <glob>', 'pass over files and folders matching this glob in a search, relative to the working directory (repeatable; also exclude: in the config)', collect)
      .option('--no-ignore-vcs', 'do not honour .gitignore files when searching folders and globs')
      .option('--stdin-filename <name>', 'the name of the document read from standard input, in reports and for waivers and exclude:')
      .option('-q, --quiet', 'report failures only')
      .option('--no-color', 'no colour in terminal output (also NO_COLOR)')
      .option('--client <name>', 'client organization on the cover of HTML and Markdown reports (overrides the config\'s engagement:)')
      .option('--auditor <name>', 'who reviewed, as "Name, credentials" (cover and sign-off; overrides the config)')
      .option('--review-date <YYYY-MM-DD>', 'date of the review on the cover (default: the config\'s, else today)')
      .option('--technical', 'HTML and Markdown: also show file positions, JSON pointers and YAML examples')
      .addHelpText('after', EXAMPLES);

  withReportOptions(program.command('audit', { isDefault: true }))
    .description('validate, then audit every program document found (files, directories, globs, or - for standard input)')
    .argument('[paths...]', 'files, directories, globs, or - for standard input')
    .action(async (paths: string[], options: ReportOptions) => {
      code = await runAudit(paths, options, io, 'audit', (why) => { reason = why; });
    });

  // The other commands are registered only when the arguments could name one (or ask for help): a
  // run of the default command does not build the others' options and help (commander dispatches to
  // the default command whenever its first operand names no command).
  if (mayNameAnotherCommand(argv)) {
    withReportOptions(program.command('validate'))
      .description('check documents against the program schema only (no audit)')
      .argument('[paths...]', 'files, directories, globs, or - for standard input')
      .action(async (paths: string[], options: ReportOptions) => {
        for (const [key, flag] of AUDIT_ONLY) {
          if (options[key] !== undefined) throw new UsageError(`${flag} applies to audit, not validate`);
        }
        code = await runAudit(paths, options, io, 'validate', (why) => { reason = why; });
      });

    const withCatalogOptions = (command: Command) =>
      command
        .option('--pack <file>', 'add a pack file to the catalog (repeatable)', collect)
        .option('-c, --config <file>', 'config file whose packs: to add (default: .iop-audit.yaml found from the working directory upward)', fileName('--config'));

    withCatalogOptions(program.command('rules'))
      .description('list the rule catalog')
      .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']))
      .action(async (options: CatalogOptions & { format?: 'table' | 'json' }) => {
        await catalogOf(options, io);
        io.stdout.write(options.format === 'json' ? rulesJson(allRules()) : rulesList(allRules()));
      });

    withCatalogOptions(program.command('standards'))
      .description('list the packs of standards: edition, jurisdiction, requirements and the rules that audit them')
      .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']))
      .action(async (options: CatalogOptions & { format?: 'table' | 'json' }) => {
        await catalogOf(options, io);
        io.stdout.write(options.format === 'json' ? standardsJson(allPacks(), allRules()) : standardsList(allPacks(), allRules()));
      });

    withCatalogOptions(program.command('crosswalk'))
      .description('requirement by pack: which rules audit each requirement, and which requirements of the other packs they also audit')
      .option('--standard <pack>', 'a pack to include (repeatable; all; default: the config\'s, else samhsa-tip47 and joint)', collect)
      .addOption(new Option('-f, --format <format>', 'output format').choices(CROSSWALK_FORMATS))
      .option('-o, --output <file>', 'write it to a file (atomically)', fileName('--output'))
      .action(async (options: CatalogOptions & { standard?: string[]; format?: CrosswalkFormat; output?: string }) => {
        const { config, fromFiles } = await catalogOf(options, io);
        const packs = selected(options.standard ?? config.standards, fromFiles);
        const { crosswalk } = await import('../packs/crosswalk.js');
        const text = formatCrosswalk(options.format ?? 'table', crosswalk(packs, allRules()), packs, io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : 120);
        if (options.output !== undefined && options.output !== '-') await writeAtomically(resolve(io.cwd, options.output), text);
        else io.stdout.write(text);
      });

    withCatalogOptions(program.command('explain'))
      .description('show one rule in full: sources and their basis, rationale, evidence, thresholds and how to fix it')
      .argument('<rule>', 'rule ID or alias, e.g. SAMHSA-08 or monitor-abstinence')
      .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']))
      .action(async (name: string, options: CatalogOptions & { format?: 'text' | 'json' }) => {
        await catalogOf(options, io);
        const rule = findRule(name);
        if (!rule) {
          const guess = suggest(name, allRules().flatMap((r) => [r.id, r.alias]));
          throw new UsageError(`unknown rule '${name}'${guess ? `; did you mean '${guess}'?` : ''}: run \`iop-audit rules\` for the catalog`);
        }
        io.stdout.write(options.format === 'json' ? explainJson(rule) : explainRule(rule));
      });

    program
      .command('diff')
      .description('compare two JSON reports (--format json): per program, findings fixed, new and still open (by fingerprint), and readiness per pack then and now')
      .argument('<old.json>', 'the earlier report')
      .argument('<new.json>', 'the later report')
      .addOption(new Option('-f, --format <format>', 'output format (default: table)').choices(['table', 'markdown', 'json']))
      .option('-o, --output <file>', 'write it to a file (atomically)', fileName('--output'))
      .addHelpText('after', '\nExit codes: 0 nothing new; 1 new failures (or a program no longer valid); 2 a report could not be read.\nSee docs/baselines.md.')
      .action(async (oldReport: string, newReport: string, options: { format?: 'table' | 'markdown' | 'json'; output?: string }) => {
        const { runDiff } = await import('./diff-command.js');
        code = await runDiff(oldReport, newReport, options, io);
      });

    program
      .command('schema')
      .description('print the program document JSON Schema (for editors and other tools), or one field\'s reference')
      .option('--field <path>', 'one field: its type, meaning, allowed values and an example (e.g. services.drug_testing.method)')
      .action(async (options: { field?: string }) => {
        if (options.field === undefined) {
          io.stdout.write(`${JSON.stringify(programSchema, null, 2)}\n`);
          return;
        }
        const { closestField, fieldReference, topLevelFields } = await import('../docs/format.js');
        const reference = fieldReference(options.field);
        if (reference === undefined) {
          const guess = closestField(options.field);
          throw new UsageError(`unknown field '${visible(options.field)}'${guess ? `; did you mean '${guess}'?` : ''}: the top-level fields are ${topLevelFields().join(', ')} (each lists its keys)`);
        }
        io.stdout.write(reference);
      });

    program
      .command('init')
      .description('write a commented program document template (its <placeholders> fail the audit until filled in)')
      .argument('[file]', 'where to write it (- for standard output)', 'program.yaml')
      .option('--force', 'overwrite the file if it exists')
      .action(async (file: string, options: { force?: boolean }) => {
        if (file === '-') {
          // The schema modeline is relative to the working directory, where the template is most likely saved.
          io.stdout.write(templateFor(io.cwd));
          return;
        }
        const path = resolve(io.cwd, file);
        if (!options.force && existsSync(path)) throw new UsageError(`${file} already exists: use --force to overwrite it`);
        await writeAtomically(path, templateFor(dirname(path)));
        io.stderr.write(`wrote ${file}: edit it, then run \`iop-audit ${file}\`\n`);
      });

    program
      .command('completion')
      .description('print a shell completion script: commands, options, formats, pack and rule IDs')
      .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(SHELLS))
      .addHelpText('after', '\nSet it up:\n  bash  source <(iop-audit completion bash)       (in ~/.bashrc)\n  zsh   source <(iop-audit completion zsh)        (in ~/.zshrc, after compinit)\n  fish  iop-audit completion fish > ~/.config/fish/completions/iop-audit.fish')
      .action((shell: Shell) => {
        io.stdout.write(completionScript(shell, completionSpec(program, { packs: allPacks().map((p) => p.id), rules: allRules().flatMap((r) => [r.id, r.alias]) })));
      });
  }

  try {
    await program.parseAsync([...argv], { from: 'user' });
    await reportDelivered(io);
    if (code !== EXIT.ok && reason !== undefined) io.stderr.write(`iop-audit: ${visible(reason)}\n`);
    // For the benchmark: which reader took how many texts on this thread (worker threads count their own).
    if (io.env.IOP_AUDIT_READERS) io.stderr.write(`iop-audit: readers: ${JSON.stringify(readerCounts)}\n`);
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are successful exits; everything else Commander rejects is bad usage.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError) {
      // Every message may quote a path or a value the user gave: control characters are shown, never sent to the terminal.
      io.stderr.write(`iop-audit: ${visible(error.message)}\n`);
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`iop-audit: internal error: ${visible(message)}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return EXIT.usage;
  }
}

async function runAudit(paths: string[], given: ReportOptions, io: Io, mode: 'audit' | 'validate', onFailure: (reason: string | undefined) => void): Promise<ExitCode> {
  if (mode === 'audit') refuseMistypedCommand(paths[0], io.cwd);
  const options = given;
  const reports = reportTargets(options, io.cwd);
  const { path: configPath, file: configFile, config, packFiles, fromFiles } = await catalogOf(options, io);
  const packs = selected(options.standard ?? config.standards, fromFiles);
  const failOn = options.failOn ?? config.fail_on ?? 'error';
  const policySetup: PolicySetup = {
    failOn,
    waivers: config.waivers ?? [],
    configDir: configPath ? dirname(configPath) : io.cwd,
    cwd: io.cwd,
    today: today(io.env),
    ...(options.baseline !== undefined ? { baseline: options.baseline } : {}),
  };
  // Loaded before anything is read, so a bad baseline stops the run at once.
  const policy = await loadPolicy(policySetup);
  const discovered = await discover(paths, io.cwd, {
    globs: [
      { patterns: options.ignore ?? [], base: io.cwd, from: '--ignore' },
      ...(config.exclude && configPath ? [{ patterns: config.exclude, base: dirname(configPath), from: `exclude: in ${configFile}` }] : []),
    ],
    gitignore: options.ignoreVcs !== false,
    ...(options.stdinFilename !== undefined ? { stdinFilename: options.stdinFilename } : {}),
  });
  const { sources } = discovered;
  const settings: AuditSettings = {
    mode,
    standards: packs.map((p) => p.id),
    ...(packFiles.length > 0 ? { packs: packFiles } : {}),
    ...(config.thresholds ? { thresholds: config.thresholds } : {}),
    ...(config.qualifying_certifications ? { qualifyingCertifications: config.qualifying_certifications } : {}),
    ...(config.rules ? { severities: config.rules } : {}),
    ...(config.evidence ? { evidence: config.evidence } : {}),
  };
  const cacheLocation = resolve(io.cwd, options.cacheLocation ?? DEFAULT_CACHE_LOCATION);
  // The cache module (and its hashing) loads only for runs that use the cache.
  const caching = options.cache ? await import('../run/cache.js') : undefined;
  checkTargets(options, reports, discovered.realPaths, configPath, cacheLocation, caching?.memoPath(cacheLocation), io.cwd);
  const maxBytes = (options.maxFileSize ?? config.max_file_size_kb ?? DEFAULT_MAX_FILE_SIZE_KB) * 1024;
  const formatContext: FormatContext = {
    rules: allRules(),
    packs,
    color: false,
    quiet: options.quiet ?? false,
    width: io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : 120,
    ...(mode === 'validate' ? { validating: true } : {}),
    engagement: engagementOf(config.engagement, options, () => policySetup.today),
    ...(options.technical ? { technical: true } : {}),
    ...(mode === 'audit' && policy.baseline ? { comparedWithBaseline: true } : {}),
  };
  const maxWarnings = options.maxWarnings ?? config.max_warnings;
  const warningLimit: WarningLimit | undefined = maxWarnings === undefined ? undefined : { value: maxWarnings, from: options.maxWarnings !== undefined ? '--max-warnings' : 'max_warnings' };
  // The exit code, and why the run failed (said on stderr once the report is out: see main).
  let reason: string | undefined;
  const finish = (summary: Summary): ExitCode => {
    reason = exitReason({ summary }, warningLimit);
    onFailure(reason);
    return exitCode({ summary }, maxWarnings);
  };
  const baseline = mode === 'audit' ? policy.baseline?.recorded() : undefined;
  // What the report says about the run itself: waivers expired or unused, what a folder search
  // passed over, and which config and baseline were applied (with how much of the baseline still matches).
  const notices = () => [
    ...(mode === 'audit' ? policy.waivers.notices() : []),
    ...discovered.skipped,
    ...(configFile !== undefined ? [`config: ${configFile}`] : []),
    ...(baseline && policy.baseline ? [baselineNotice(options.baseline!, policy.baseline)] : []),
  ];
  // Writing a baseline needs every failure on this thread: no report worker threads, no replayed report.
  const written: BaselineFileEntry[] | undefined = mode === 'audit' && options.writeBaseline !== undefined ? [] : undefined;
  const baselineTarget = written ? resolve(io.cwd, options.writeBaseline!) : '';
  // In GitHub Actions the GitHub report also appends a job summary of every finding, built from the results.
  const jobSummary = reports.some((r) => r.format === 'github') && (io.env.GITHUB_STEP_SUMMARY ?? '') !== '' ? [] as DocumentResult[] : undefined;
  // Every report is written while the run goes, document by document, so that no result is kept
  // (a format that does not stream yet keeps its documents): to standard output, or to a temporary
  // file renamed over the target at the end. On a terminal the report is built whole, so that it does
  // not mix with the progress counter.
  const outputs = await Promise.all(reports.map(async (report) => {
    const context = { ...formatContext, color: report.path === undefined && useColor(options, io) };
    const kind = report.path === undefined && io.stdout.isTTY === true ? { kind: 'whole' as const, formatter: await loadFormatter(report.format) } : await loadReport(report.format);
    return { ...report, context, kind };
  }));
  const single = outputs.length === 1 ? outputs[0]! : undefined;
  const plainStream = single?.kind.kind === 'stream' ? single.kind.stream : undefined;
  // Worker threads can do all of a streamed run but the ordering (and, when caching, reading the files and keeping results).
  const onWorkersWhole = plainStream !== undefined && !written && !jobSummary && sources.every((source) => source.path !== null);
  const threads = threadsFor(options.threads, onWorkersWhole, sources.length, io);
  const tool = { name: 'iop-audit', version: packageJson.version };
  const progress = progressOn(io, sources.length);
  // Between documents: waits for a slow reader of standard output, else lets the event loop run, so that
  // Ctrl-C or a SIGTERM removes a report's temporary file while a long run goes, and V8 finishes its
  // garbage collection on time (writing 10,000 documents' table to a file: ~185 MiB yielding every 32
  // documents, ~172 MiB every document, no slower).
  const toStdout = outputs.some((o) => o.path === undefined);
  const pause = (): Promise<void> | undefined =>
    (toStdout ? io.stdout.drained?.() : undefined) ?? new Promise<void>((resolve) => setImmediate(resolve));
  // The policy as the report worker threads build it: the baseline as read here, not read again.
  const { baseline: _baselinePath, ...setupWithoutBaseline } = policySetup;
  const workerPolicy: PolicySetup = policy.baseline ? { ...setupWithoutBaseline, recorded: policy.baseline.recorded() } : policySetup;

  const onReportWorkersOnly = onWorkersWhole && !caching && threads > 1 && sources.length >= WORKER_THRESHOLD;
  // Files are read as their turn comes (when caching, first, for their digests): an unreadable one stops the run before any report is written.
  if (!onReportWorkersOnly && !caching) checkReadable(sources);
  const texts = onReportWorkersOnly ? undefined : await readSources(sources, maxBytes, () => io.readStdin(maxBytes), caching?.digestOf);
  const key = caching && texts ? caching.runKey(BUILD_ID, {
    version: packageJson.version, settings, maxBytes, ...formatContext, rules: undefined, failOn, maxWarnings,
    reports: outputs.map((o) => [o.format, o.context.color]),
    cwd: io.cwd, config: configPath ?? null, waivers: config.waivers ?? [], today: policySetup.today, skipped: discovered.skipped,
    // The baseline by what it records (a FIFO cannot be read again for its bytes), and by its name, which the report shows.
    baseline: baseline ? [options.baseline, caching.digestOf(Buffer.from(JSON.stringify(baseline)))] : null,
    sources: texts.map((t) => [t.file, t.digest ?? ('problem' in t.read ? t.read.problem.message : '')]),
  }) : undefined;
  // The run memo holds one report, and nothing else a run writes: a run that writes several reports,
  // a baseline or a job summary uses the cache's entries only.
  const memo = caching && key && single && !written && !jobSummary ? caching.readMemo(cacheLocation, key) : undefined;

  const files: AtomicFile[] = [];
  const writers: ReportWriter[] = [];
  let recorder: MemoRecorder | undefined;
  let cache: AuditCache | undefined;
  try {
    const destinations = outputs.map((output): Destination => {
      if (output.path === undefined) return { write: (piece) => io.stdout.write(piece), drained: () => io.stdout.drained?.() };
      const file = openAtomically(output.path);
      files.push(file);
      return { write: (piece) => file.write(piece) };
    });
    if (memo) {
      await memo.copyTo((piece) => {
        destinations[0]!.write(piece);
        return destinations[0]!.drained?.();
      });
      for (const file of files) file.commit();
      onFailure(memo.reason);
      return memo.code as ExitCode;
    }
    if (caching && key && single && !written && !jobSummary) {
      recorder = new caching.MemoRecorder(key);
      const to = destinations[0]!;
      const keep = recorder;
      destinations[0] = { write: (piece) => { to.write(piece); keep.record(piece); }, ...(to.drained ? { drained: to.drained } : {}) };
    }
    writers.push(...outputs.map((output, i) => reportWriter(output.kind, output.context, destinations[i]!)));
    const summary = emptySummary();
    // A streamed report written by the report worker threads (see reportOnWorkers): the run's summary,
    // with the waivers and baseline entries the threads used marked as used here.
    const onReportWorkers = async (count: number, batchSources: Iterator<BatchSource>, hooks: Pick<ReportHooks, 'start' | 'write' | 'onStored'>): Promise<Summary> => {
      const { reportOnWorkers } = await import('../run/pool.js');
      const { rules: _rules, ...context } = single!.context;
      try {
        const run = await reportOnWorkers(new URL('./report-worker.cjs', import.meta.url), threads, { settings, policy: workerPolicy, format: single!.format, context, maxBytes }, count, batchSources, {
          ...hooks, onProgress: (file) => progress.tick(file), pause,
        });
        policy.waivers.markUsed([...run.usedWaivers]);
        policy.baseline?.addUse(run.baselineUse);
        return run.summary;
      } finally {
        progress.done();
      }
    };
    cache = caching ? await caching.AuditCache.open(cacheLocation, caching.settingsKey(BUILD_ID, settings)) : undefined;
    const started = () => { for (const writer of writers) writer.start({ tool }); };
    const write = (bytes: Uint8Array) => destinations[0]!.write(bytes);
    if (!texts) {
      // Worker threads read, audit and write each document's piece; this thread puts them in order.
      addSummary(summary, await onReportWorkers(sources.length, sources.values(), {
        start: () => {
          // While the threads boot: an unreadable file stops the run before any of the report is written.
          checkReadable(sources);
          started();
        },
        write,
      }));
    } else if (cache && onWorkersWhole && threads > 1 && texts.length >= WORKER_THRESHOLD) {
      // The files are read (for their digests): worker threads audit those the cache lacks, write every
      // document's piece of the report, and send back what the cache keeps. The documents are triaged as
      // batches are cut, so only the texts in flight are held.
      const toStore = new Map<number, { file: string; digest: string }>();
      const triaged = triage(texts, cache);
      let taken = 0;
      const batchSources: Iterator<BatchSource> = {
        next: () => {
          const next = triaged.next();
          if (!next.done && 'digest' in next.value && next.value.digest) toStore.set(taken, { file: next.value.file, digest: next.value.digest });
          taken++;
          return next;
        },
      };
      addSummary(summary, await onReportWorkers(texts.length, batchSources, {
        start: started,
        write,
        onStored: (index, stored) => {
          const source = toStore.get(index);
          if (!source) return;
          toStore.delete(index);
          cache!.store(source.file, source.digest, stored);
        },
      }));
    } else {
      started();
      try {
        await auditSources(texts, {
          settings,
          threads,
          // Made only if worker threads start (a one-document run never does).
          get workerUrl() { return new URL('./worker.cjs', import.meta.url); },
          ...(cache ? { cache } : {}),
          onProgress: (_done, file) => progress.tick(file),
          pause,
        }, (audited, index) => {
          const doc = decide(audited, policy);
          tally(summary, doc);
          if (written) for (const entry of baselineEntriesOf(doc, io.cwd, dirname(baselineTarget))) written.push(entry);
          jobSummary?.push(doc);
          for (const writer of writers) writer.document(doc, index);
        });
      } finally {
        progress.done();
      }
    }
    const tail = { summary, notices: notices() };
    for (const writer of writers) await writer.end(tail, summary.documents);
    for (const file of files) file.commit();
    if (jobSummary) await writeJobSummary({ tool, documents: jobSummary, ...tail }, formatContext, io);
    const code = finish(summary);
    if (written) {
      await writeAtomically(baselineTarget, baselineFileText(written));
      io.stderr.write(`iop-audit: wrote baseline ${visible(options.writeBaseline!)}: ${written.length} finding${written.length === 1 ? '' : 's'}\n`);
    }
    // The cache is written last: a run that fails to report leaves it as it was.
    if (caching && cache) {
      await reportDelivered(io);
      if (cache.dirty) await writeAtomically(cacheLocation, cache.serialize());
      if (recorder && !cache.changedDuringRun) {
        const memoFile = openAtomically(caching.memoPath(cacheLocation));
        try {
          memoFile.write(recorder.header(code, reason));
          recorder.copyTo((piece) => memoFile.write(piece));
          memoFile.commit();
        } finally {
          memoFile.discard();
        }
      }
    }
    return code;
  } finally {
    for (const writer of writers) writer.discard();
    for (const file of files) file.discard();
    recorder?.discard();
    cache?.close();
  }
}

/** The commands, for a mistyped one taken as a path by the default command (see refuseMistypedCommand). */
const COMMANDS = ['audit', 'validate', 'rules', 'explain', 'standards', 'crosswalk', 'init', 'schema', 'diff', 'completion'];

/**
 * Whether the arguments could make commander run a command other than the default one, or print
 * help, which lists them all: one of them is a command's name (or `help`), or asks for help
 * (`--help`, or a group of short options with `h` in it, such as `-qh`). When none does, the
 * default command runs whatever the arguments, and only it is registered.
 */
function mayNameAnotherCommand(argv: readonly string[]): boolean {
  return argv.some((arg) => COMMANDS.includes(arg) || arg === 'help' || arg === '--help' || /^-[^-]*h/.test(arg));
}

/**
 * A mistyped command (`iop-audit exlain JOINT-01`) reaches the default command as its first path:
 * when no such path exists and it is within two edits of a command, it is named as a typo rather
 * than reported as a path not found.
 */
function refuseMistypedCommand(first: string | undefined, cwd: string): void {
  if (first === undefined || first === '-' || /[*?[\]{}/\\]/.test(first) || existsSync(resolve(cwd, first))) return;
  const guess = suggest(first, COMMANDS);
  if (guess !== undefined && editDistance(first.toLowerCase(), guess) <= 2) {
    throw new UsageError(`'${first}' is not a command or a path; did you mean '${guess}'?`);
  }
}

/** Options that only the audit takes, refused by validate (key in the parsed options, flag as typed). */
const AUDIT_ONLY: ReadonlyArray<[keyof ReportOptions, string]> = [
  ['baseline', '--baseline'], ['writeBaseline', '--write-baseline'], ['failOn', '--fail-on'], ['maxWarnings', '--max-warnings'], ['cache', '--cache'],
  ['cacheLocation', '--cache-location'], ['standard', '--standard'], ['pack', '--pack'],
];

/**
 * Refuses, before the run, a report or cache that would replace a file the run reads (a
 * document, the config, the baseline, the cache), or go to a device, a directory or below a
 * file (see checkTarget; missing folders are created when it is written).
 */
function checkTargets(options: ReportOptions, reports: readonly ReportTarget[], documents: ReadonlySet<string>, configPath: string | undefined, cacheLocation: string, memo: string | undefined, cwd: string): void {
  const inputs = new Set(documents);
  if (configPath !== undefined) inputs.add(realOrSame(configPath));
  if (options.baseline !== undefined) inputs.add(realOrSame(resolve(cwd, options.baseline)));
  if (memo !== undefined) {
    const given = options.cacheLocation ?? DEFAULT_CACHE_LOCATION;
    checkTarget(cacheLocation, given, '--cache-location', inputs, false);
    checkTarget(memo, `${given}.report`, '--cache-location', inputs, false);
    inputs.add(realOrSame(cacheLocation)).add(realOrSame(memo));
  }
  for (const report of reports) if (report.path !== undefined) checkTarget(report.path, report.given!, report.option!, inputs, true);
  if (options.writeBaseline !== undefined) {
    // The baseline it replaces (`--baseline b.json --write-baseline b.json`, to update it) is read before the run.
    const readOnly = new Set(inputs);
    if (options.baseline !== undefined) readOnly.delete(realOrSame(resolve(cwd, options.baseline)));
    checkTarget(resolve(cwd, options.writeBaseline), options.writeBaseline, '--write-baseline', readOnly, false);
    if (reports.some((report) => report.path === resolve(cwd, options.writeBaseline!))) throw new UsageError('--write-baseline and a report name the same file');
  }
}

/**
 * Worker threads: as asked, but never more than the machine's cores (more only slow the run and
 * cost memory; --threads 100000 started a thread per batch). A note says so to whoever asked for more.
 * Under WORKER_THRESHOLD documents no thread starts whatever the count, so the default does not
 * ask for the machine's cores (loading node:os, 0.15 ms of a one-document run).
 */
function threadsFor(asked: number | undefined, streamed: boolean, documents: number, io: Io): number {
  if (asked === undefined) return documents < WORKER_THRESHOLD ? 1 : defaultThreads(streamed);
  const cores = availableParallelism();
  if (asked > cores) io.stderr.write(`iop-audit: note: --threads ${asked} is more than the ${cores} cores of this machine: using ${cores}\n`);
  return Math.min(asked, cores);
}

/**
 * Fails the run (exit code 2) when its report could not be written to standard output, once all
 * of it has been given (ENOSPC, `> /dev/full`). A reader that stopped early (EPIPE, `| head -1`)
 * is not a failure: the run keeps its own exit code.
 */
async function reportDelivered(io: Io): Promise<void> {
  const failure = await io.stdout.settled?.();
  if (failure && failure.code !== 'EPIPE') throw new UsageError(`cannot write the report to standard output: ${describeError(failure)}`);
}

/**
 * In GitHub Actions (GITHUB_STEP_SUMMARY names the step's summary file), the GitHub report also
 * appends a Markdown job summary there: the annotations GitHub shows are capped, the summary lists
 * every finding. Appended, as GitHub expects of every step that writes one.
 */
async function writeJobSummary(result: { tool: { name: string; version: string }; documents: DocumentResult[]; summary: Summary; notices: string[] }, context: FormatContext, io: Io): Promise<void> {
  const path = io.env.GITHUB_STEP_SUMMARY;
  if (path === undefined || path === '') return;
  const { githubSummary } = await import('../report/github-summary.js');
  try {
    await appendFile(resolve(io.cwd, path), githubSummary(result, context));
  } catch (error) {
    throw new UsageError(`cannot write the job summary to ${visible(path)} (GITHUB_STEP_SUMMARY): ${describeError(error)}`);
  }
}

/** A report to write: its format, and the file it goes to (absolute; none for standard output). */
interface ReportTarget {
  format: Format;
  path?: string;
  /** The file as the user gave it, and the option that gave it, for messages. */
  given?: string;
  option?: string;
}

/**
 * The reports a run writes. Each `--format` is a format, or a format and its file after a colon
 * (`-f sarif:audit.sarif -f github`); `--output` is the file of the one format given without one.
 * At most one report goes to standard output (`-` or /dev/stdout name it too), and no file is named twice.
 */
function reportTargets(options: ReportOptions, cwd: string): ReportTarget[] {
  const specs = options.format ?? [{ format: 'table' as const }];
  const unnamed = specs.filter((spec) => spec.file === undefined);
  if (options.output !== undefined && unnamed.length === 0) throw new UsageError('--output names no report: every --format given has its own file');
  if (options.output !== undefined && unnamed.length > 1) {
    throw new UsageError(`--output names one file, for ${unnamed.length} formats: give each its own with --format <format>:<file>`);
  }
  const targets = specs.map((spec): ReportTarget => {
    const given = spec.file ?? options.output;
    if (given === undefined || given === '-' || isStandardOutput(resolve(cwd, given))) return { format: spec.format };
    return { format: spec.format, path: resolve(cwd, given), given, option: spec.file === undefined ? '--output' : `--format ${spec.format}:` };
  });
  if (targets.filter((t) => t.path === undefined).length > 1) {
    throw new UsageError('only one report can go to standard output: give the others a file with --format <format>:<file>');
  }
  const named = new Set<string>();
  for (const target of targets) {
    if (target.path === undefined) continue;
    if (named.has(target.path)) throw new UsageError(`${target.given} is named for two reports: give each report its own file`);
    named.add(target.path);
  }
  return targets;
}

/** One `--format` value: a format, or a format and the file it goes to (`sarif:reports/audit.sarif`). */
function reportSpec(value: string, previous: ReportSpec[] | undefined): ReportSpec[] {
  const colon = value.indexOf(':');
  const format = colon === -1 ? value : value.slice(0, colon);
  if (!(FORMATS as readonly string[]).includes(format)) throw new InvalidArgumentError(`Allowed choices are ${FORMATS.join(', ')}, each optionally followed by :<file>.`);
  const file = colon === -1 ? undefined : value.slice(colon + 1);
  if (file !== undefined && (file === '' || (file.startsWith('-') && file !== '-'))) {
    throw new InvalidArgumentError(`a file name after '${format}:' is needed (a file whose name starts with - can be given as ./${file})`);
  }
  return [...(previous ?? []), { format: format as Format, ...(file !== undefined ? { file } : {}) }];
}

interface ReportSpec {
  format: Format;
  file?: string;
}


/**
 * A one-line counter on stderr for runs over many files, redrawn in place. Only
 * on a terminal: a pipe or a CI log gets nothing, so reports stay clean.
 */
function progressOn(io: Io, total: number): { tick(file: string): void; done(): void } {
  // The count first: asking whether stderr is a terminal sets up Node.js's stream for it.
  if (total < 2 || io.stderr.isTTY !== true) return { tick: () => {}, done: () => {} };
  let count = 0;
  let last = 0;
  return {
    tick(file) {
      count++;
      const now = Date.now();
      if (now - last < 80 && count < total) return;
      last = now;
      // A file's name may hold a terminal's control sequences (clear the screen, set the title): they are shown escaped.
      const shown = visible(file);
      io.stderr.write(`\r\u001b[2Kauditing ${count}/${total} ${shown.length > 60 ? `…${shown.slice(-59)}` : shown}`);
    },
    done() {
      io.stderr.write('\r\u001b[2K');
    },
  };
}


/** Colour only on a terminal, unless NO_COLOR / --no-color turn it off or FORCE_COLOR turns it on. */
function useColor(options: ReportOptions, io: Io): boolean {
  if (options.color === false || (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '')) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return io.stdout.isTTY === true;
}

/**
 * The parser of an option that takes a file name. A value that starts with '-' is most likely the
 * next option, taken as the name (`--output --quiet` wrote a file called --quiet): it is refused.
 * `--output -` is standard output, as `-` is standard input among the paths.
 */
function fileName(option: string): (value: string) => string {
  return (value) => {
    if (value.startsWith('-') && !(value === '-' && option === '--output')) throw new UsageError(`${option} needs a file name, got '${value}' (a file so named can be given as ./${value})`);
    return value;
  };
}

function positive(value: string, option: string): number {
  const n = parseCount(value, option);
  if (n < 1) throw new UsageError(`${option} expects a whole number of at least 1, got '${value}'`);
  return n;
}

function parseCount(value: string, option: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`${option} expects a whole number, got '${value}'`);
  return Number(value);
}

/**
 * The program schema as the editor modeline `init` writes names it, relative to the document's
 * folder `directory`, when a path that travels with the document exists: the schema of iop-audit
 * installed in the document's project (node_modules/iop-audit), or of the iop-audit folder the
 * document is in (a clone). Otherwise (a global install) none: a path into this machine's global
 * packages would break on every other machine.
 */
function schemaPathFrom(directory: string): string | undefined {
  const SCHEMA = join('schemas', 'program.schema.json');
  const relativeTo = (file: string) => {
    const rel = relative(directory, file).split(sep).join('/');
    return rel.startsWith('.') ? rel : `./${rel}`;
  };
  for (let folder = directory; ; folder = dirname(folder)) {
    const installed = join(folder, 'node_modules', packageJson.name, SCHEMA);
    if (existsSync(installed)) return relativeTo(installed);
    if (dirname(folder) === folder) break;
  }
  let home = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(home, SCHEMA)) && dirname(home) !== home) home = dirname(home);
  const inside = relative(home, directory);
  return inside.startsWith('..') || isAbsolute(inside) ? undefined : relativeTo(join(home, SCHEMA));
}

/** The template, with a schema modeline when one can be written (see schemaPathFrom), else a line saying how to get one. */
function templateFor(directory: string): string {
  const schema = schemaPathFrom(directory);
  if (schema !== undefined) return template(schema);
  return template('').replace(/^# yaml-language-server: \$schema=\n/, '# For completion in your editor: install iop-audit in this project (npm install --save-dev iop-audit) and run\n# init again, or save `iop-audit schema` as program.schema.json and name it in a schema modeline.\n');
}
