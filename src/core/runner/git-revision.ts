// What the action hands git as a revision to pair with (paired-ref, or a pull request's base commit):
// a commit id, branch or tag name, never an option (`--upload-pack=…`), a refspec (`a:b`, `+a`), a
// range or a pattern. Pure.

/** What `isRevisionName` accepts, in words, for messages. */
export const REVISION_NAME_ACCEPTED =
  'a commit id, branch or tag: letters, digits, "_", ".", "/", "-", "^" and "~", not starting with "-" or ".", at most 200 (e.g. "main" or "v1.2.0")';

/** Whether `value` is a revision name git cannot take for anything else. */
export function isRevisionName(value: string): boolean {
  return (
    /^[A-Za-z0-9_][A-Za-z0-9._/^~-]{0,199}$/.test(value) && !value.includes('..') && !value.endsWith('.lock')
  );
}
