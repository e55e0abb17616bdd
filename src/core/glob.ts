// Globs over criterion ids. Ids use `/` between group, function and value, so `*` stays inside a
// segment and `**` crosses segments, like path globs.
//
// Ids are hostile (a pull request writes the bench code), so matching must not backtrack: a
// RegExp spends exponential time on `*a*a*a*a*a*a*a*a*b` against a long id. A glob compiles to a
// small automaton instead (one state per pattern element), and matching walks the id once while
// keeping the set of states it can be in: at most (id length + 1) × states steps, whatever the input.

export class GlobError extends Error {
  override name = 'GlobError';
}

// One pattern element, before compilation.
type Item =
  | { kind: 'char'; test: CharTest }
  /** `*` (within a segment) or `**` (across segments). */
  | { kind: 'star'; crossesSlash: boolean }
  // `**` and `/` at a segment's start: any number of whole segments, none included.
  | { kind: 'segments' }
  | { kind: 'group'; alternatives: Item[][] };

type CharTest =
  | { kind: 'literal'; codePoint: number }
  | { kind: 'not-slash' }
  | { kind: 'class'; negate: boolean; ranges: Array<[number, number]> };

const SLASH = 0x2f;

/** What `**` matches: anything but a line terminator (as a RegExp's `.` does; compileGlob always did). */
const notLineTerminator = (c: number): boolean => c !== 0x0a && c !== 0x0d && c !== 0x2028 && c !== 0x2029;

/** Parses `[` at `open` up to its `]`; `[]a]` holds `]`, `[!a]` and `[^a]` negate, `a-z` is a range. */
function parseClass(
  pattern: string,
  open: number
): { test: CharTest; end: number; rangeError: string | null } {
  const end = pattern.indexOf(']', open + 2);
  if (end < 0) throw new GlobError(`an unclosed "[" at position ${open + 1}`);
  let body = pattern.slice(open + 1, end);
  const negate = body.startsWith('!') || body.startsWith('^');
  if (negate) body = body.slice(1);
  if (body === '') throw new GlobError(`an empty character class at position ${open + 1}`);
  const chars = Array.from(body, (c) => c.codePointAt(0) as number);
  const ranges: Array<[number, number]> = [];
  let rangeError: string | null = null;
  for (let k = 0; k < chars.length; k++) {
    const from = chars[k] as number;
    if (chars[k + 1] === 0x2d && k + 2 < chars.length) {
      const to = chars[k + 2] as number;
      if (to < from && rangeError === null) {
        rangeError = `a range out of order "${String.fromCodePoint(from)}-${String.fromCodePoint(to)}" in the character class at position ${open + 1}`;
      }
      ranges.push([from, to]);
      k += 2;
    } else {
      ranges.push([from, from]);
    }
  }
  return { test: { kind: 'class', negate, ranges }, end, rangeError };
}

/** `*`, `**`, `?`, `[abc]`, `[!abc]`, `{a,b}` (nestable), `\x`; everything else is literal. */
function parseGlob(pattern: string): Item[] {
  if (pattern.trim() === '') throw new GlobError('an empty pattern');
  const top: Item[] = [];
  // Open groups, innermost last; items go to the current alternative of the innermost one.
  const groups: Array<{ alternatives: Item[][] }> = [];
  const current = (): Item[] => {
    const group = groups[groups.length - 1];
    return group ? (group.alternatives[group.alternatives.length - 1] as Item[]) : top;
  };
  let rangeError: string | null = null;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === '\\') {
      if (i + 1 >= pattern.length) throw new GlobError('a trailing backslash');
      const codePoint = pattern.codePointAt(++i) as number;
      if (codePoint > 0xffff) i++;
      current().push({ kind: 'char', test: { kind: 'literal', codePoint } });
    } else if (c === '*') {
      if (pattern.charAt(i + 1) === '*') {
        i++;
        // `a/**/b` also matches `a/b`; a trailing `/**` needs at least one more segment.
        if (pattern.charAt(i + 1) === '/' && (i === 1 || pattern.charAt(i - 2) === '/')) {
          i++;
          current().push({ kind: 'segments' });
        } else {
          current().push({ kind: 'star', crossesSlash: true });
        }
      } else {
        current().push({ kind: 'star', crossesSlash: false });
      }
    } else if (c === '?') {
      current().push({ kind: 'char', test: { kind: 'not-slash' } });
    } else if (c === '[') {
      const parsed = parseClass(pattern, i);
      rangeError ??= parsed.rangeError;
      current().push({ kind: 'char', test: parsed.test });
      i = parsed.end;
    } else if (c === '{') {
      groups.push({ alternatives: [[]] });
    } else if (c === '}') {
      const group = groups.pop();
      if (!group) throw new GlobError(`an unmatched "}" at position ${i + 1}`);
      current().push({ kind: 'group', alternatives: group.alternatives });
    } else if (c === ',' && groups.length > 0) {
      groups[groups.length - 1]?.alternatives.push([]);
    } else {
      const codePoint = pattern.codePointAt(i) as number;
      if (codePoint > 0xffff) i++;
      current().push({ kind: 'char', test: { kind: 'literal', codePoint } });
    }
  }
  if (groups.length > 0) throw new GlobError('an unclosed "{"');
  if (rangeError !== null) throw new GlobError(rangeError);
  return top;
}

// The automaton: state s consumes one code point when `op[s]` is a test (then goes to `next[s]`),
// or is a free choice between `next[s]` and `alt[s]` (SPLIT), or accepts (MATCH).
const LITERAL = 0;
const NOT_SLASH = 1;
const NOT_LINE_TERMINATOR = 2;
const CLASS = 3;
const SPLIT = 4;
const MATCH = 5;

interface Program {
  op: number[];
  /** The literal's code point, or the class's index. */
  arg: number[];
  next: number[];
  alt: number[];
  classes: Array<Extract<CharTest, { kind: 'class' }>>;
  start: number;
}

function compile(items: readonly Item[]): Program {
  const program: Program = { op: [], arg: [], next: [], alt: [], classes: [], start: 0 };
  const add = (op: number, arg: number, next: number, alt = -1): number => {
    program.op.push(op);
    program.arg.push(arg);
    program.next.push(next);
    program.alt.push(alt);
    return program.op.length - 1;
  };
  /** A loop over one code point test, then on to `next`. */
  const loop = (op: number, next: number): number => {
    const split = add(SPLIT, 0, next);
    program.alt[split] = add(op, 0, split);
    return split;
  };
  // Built back to front: each element knows where it continues.
  const sequence = (list: readonly Item[], next: number): number => {
    let at = next;
    for (let k = list.length - 1; k >= 0; k--) {
      const item = list[k] as Item;
      switch (item.kind) {
        case 'char': {
          const test = item.test;
          if (test.kind === 'literal') at = add(LITERAL, test.codePoint, at);
          else if (test.kind === 'not-slash') at = add(NOT_SLASH, 0, at);
          else at = add(CLASS, program.classes.push(test) - 1, at);
          break;
        }
        case 'star':
          at = loop(item.crossesSlash ? NOT_LINE_TERMINATOR : NOT_SLASH, at);
          break;
        case 'segments':
          at = add(SPLIT, 0, at, loop(NOT_LINE_TERMINATOR, add(LITERAL, SLASH, at)));
          break;
        case 'group': {
          const starts = item.alternatives.map((alternative) => sequence(alternative, at));
          let choice = starts[starts.length - 1] as number;
          for (let a = starts.length - 2; a >= 0; a--) choice = add(SPLIT, 0, starts[a] as number, choice);
          at = choice;
          break;
        }
      }
    }
    return at;
  };
  program.start = sequence(items, add(MATCH, 0, -1));
  return program;
}

function classHas(test: Extract<CharTest, { kind: 'class' }>, c: number): boolean {
  let inside = false;
  for (const [from, to] of test.ranges) {
    if (c >= from && c <= to) {
      inside = true;
      break;
    }
  }
  return inside !== test.negate;
}

/** A compiled glob. `test` takes time linear in the id's length. */
export class Glob {
  readonly #program: Program;

  constructor(readonly pattern: string) {
    this.#program = compile(parseGlob(pattern));
  }

  /** Whether the whole id matches. */
  test(id: string): boolean {
    return this.#run(id).matched;
  }

  /**
   * The states visited while matching `id`: at most 4 × `size` per code point of the id (and
   * once more at the start), which is what keeps matching linear. For tests and measurements.
   */
  work(id: string): number {
    return this.#run(id).work;
  }

  /** The automaton's number of states. */
  get size(): number {
    return this.#program.op.length;
  }

  #run(id: string): { matched: boolean; work: number } {
    const { op, arg, next, alt, classes, start } = this.#program;
    const size = op.length;
    let current = new Int32Array(size);
    let following = new Int32Array(size);
    let count = 0;
    // A state is added to a list at most once per position: `seen[s] === generation`.
    const seen = new Int32Array(size).fill(-1);
    // Each SPLIT pushes two states once per position, so the stack never holds more than this.
    const stack = new Int32Array(2 * size + 1);
    let generation = 0;
    let work = 0;

    /** Adds `state` and every state reachable from it without consuming, to `list`. */
    const close = (state: number, list: Int32Array, length: number): number => {
      let depth = 0;
      stack[depth++] = state;
      let n = length;
      while (depth > 0) {
        const s = stack[--depth] as number;
        work++;
        if (seen[s] === generation) continue;
        seen[s] = generation;
        if (op[s] === SPLIT) {
          stack[depth++] = alt[s] as number;
          stack[depth++] = next[s] as number;
        } else {
          list[n++] = s;
        }
      }
      return n;
    };

    count = close(start, current, 0);
    for (let i = 0; i < id.length && count > 0; ) {
      const c = id.codePointAt(i) as number;
      i += c > 0xffff ? 2 : 1;
      generation++;
      let n = 0;
      for (let k = 0; k < count; k++) {
        const s = current[k] as number;
        work++;
        let ok: boolean;
        switch (op[s]) {
          case LITERAL:
            ok = c === arg[s];
            break;
          case NOT_SLASH:
            ok = c !== SLASH;
            break;
          case NOT_LINE_TERMINATOR:
            ok = notLineTerminator(c);
            break;
          case CLASS:
            ok = classHas(classes[arg[s] as number] as Extract<CharTest, { kind: 'class' }>, c);
            break;
          default:
            ok = false;
        }
        if (ok) n = close(next[s] as number, following, n);
      }
      const swap = current;
      current = following;
      following = swap;
      count = n;
    }
    for (let k = 0; k < count; k++) if (op[current[k] as number] === MATCH) return { matched: true, work };
    return { matched: false, work };
  }
}

/** Compiles one glob: `*`, `**`, `?`, `[abc]`, `[!abc]`, `{a,b}`, `\x`. Throws GlobError. */
export function compileGlob(pattern: string): Glob {
  return new Glob(pattern);
}

/**
 * Splits a comma/newline separated list, trimming and dropping empty items. Commas inside `{}` or
 * `[]` belong to a glob (`{100,1000}`), so they do not split.
 */
export function splitList(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '\\' && i + 1 < text.length) {
      current += c + text.charAt(++i);
      continue;
    }
    if (c === '{' || c === '[') depth++;
    else if ((c === '}' || c === ']') && depth > 0) depth--;
    if (c === '\n' || (c === ',' && depth === 0)) {
      items.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  items.push(current);
  return items.map((s) => s.trim()).filter((s) => s !== '');
}

/** A predicate over ids that is true when any of the compiled globs matches. */
export function matcher(globs: readonly Glob[]): (id: string) => boolean {
  return (id) => globs.some((g) => g.test(id));
}
