import type { Command } from 'commander';
import { FORMATS } from '../report/types.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/** What an option takes: nothing (a switch), a file name, one of a list, or any text. */
type OptionValue = { kind: 'none' } | { kind: 'file' } | { kind: 'choice'; choices: readonly string[] } | { kind: 'text' };

interface CompletedOption {
  /** `-f`, `--format`: the short form first when there is one. */
  flags: string[];
  description: string;
  value: OptionValue;
}

interface CompletedCommand {
  name: string;
  description: string;
  options: CompletedOption[];
  /** What its arguments are: paths, one of a list (rule IDs, shells), or nothing. */
  operands: { kind: 'none' } | { kind: 'files' } | { kind: 'choice'; choices: readonly string[] };
}

export interface CompletionSpec {
  program: string;
  /** The command taken when none is named (audit). */
  defaultCommand: string;
  commands: CompletedCommand[];
  /** Options of the program itself (--version, --help, --debug). */
  options: CompletedOption[];
}

/** Options whose value is a file name (completed with the shell's file completion). */
const FILE_VALUES = new Set(['--output', '--config', '--baseline', '--pack', '--cache-location', '--stdin-filename']);

/**
 * The completion spec, read from the command line's own definition (so a new command or option
 * cannot be forgotten here): `--standard` completes with the pack IDs, `explain` with rule IDs and
 * aliases, options with fixed values with those values.
 */
export function completionSpec(program: Command, catalog: { packs: readonly string[]; rules: readonly string[] }): CompletionSpec {
  const optionsOf = (command: Command): CompletedOption[] => [
    ...command.options.map((option): CompletedOption => {
      const takesValue = option.required || option.optional;
      const value: OptionValue = option.long === '--standard'
        ? { kind: 'choice', choices: ['all', ...catalog.packs] }
        : option.argChoices ? { kind: 'choice', choices: option.argChoices }
          // A report's --format takes a format, or a format and its file (sarif:audit.sarif): the formats complete.
          : option.long === '--format' && (command.name() === 'audit' || command.name() === 'validate') ? { kind: 'choice', choices: FORMATS }
          : !takesValue ? { kind: 'none' }
            : FILE_VALUES.has(option.long ?? '') ? { kind: 'file' } : { kind: 'text' };
      return { flags: [option.short, option.long].filter((flag): flag is string => flag !== undefined), description: option.description, value };
    }),
    { flags: ['-h', '--help'], description: 'show help', value: { kind: 'none' } },
  ];
  const commands = program.commands.map((command): CompletedCommand => {
    const argument = command.registeredArguments[0];
    const operands: CompletedCommand['operands'] = argument === undefined ? { kind: 'none' }
      : command.name() === 'explain' ? { kind: 'choice', choices: catalog.rules }
        : argument.argChoices ? { kind: 'choice', choices: argument.argChoices }
          : { kind: 'files' };
    return { name: command.name(), description: command.description(), options: optionsOf(command), operands };
  });
  return { program: program.name(), defaultCommand: 'audit', commands, options: optionsOf(program) };
}

/** The completion script for a shell (pure: the same spec gives the same bytes). */
export function completionScript(shell: Shell, spec: CompletionSpec): string {
  if (shell === 'bash') return bashScript(spec);
  if (shell === 'zsh') return zshScript(spec);
  return fishScript(spec);
}

/** The first clause of a description: enough for a completion menu. */
function brief(description: string): string {
  return description.replace(/\s*\(.*$/s, '').replace(/[;:].*$/s, '').trim();
}

/** A shell word in single quotes. */
function quoted(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

function functionName(spec: CompletionSpec): string {
  return `_${spec.program.replace(/[^A-Za-z0-9]/g, '_')}`;
}

function bashScript(spec: CompletionSpec): string {
  const name = functionName(spec);
  const names = spec.commands.map((c) => c.name);
  const lines = [
    `# bash completion for ${spec.program}: source it, or save it as`,
    `# ~/.local/share/bash-completion/completions/${spec.program}`,
    `${name}() {`,
    '  local cur prev command i',
    '  cur="${COMP_WORDS[COMP_CWORD]}"',
    '  prev="${COMP_WORDS[COMP_CWORD-1]}"',
    `  command=${spec.defaultCommand}`,
    '  for ((i = 1; i < COMP_CWORD; i++)); do',
    '    case "${COMP_WORDS[i]}" in',
    `      ${names.join('|')}) command="\${COMP_WORDS[i]}"; break ;;`,
    '    esac',
    '  done',
    '  case "$command" in',
  ];
  for (const command of spec.commands) {
    lines.push(`    ${command.name})`, '      case "$prev" in');
    for (const option of command.options) {
      if (option.value.kind === 'none') continue;
      const reply = option.value.kind === 'choice' ? `COMPREPLY=($(compgen -W ${quoted(option.value.choices.join(' '))} -- "$cur"))`
        : option.value.kind === 'file' ? 'COMPREPLY=($(compgen -f -- "$cur"))' : 'COMPREPLY=()';
      lines.push(`        ${option.flags.join('|')}) ${reply}; return ;;`);
    }
    lines.push('      esac');
    const optionWords = command.options.flatMap((o) => o.flags).join(' ');
    lines.push(`      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W ${quoted(optionWords)} -- "$cur")); return; fi`);
    if (command.operands.kind === 'choice') lines.push(`      COMPREPLY=($(compgen -W ${quoted(command.operands.choices.join(' '))} -- "$cur"))`);
    else if (command.operands.kind === 'files') lines.push('      COMPREPLY=($(compgen -f -- "$cur"))');
    if (command.name === spec.defaultCommand) {
      // The first word may also be a command (the default command takes paths there).
      lines.push(`      if ((COMP_CWORD == 1)); then COMPREPLY+=($(compgen -W ${quoted([...names, ...spec.options.flatMap((o) => o.flags)].join(' '))} -- "$cur")); fi`);
    }
    lines.push('      ;;');
  }
  lines.push('  esac', '}', `complete -o filenames -o bashdefault -F ${name} ${spec.program}`, '');
  return lines.join('\n');
}

/** Text inside a zsh _arguments spec: brackets and colons are its syntax. */
function zshText(text: string): string {
  return text.replace(/([\\[\]:])/g, '\\$1');
}

function zshScript(spec: CompletionSpec): string {
  const name = functionName(spec);
  const lines = [
    `#compdef ${spec.program}`,
    `# zsh completion for ${spec.program}: save it as _${spec.program} in a folder of $fpath, or source it after compinit`,
    `${name}() {`,
    '  local command i',
    `  local -a commands=(`,
    ...spec.commands.map((c) => `    ${quoted(`${c.name}:${zshText(brief(c.description))}`)}`),
    '  )',
    `  command=${spec.defaultCommand}`,
    '  for ((i = 2; i < CURRENT; i++)); do',
    '    case ${words[i]} in',
    `      (${spec.commands.map((c) => c.name).join('|')}) command=\${words[i]}; break ;;`,
    '    esac',
    '  done',
    '  case $command in',
  ];
  for (const command of spec.commands) {
    lines.push(`    (${command.name})`, '      _arguments -s \\');
    for (const option of command.options) {
      const exclusive = option.flags.length > 1 ? `(${option.flags.join(' ')})` : '';
      const names = option.flags.length > 1 ? `{${option.flags.join(',')}}` : option.flags[0]!;
      const action = option.value.kind === 'none' ? '' : option.value.kind === 'file' ? ':file:_files'
        : option.value.kind === 'choice' ? `:value:(${option.value.choices.join(' ')})` : ':value: ';
      const repeatable = /repeatable/.test(option.description) ? '*' : '';
      lines.push(`        ${quoted(repeatable || exclusive)}${names}${quoted(`[${zshText(brief(option.description))}]${action}`)} \\`);
    }
    const operands = command.operands.kind === 'files' ? `'*:path:_files'`
      : command.operands.kind === 'choice' ? quoted(`1:value:(${command.operands.choices.join(' ')})`) : `'*: :'`;
    lines.push(`        ${operands}`);
    if (command.name === spec.defaultCommand) {
      // The first word may also be a command, or one of the program's own options.
      lines.push(`      (( CURRENT == 2 )) && _describe -t commands 'command' commands`);
      lines.push(`      (( CURRENT == 2 )) && compadd -- ${spec.options.flatMap((o) => o.flags).join(' ')}`);
    }
    lines.push('      ;;');
  }
  lines.push(
    '  esac',
    '}',
    `if [[ \${funcstack[1]} == ${name} ]]; then ${name} "$@"; else compdef ${name} ${spec.program}; fi`,
    '',
  );
  return lines.join('\n');
}

function fishScript(spec: CompletionSpec): string {
  const p = spec.program;
  const names = spec.commands.map((c) => c.name).join(' ');
  // The default command's options apply when no other command has been named.
  const when = (command: CompletedCommand) => (command.name === spec.defaultCommand
    ? `not __fish_seen_subcommand_from ${spec.commands.filter((c) => c.name !== command.name).map((c) => c.name).join(' ')}`
    : `__fish_seen_subcommand_from ${command.name}`);
  const lines = [
    `# fish completion for ${p}: save it as ~/.config/fish/completions/${p}.fish`,
    `complete -c ${p} -f`,
    ...spec.commands.map((c) => `complete -c ${p} -n ${quoted(`not __fish_seen_subcommand_from ${names}`)} -a ${c.name} -d ${quoted(brief(c.description))}`),
  ];
  for (const option of spec.options) lines.push(`complete -c ${p} -n '__fish_use_subcommand' ${fishFlags(option)} -d ${quoted(brief(option.description))}`);
  for (const command of spec.commands) {
    const condition = quoted(when(command));
    for (const option of command.options) {
      const value = option.value.kind === 'none' ? '' : option.value.kind === 'file' ? ' -r -F'
        : option.value.kind === 'choice' ? ` -x -a ${quoted(option.value.choices.join(' '))}` : ' -x';
      lines.push(`complete -c ${p} -n ${condition} ${fishFlags(option)}${value} -d ${quoted(brief(option.description))}`);
    }
    if (command.operands.kind === 'files') lines.push(`complete -c ${p} -n ${condition} -F`);
    else if (command.operands.kind === 'choice') lines.push(`complete -c ${p} -n ${condition} -x -a ${quoted(command.operands.choices.join(' '))}`);
  }
  return `${lines.join('\n')}\n`;
}

function fishFlags(option: CompletedOption): string {
  return option.flags.map((flag) => (flag.startsWith('--') ? `-l ${flag.slice(2)}` : `-s ${flag.slice(1)}`)).join(' ');
}
