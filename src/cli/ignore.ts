import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import picomatch from 'picomatch';

/**
 * What a folder search passes over: the user's globs (`--ignore`, the config's `exclude:`) and,
 * unless turned off, the `.gitignore` files of the folders searched and of the folders above
 * them up to the repository's top folder.
 */
export interface IgnoreSettings {
  /** Globs relative to `base` (the working directory for --ignore, the config's folder for exclude:). */
  globs?: { patterns: readonly string[]; base: string; from: string }[];
  /** Honour .gitignore files (default true; `--no-ignore-vcs` turns it off). */
  gitignore?: boolean;
  /** Outside a repository, the .gitignore files read are those from here (when the search is below it) down. */
  cwd?: string;
}

/** Picomatch as git reads a pattern: no braces or extglobs (git has neither), dot files included. */
const GIT_GLOB = { dot: true, nobrace: true, noextglob: true } as const;

interface GitRule {
  negated: boolean;
  /** A pattern that ended in '/': matches folders only. */
  directoryOnly: boolean;
  matches: (path: string) => boolean;
}

/**
 * One line of a .gitignore as git reads it (gitignore(5)): blank lines and `#` comments are
 * nothing; `!` negates; a trailing `/` matches folders only; a pattern with a `/` at its start or
 * middle is anchored to the file's folder, one without matches at any depth; `\` escapes a
 * leading `#` or `!` and a trailing space. Returns undefined for a line that is no rule.
 */
export function gitRule(line: string): GitRule | undefined {
  // Trailing spaces are dropped unless escaped with a backslash.
  let pattern = line.replace(/(?<!\\)[ \t]+$/, '');
  if (pattern === '' || pattern.startsWith('#')) return undefined;
  const negated = pattern.startsWith('!');
  if (negated) pattern = pattern.slice(1);
  else if (pattern.startsWith('\\!') || pattern.startsWith('\\#')) pattern = pattern.slice(1);
  const directoryOnly = pattern.endsWith('/');
  if (directoryOnly) pattern = pattern.replace(/\/+$/, '');
  if (pattern === '') return undefined;
  const anchored = pattern.includes('/');
  if (pattern.startsWith('/')) pattern = pattern.slice(1);
  const matches = picomatch(anchored || pattern.startsWith('**') ? pattern : `**/${pattern}`, GIT_GLOB);
  return { negated, directoryOnly, matches };
}

export function parseGitignore(text: string): GitRule[] {
  return text.split(/\r?\n/).flatMap((line) => gitRule(line) ?? []);
}

/**
 * Decides whether a path found by a search is ignored. Folders are asked before what is in
 * them (a search does not go into an ignored folder, and, as in git, a file in it cannot be
 * brought back by a `!` rule).
 */
export class Ignorer {
  private readonly gitignores = new Map<string, GitRule[]>();
  private readonly userGlobs: { base: string; from: string; matches: (path: string) => boolean }[];
  private readonly tops = new Map<string, string>();
  private readonly chains = new Map<string, { folder: string; rules: GitRule[] }[]>();

  constructor(private readonly settings: IgnoreSettings) {
    // `vendor` and `vendor/` also mean everything below the folder, as in ESLint's ignore patterns.
    this.userGlobs = (settings.globs ?? []).flatMap(({ patterns, base, from }) =>
      patterns.map((pattern) => {
        const trimmed = pattern.replace(/^\.\//, '').replace(/\/+$/, '');
        return { base, from, matches: picomatch([trimmed, `${trimmed}/**`], { dot: true }) };
      }));
  }

  get active(): boolean {
    return this.userGlobs.length > 0 || this.settings.gitignore !== false;
  }

  /** Which of --ignore / exclude: leaves `path` out (for the notice about a file named on the command line), or undefined. */
  byGlob(path: string): string | undefined {
    for (const glob of this.userGlobs) {
      const rel = relative(glob.base, path).split(sep).join('/');
      if (rel !== '' && !rel.startsWith('../') && rel !== '..' && glob.matches(rel)) return glob.from;
    }
    return undefined;
  }

  /**
   * Whether a path met by a search (`searchRoot`: the folder named on the command line, or the
   * working directory for a glob) is left out, by a glob or by a .gitignore.
   */
  ignored(path: string, isDirectory: boolean, searchRoot: string): boolean {
    if (this.byGlob(path) !== undefined) return true;
    if (this.settings.gitignore === false) return false;
    let ignored = false;
    // Rules of the folders from the top down; within a file, and from file to deeper file, the last match decides.
    for (const { folder, rules } of this.rulesAbove(dirname(path), searchRoot)) {
      const rel = relative(folder, path).split(sep).join('/');
      for (const rule of rules) {
        if (rule.negated !== ignored) continue;
        if (rule.directoryOnly && !isDirectory) continue;
        if (rule.matches(rel)) ignored = !rule.negated;
      }
    }
    return ignored;
  }

  /**
   * For a glob's match: whether it, or a folder on the way to it below the search root, is ignored
   * (a search by folder never enters an ignored folder; a glob has to ask).
   */
  ignoredOnTheWay(path: string, searchRoot: string): boolean {
    const rel = relative(searchRoot, dirname(path));
    if (!rel.startsWith('..')) {
      let folder = searchRoot;
      for (const part of rel === '' ? [] : rel.split(sep)) {
        folder = join(folder, part);
        if (this.ignored(folder, true, searchRoot)) return true;
      }
    }
    return this.ignored(path, false, searchRoot);
  }

  /**
   * The .gitignore rules that apply in `folder`, by the folder they come from: from the repository's
   * top (see topOf) down to `folder` itself; worked out once per folder, not per file.
   */
  private rulesAbove(folder: string, searchRoot: string): { folder: string; rules: GitRule[] }[] {
    const top = this.topOf(searchRoot);
    const key = `${top}\0${folder}`;
    let chain = this.chains.get(key);
    if (chain === undefined) {
      const parent = folder === top || dirname(folder) === folder ? [] : this.rulesAbove(dirname(folder), searchRoot);
      const rules = this.rulesOf(folder);
      chain = rules.length === 0 ? parent : [...parent, { folder, rules }];
      this.chains.set(key, chain);
    }
    return chain;
  }

  /**
   * The repository's top folder above `root` (the one holding `.git`); outside a repository, the
   * working directory when `root` is below it, else `root` itself.
   */
  private topOf(root: string): string {
    let top = this.tops.get(root);
    if (top !== undefined) return top;
    const cwd = this.settings.cwd;
    top = cwd !== undefined && !relative(cwd, root).startsWith('..') && !isAbsolute(relative(cwd, root)) ? cwd : root;
    for (let folder = root; ; folder = dirname(folder)) {
      if (existsSync(join(folder, '.git'))) {
        top = folder;
        break;
      }
      if (dirname(folder) === folder) break;
    }
    this.tops.set(root, top);
    return top;
  }

  private rulesOf(folder: string): GitRule[] {
    let rules = this.gitignores.get(folder);
    if (rules === undefined) {
      let text = '';
      try {
        text = readFileSync(join(folder, '.gitignore'), 'utf8');
      } catch {
        // No .gitignore here (or one that cannot be read: git passes over it too).
      }
      rules = parseGitignore(text);
      this.gitignores.set(folder, rules);
    }
    return rules;
  }
}
