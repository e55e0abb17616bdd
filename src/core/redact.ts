// What a report, a page, an artifact or a log line may show of a value that can hold a credential.
// The one place that decides which names look like credentials and how their values are hidden.
// Pure: text in, text out.

/** What stands where a credential was. */
export const REDACTED = '***';

// Whole words of a name (split at `.`, `_`, `-`, `/` and camelCase humps): short, so only as words.
const CREDENTIAL_WORDS = new Set(['key', 'keys', 'pat', 'auth', 'dsn', 'pwd', 'pw', 'pass']);
// Anywhere in a name: long enough not to hit innocent words.
const CREDENTIAL_PARTS = /token|secret|passw|passphrase|credential|private|cookie|apikey|authoriz|bearer/i;

/** Whether a setting, variable, config key or flag name looks like it holds a credential. */
export function isCredentialName(name: string): boolean {
  if (CREDENTIAL_PARTS.test(name)) return true;
  return name
    .split(/[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/)
    .some((word) => CREDENTIAL_WORDS.has(word.toLowerCase()));
}

// `scheme://userinfo@`: the userinfo is a user and a password, or a token standing for both.
// Up to the last `@` of the authority, so that an `@` inside a password does not end it early.
const URL_USERINFO = /\b([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^\s/?#'"`]+@/g;
// Credentials with a shape of their own, whatever they are called: GitHub's tokens and JWTs (the
// runtime and OIDC tokens of a job are JWTs).
const KNOWN_TOKENS =
  /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|eyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]*)/g;
// `name=`, `name: `, `"name": `, `--name=`: a name, an optional closing quote, the separator.
const ASSIGNMENT = /([A-Za-z0-9_.-]*[A-Za-z0-9_])["']?(\s*[=:]\s*)/g;
// `--name value`: a flag that starts a word, then whitespace.
const FLAG = /(?<!\S)--?([A-Za-z][A-Za-z0-9_.-]*)\s+/g;
// An HTTP auth scheme before the credential itself (`Authorization: Bearer …`).
const AUTH_SCHEME = /^(?:Bearer|Basic|Token|Digest)\s+/i;

/** The length of the value at `start`: a quoted text (to its closing quote or the end) or a word. */
function valueLength(text: string, start: number): number {
  const quote = text[start];
  if (quote === '"' || quote === "'") {
    const end = text.indexOf(quote, start + 1);
    return (end === -1 ? text.length : end + 1) - start;
  }
  const word = /^[^\s,;&"'`)]*/.exec(text.slice(start));
  return word ? word[0].length : 0;
}

/** The value at `start` hidden, its quotes kept: `"tok"` → `"***"`, `tok` → `***`. */
function hideValue(text: string, start: number): { text: string; end: number } {
  const scheme = AUTH_SCHEME.exec(text.slice(start));
  const at = start + (scheme ? scheme[0].length : 0);
  const length = valueLength(text, at);
  if (length === 0) return { text, end: at };
  const quote = text[at] === '"' || text[at] === "'" ? (text[at] as string) : '';
  const closed = quote !== '' && length > 1 && text[at + length - 1] === quote;
  const shown = `${quote}${REDACTED}${closed ? quote : ''}`;
  return { text: text.slice(0, at) + shown + text.slice(at + length), end: at + shown.length };
}

/** Hides every value that `pattern` finds after a credential-like name (group `nameGroup`). */
function hideAfterNames(text: string, pattern: RegExp, nameGroup: number): string {
  let out = text;
  const re = new RegExp(pattern.source, pattern.flags);
  for (let match = re.exec(out); match !== null; match = re.exec(out)) {
    const valueStart = match.index + match[0].length;
    if (isCredentialName(match[nameGroup] as string)) {
      const hidden = hideValue(out, valueStart);
      out = hidden.text;
      re.lastIndex = hidden.end;
    } else {
      // Not a credential: look again right after the separator (`--config=registries.x.token=…`).
      re.lastIndex = Math.max(valueStart, match.index + 1);
    }
  }
  return out;
}

/**
 * A text with its credentials hidden: the userinfo of URLs (`https://***@host`), GitHub tokens and
 * JWTs, and the value after a credential-like name (`registries.x.token="***"`, `token=***`,
 * `Authorization: Bearer ***`, `--token ***`). Everything else stays as written.
 */
export function redactText(text: string): string {
  let out = text.replace(URL_USERINFO, `$1${REDACTED}@`).replace(KNOWN_TOKENS, REDACTED);
  out = hideAfterNames(out, ASSIGNMENT, 1);
  return hideAfterNames(out, FLAG, 1);
}

/** Whether an argument is a flag whose next argument is a credential (`--token`, `--api-key`). */
function isCredentialFlag(arg: string): boolean {
  const flag = /^--?([A-Za-z][A-Za-z0-9_.-]*)$/.exec(arg);
  return flag !== null && isCredentialName(flag[1] as string);
}

/** An argument list with its credentials hidden, word by word, as the log and reports show it. */
export function redactArgs(args: readonly string[]): string[] {
  return args.map((arg, i) => {
    const previous = args[i - 1];
    return previous !== undefined && isCredentialFlag(previous) ? REDACTED : redactText(arg);
  });
}
