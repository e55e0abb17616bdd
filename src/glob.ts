// Globs over criterion ids. Ids use `/` between group, function and value, so `*` stays inside a
// segment and `**` crosses segments, like path globs. Compiled once to a RegExp (linear matching).

export class GlobError extends Error {
  override name = 'GlobError';
}

const SPECIAL = /[.+^$()|\\[\]{}*?]/;

/** Compiles one glob: `*`, `**`, `?`, `[abc]`, `[!abc]`, `{a,b}`, `\x`. Throws GlobError. */
export function compileGlob(pattern: string): RegExp {
  if (pattern.trim() === '') throw new GlobError('an empty pattern');
  let out = '';
  let braceDepth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === '\\') {
      if (i + 1 >= pattern.length) throw new GlobError('a trailing backslash');
      out += literal(pattern.charAt(++i));
    } else if (c === '*') {
      if (pattern.charAt(i + 1) === '*') {
        i++;
        // `a/**/b` also matches `a/b`; a trailing `/**` needs at least one more segment.
        if (pattern.charAt(i + 1) === '/' && (i === 1 || pattern.charAt(i - 2) === '/')) {
          i++;
          out += '(?:.*/)?';
        } else {
          out += '.*';
        }
      } else {
        out += '[^/]*';
      }
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) throw new GlobError(`an unclosed "[" at position ${i + 1}`);
      let body = pattern.slice(i + 1, end);
      const negate = body.startsWith('!') || body.startsWith('^');
      if (negate) body = body.slice(1);
      if (body === '') throw new GlobError(`an empty character class at position ${i + 1}`);
      out += `[${negate ? '^' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
      i = end;
    } else if (c === '{') {
      braceDepth++;
      out += '(?:';
    } else if (c === '}') {
      if (braceDepth === 0) throw new GlobError(`an unmatched "}" at position ${i + 1}`);
      braceDepth--;
      out += ')';
    } else if (c === ',' && braceDepth > 0) {
      out += '|';
    } else {
      out += literal(c);
    }
  }
  if (braceDepth > 0) throw new GlobError('an unclosed "{"');
  try {
    return new RegExp(`^${out}$`, 'u');
  } catch (error) {
    throw new GlobError(error instanceof Error ? error.message : String(error));
  }
}

function literal(c: string): string {
  return SPECIAL.test(c) ? `\\${c}` : c;
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
export function matcher(globs: readonly RegExp[]): (id: string) => boolean {
  return (id) => globs.some((g) => g.test(id));
}
