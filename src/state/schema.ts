/**
 * A small validator for data of unknown origin (this device's storage, a backup file).
 * Every schema returns a fresh copy built from own data properties only (so `__proto__`
 * keys stay plain data and unknown fields are dropped), or records what was wrong, with
 * the path of each bad item, so an import can name every one of them.
 */

/** What was wrong, as a code the UI translates (locales: privacy.backup.issue.*). */
export type IssueCode = 'json' | 'type' | 'too-long' | 'too-many' | 'format' | 'choice' | 'missing' | 'version' | 'rule';

export interface Issue {
  /** Where the bad item is, e.g. `drafts[2].recipient.addressText`. */
  path: string;
  code: IssueCode;
  /** The same in English words, for logs and tests: `text of at most 2000 characters`. */
  expected: string;
}

export interface Schema<T> {
  readonly expected: string;
  /** The value as T (a fresh copy), or undefined with at least one issue added. */
  parse(x: unknown, path: string, issues: Issue[]): T | undefined;
}

const isPlainObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function fail(issues: Issue[], path: string, expected: string, code: IssueCode = 'type'): undefined {
  issues.push({ path: path || '(top)', code, expected });
  return undefined;
}

const join = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

export function text(max = Number.POSITIVE_INFINITY): Schema<string> {
  const expected = Number.isFinite(max) ? `text of at most ${max} characters` : 'text';
  return { expected, parse: (x, path, issues) => (typeof x !== 'string' ? fail(issues, path, expected) : x.length <= max ? x : fail(issues, path, expected, 'too-long')) };
}

/** Text that matches a pattern: ids, dates. */
export function pattern(re: RegExp, expected: string): Schema<string> {
  return { expected, parse: (x, path, issues) => (typeof x === 'string' && re.test(x) ? x : fail(issues, path, expected, typeof x === 'string' ? 'format' : 'type')) };
}

export const bool: Schema<boolean> = { expected: 'true or false', parse: (x, path, issues) => (typeof x === 'boolean' ? x : fail(issues, path, 'true or false')) };

export function integer(min: number, max: number): Schema<number> {
  const expected = `a whole number from ${min} to ${max}`;
  return { expected, parse: (x, path, issues) => (typeof x === 'number' && Number.isInteger(x) && x >= min && x <= max ? x : fail(issues, path, expected, typeof x === 'number' ? 'format' : 'type')) };
}

export function oneOf<const T extends string>(values: readonly T[]): Schema<T> {
  const expected = `one of ${values.join(', ')}`;
  return { expected, parse: (x, path, issues) => ((values as readonly unknown[]).includes(x) ? (x as T) : fail(issues, path, expected, 'choice')) };
}

export function nullable<T>(inner: Schema<T>): Schema<T | null> {
  return {
    expected: `${inner.expected} or null`,
    parse: (x, path, issues) => (x === null ? null : inner.parse(x, path, issues)),
  };
}

type Shape<T> = { [K in keyof T]-?: Schema<T[K]> };

/**
 * An object with exactly these fields. Fields listed in `optional` may be missing (and are then
 * left out); every other field must be there with the right type. Unknown fields are dropped.
 */
export function object<T extends object>(shape: Shape<T>, optional: readonly (keyof T)[] = []): Schema<T> {
  return {
    expected: 'an object',
    parse(x, path, issues) {
      if (!isPlainObject(x)) return fail(issues, path, 'an object');
      const out: Record<string, unknown> = {};
      let ok = true;
      for (const key of Object.keys(shape) as (keyof T & string)[]) {
        const has = Object.prototype.hasOwnProperty.call(x, key);
        if (!has && optional.includes(key)) continue;
        const schema = shape[key] as Schema<unknown>;
        const before = issues.length;
        const value = has ? schema.parse(x[key], join(path, key), issues) : fail(issues, join(path, key), schema.expected, 'missing');
        if (issues.length > before) ok = false;
        else out[key] = value;
      }
      return ok ? (out as T) : undefined;
    },
  };
}

/** A map from text keys to values; built with own properties, so no key can reach a prototype. */
export function record<T>(inner: Schema<T>, maxEntries = Number.POSITIVE_INFINITY): Schema<Record<string, T>> {
  return {
    expected: 'an object of named values',
    parse(x, path, issues) {
      if (!isPlainObject(x)) return fail(issues, path, 'an object of named values');
      const entries = Object.entries(x);
      if (entries.length > maxEntries) return fail(issues, path, `at most ${maxEntries} entries`, 'too-many');
      const out: Record<string, T> = {};
      let ok = true;
      for (const [key, value] of entries) {
        const before = issues.length;
        const parsed = inner.parse(value, join(path, key), issues);
        if (issues.length > before) ok = false;
        else Object.defineProperty(out, key, { value: parsed, enumerable: true, writable: true, configurable: true });
      }
      return ok ? out : undefined;
    },
  };
}

export function array<T>(inner: Schema<T>, maxItems = Number.POSITIVE_INFINITY): Schema<T[]> {
  return {
    expected: 'a list',
    parse(x, path, issues) {
      if (!Array.isArray(x)) return fail(issues, path, 'a list');
      if (x.length > maxItems) return fail(issues, path, `a list of at most ${maxItems} items`, 'too-many');
      const out: T[] = [];
      let ok = true;
      x.forEach((item, i) => {
        const before = issues.length;
        const parsed = inner.parse(item, join(path, i), issues);
        if (issues.length > before) ok = false;
        else out.push(parsed as T);
      });
      return ok ? out : undefined;
    },
  };
}

/** One of several object shapes, told apart by a `kind` field. */
export function variants<T extends { kind: string }>(byKind: { [K in T['kind']]: Schema<Extract<T, { kind: K }>> }): Schema<T> {
  const kinds = Object.keys(byKind);
  const expected = `an object with kind ${kinds.join(', ')}`;
  return {
    expected,
    parse(x, path, issues) {
      if (!isPlainObject(x)) return fail(issues, path, expected);
      if (typeof x.kind !== 'string' || !Object.prototype.hasOwnProperty.call(byKind, x.kind)) return fail(issues, join(path, 'kind'), `one of ${kinds.join(', ')}`, 'choice');
      return (byKind as Record<string, Schema<T>>)[x.kind]?.parse(x, path, issues);
    },
  };
}

/** A schema that also checks something across fields, e.g. that the active draft exists. */
export function refine<T>(inner: Schema<T>, test: (value: T) => string | null): Schema<T> {
  return {
    expected: inner.expected,
    parse(x, path, issues) {
      const value = inner.parse(x, path, issues);
      if (value === undefined) return undefined;
      const problem = test(value);
      return problem ? fail(issues, path, problem, 'rule') : value;
    },
  };
}

/** Runs a schema; the issues list is empty exactly when a value came back. */
export function validate<T>(schema: Schema<T>, x: unknown): { value: T; issues: [] } | { value: undefined; issues: Issue[] } {
  const issues: Issue[] = [];
  const value = schema.parse(x, '', issues);
  return value === undefined || issues.length > 0 ? { value: undefined, issues: issues.length ? issues : [{ path: '(top)', code: 'type', expected: schema.expected }] } : { value, issues: [] };
}
