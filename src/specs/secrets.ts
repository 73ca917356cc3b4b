import { statSync } from 'node:fs';
import { join } from 'node:path';
import { parseTree, type ParseError } from 'jsonc-parser';
import { UsageError, type SpecIssue } from '../errors.js';
import { depthIssue, lineAndColumn } from './json-file.js';
import { readSpecText } from './spec-file.js';
import type { SpecSources } from './sources.js';

/**
 * `${secret:KEY}` in a spec value names a secret kept out of the specs, in a
 * JSON map `{"KEY": "value"}` (newtron's convention; test networks keep one
 * as secrets.json beside topology.json).
 *
 * vmlab keeps the reference text wherever it stores or shows a value (the
 * resolved lab, plans, state.json) and reveals the value only at the moment
 * it is used: an SSH login, a console bootstrap step. So a secret value never
 * reaches a plan, a saved plan, state.json, a log line or an error message.
 */
const REFERENCE = /\$\{secret:([^}]*)\}/g;

/** The keys a value refers to, in order (an empty key is an empty string). */
export function secretKeys(text: string): string[] {
  return [...text.matchAll(REFERENCE)].map((m) => m[1]!);
}

export function hasSecret(text: string): boolean {
  return secretKeys(text).length > 0;
}

type Loaded = { ok: true; values: Map<string, string> } | { ok: false; missing: boolean; issues: SpecIssue[] };

export class Secrets {
  private loaded: Loaded | null = null;
  /** Secret values revealed so far, with their references: what redact() hides. */
  private readonly revealed = new Map<string, string>();
  /** Said about the file while loading it (it is readable by others): shown with the plan. */
  readonly warnings: string[] = [];
  /** The keys that values vmlab reads refer to (and that resolve): all a server it ships to needs. */
  readonly referenced = new Set<string>();

  /**
   * @param path the secrets file
   * @param display how messages name it: `secrets.json` beside topology.json, or the path given
   * @param explicit named by --secrets or VMLAB_SECRETS: it must exist, even when nothing refers to it
   */
  constructor(
    readonly path: string,
    readonly display: string,
    readonly explicit: boolean,
  ) {}

  /** The secrets of a spec directory: --secrets / VMLAB_SECRETS, else secrets.json beside topology.json. */
  static of(specDir: string, sources: SpecSources = {}): Secrets {
    if (sources.secrets !== undefined) return new Secrets(sources.secrets, sources.secrets, true);
    return new Secrets(join(specDir, 'secrets.json'), 'secrets.json', false);
  }

  /** Problems of an explicitly named file (missing, malformed), even when nothing refers to it. */
  fileIssues(): SpecIssue[] {
    if (!this.explicit) return [];
    const loaded = this.load();
    return loaded.ok ? [] : loaded.issues;
  }

  /**
   * Checks the references in a value vmlab reads, at file and JSON path:
   * one issue per key that cannot be resolved. A file that cannot be read
   * is reported once (by fileIssues or the first reference), not per key.
   */
  check(text: string, file: string, path: string, issues: SpecIssue[]): void {
    for (const key of secretKeys(text)) {
      const problem = this.problem(key);
      if (problem === null) {
        this.referenced.add(key);
        continue;
      }
      if (problem === 'file') {
        const loaded = this.load() as Extract<Loaded, { ok: false }>;
        for (const issue of loaded.issues) if (!issues.some((i) => i.file === issue.file && i.message === issue.message)) issues.push(issue);
        continue;
      }
      issues.push({ file, path, message: problem });
    }
  }

  /**
   * The value with every reference replaced by its secret, for the moment
   * it is used. `what` says what the value is, for the error when a key
   * cannot be resolved (exit 3; the message holds no secret value).
   */
  reveal(text: string, what: string): string;
  reveal(text: string | null, what: string): string | null;
  reveal(text: string | null, what: string): string | null {
    if (text === null || !hasSecret(text)) return text;
    return text.replace(REFERENCE, (reference, key: string) => {
      const problem = this.problem(key);
      if (problem !== null) {
        const why =
          problem === 'file'
            ? (this.load() as Extract<Loaded, { ok: false }>).issues.map((i) => `${i.file}${i.path ? ` ${i.path}` : ''}: ${i.message}`).join('; ')
            : problem;
        throw new UsageError(`${what} is ${reference}, which cannot be resolved: ${why}`);
      }
      const value = (this.load() as Extract<Loaded, { ok: true }>).values.get(key)!;
      if (value !== '') this.revealed.set(value, reference);
      return value;
    });
  }

  /**
   * Do two values come to the same text once their references are resolved?
   * For telling whether two logins are one (test hosts sharing a VM): the
   * values are compared, never revealed, so nothing is recorded or shown. A
   * value with a reference that cannot be resolved equals only its own text
   * (check() reports the reference).
   */
  same(a: string | null, b: string | null): boolean {
    if (a === null || b === null) return a === b;
    if (a === b) return true;
    const [ra, rb] = [this.resolved(a), this.resolved(b)];
    return ra !== null && rb !== null && ra === rb;
  }

  /** The referenced keys and their values, for a controller to ship (never printed). */
  referencedValues(): Record<string, string> {
    const loaded = this.load();
    if (!loaded.ok) return {};
    // fromEntries defines own properties: a key named __proto__ stays a key.
    return Object.fromEntries([...this.referenced].sort().flatMap((key) => (loaded.values.has(key) ? [[key, loaded.values.get(key)!]] : [])));
  }

  /** The text with every secret value revealed so far replaced by its reference: for messages that come from below (SSH, consoles). */
  redact(text: string): string {
    let out = text;
    // Longest first, so a value that contains another is hidden whole.
    for (const [value, reference] of [...this.revealed].sort(([a], [b]) => b.length - a.length)) out = out.split(value).join(reference);
    return out;
  }

  /** The text with its references resolved, or null when one cannot be; reveals nothing (see same()). */
  private resolved(text: string): string | null {
    if (!hasSecret(text)) return text;
    const loaded = this.load();
    if (!loaded.ok) return null;
    let complete = true;
    const out = text.replace(REFERENCE, (_reference, key: string) => {
      const value = loaded.values.get(key);
      if (value === undefined) complete = false;
      return value ?? '';
    });
    return complete ? out : null;
  }

  /** null when the key resolves; 'file' when the file cannot be used; else what is wrong with the key. */
  private problem(key: string): string | 'file' | null {
    if (key === '') return 'a secret reference needs a key: ${secret:KEY}';
    const loaded = this.load();
    if (!loaded.ok) {
      if (!loaded.missing) return 'file';
      return `secret "${key}": ${this.display} does not exist; write it (a JSON map {"${key}": "…"}, mode 0600)${this.explicit ? '' : ' beside topology.json'}, or name the secrets file with --secrets FILE or VMLAB_SECRETS`;
    }
    if (loaded.values.has(key)) return null;
    const keys = [...loaded.values.keys()].sort();
    return `secret "${key}" is not in ${this.display} (its keys: ${keys.length ? keys.join(', ') : 'none'})`;
  }

  private load(): Loaded {
    this.loaded ??= this.read();
    return this.loaded;
  }

  private read(): Loaded {
    const fail = (message: string, path = '', missing = false): Loaded => ({ ok: false, missing, issues: [{ file: this.display, path, message }] });
    const read = readSpecText(this.path);
    if (!read.ok) {
      if (read.missing) return fail(`file not found${this.explicit ? ' (named by --secrets or VMLAB_SECRETS)' : ''}`, '', true);
      return fail(read.message);
    }
    const raw = read.text;
    this.checkMode();
    // Parse errors name line and column only: the text around them may be a secret.
    const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
    const deep = depthIssue(text, this.display);
    if (deep) return fail(deep.message, deep.path);
    const errors: ParseError[] = [];
    parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    let value: unknown;
    try {
      if (errors.length > 0) throw new Error('syntax');
      value = JSON.parse(text);
    } catch {
      const at = lineAndColumn(text, errors[0]?.offset ?? 0);
      return fail(`malformed JSON at line ${at.line}, column ${at.column} (the text there is not shown: it may be a secret)`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('must be a JSON object of secret names to values: {"KEY": "value"}');
    const values = new Map<string, string>();
    const issues: SpecIssue[] = [];
    for (const [key, v] of Object.entries(value)) {
      if (typeof v === 'string') values.set(key, v);
      else
        issues.push({
          file: this.display,
          path: `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`,
          message: `must be a string (it is ${Array.isArray(v) ? 'an array' : v === null ? 'null' : `a ${typeof v}`})`,
        });
    }
    if (issues.length > 0) return { ok: false, missing: false, issues };
    return { ok: true, values };
  }

  private checkMode(): void {
    try {
      const mode = statSync(this.path).mode & 0o777;
      if ((mode & 0o066) !== 0) {
        this.warnings.push(`${this.display} is open to other users (mode ${mode.toString(8).padStart(4, '0')}); it holds secrets: chmod 600 ${this.path}`);
      }
    } catch {
      // read a moment ago; a file that vanished since is reported when it is used
    }
  }
}
