/**
 * Cargo package specs (`cargo help pkgid`), as the `package` input accepts them: `name`,
 * `name@1.2.3` (or the older `name:1.2.3`, versions may be partial: `name@1`), and URLs such as
 * `path+file:///work/crate#1.2.3` or `file:///work/dir#name@1.2.3`. Pure: no env, no I/O.
 */
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface PackageSpec {
  /** As written; handed to `cargo bench -p` unchanged. */
  text: string;
  /** For a `file:` URL without a name in its fragment, the folder's name (as cargo takes it). */
  name: string | null;
  /** A possibly partial version: `1`, `1.2`, `1.2.3`, `1.2.3-beta.1`. */
  version: string | null;
  /** The directory of a `file:` URL spec (a workspace member's own folder). */
  directory: string | null;
  /** A URL spec that cannot name a path package (registry, git): it never matches a member. */
  remote: boolean;
}

/** The member fields a spec is matched against (from `cargo metadata`). */
export interface SpecTarget {
  name: string;
  version: string;
  /** The folder holding the member's Cargo.toml. */
  directory: string;
}

// A leading '-' would read as a flag to cargo.
const NAME = /^[A-Za-z0-9_][A-Za-z0-9_-]*$/;
const VERSION = /^\d+(\.\d+(\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?)?)?$/;

/** `name`, `name@ver`, `name:ver`, or (in a URL fragment) `ver` alone; null when it is none of these. */
function nameAndVersion(
  text: string,
  bareVersion: boolean
): { name: string | null; version: string | null } | null {
  const at = text.search(/[@:]/);
  if (at === -1) {
    if (bareVersion && VERSION.test(text)) return { name: null, version: text };
    return NAME.test(text) ? { name: text, version: null } : null;
  }
  const name = text.slice(0, at);
  const version = text.slice(at + 1);
  return NAME.test(name) && VERSION.test(version) ? { name, version } : null;
}

/** The spec, or null when `text` is not one. */
export function parsePackageSpec(input: string): PackageSpec | null {
  const text = input.trim();
  // The spec reaches logs and reports as written: URL characters only (others can be %-encoded).
  if (!/^[A-Za-z0-9_.~:/@#%+-]+$/.test(text)) return null;
  if (!text.includes('://')) {
    const parts = nameAndVersion(text, false);
    return parts && { text, ...parts, directory: null, remote: false };
  }
  const hash = text.indexOf('#');
  const address = hash === -1 ? text : text.slice(0, hash);
  const parts = hash === -1 ? { name: null, version: null } : nameAndVersion(text.slice(hash + 1), true);
  if (parts === null) return null;
  // `path+file://…`, `registry+https://…`, `git+https://…`, `sparse+https://…`, or a bare URL.
  const kind = /^([a-z]+)\+/.exec(address)?.[1] ?? null;
  let url: URL;
  try {
    url = new URL(kind === null ? address : address.slice(kind.length + 1));
  } catch {
    return null;
  }
  if (url.protocol !== 'file:' || (kind !== null && kind !== 'path')) {
    return { text, ...parts, directory: null, remote: true };
  }
  let directory: string;
  try {
    directory = fileURLToPath(url);
  } catch {
    return null; // e.g. a file URL with a host
  }
  // Without a name in the fragment, cargo takes it from the folder's name.
  const name = parts.name ?? basename(directory);
  return NAME.test(name) ? { text, name, version: parts.version, directory, remote: false } : null;
}

/** Whether `version` (full, from cargo) matches a possibly partial spec version, as cargo decides. */
export function versionMatches(spec: string, version: string): boolean {
  const strip = (v: string) => v.split('+')[0] as string; // build metadata never counts
  const [specCore = '', specPre] = strip(spec).split(/-(.*)/s);
  const [core = '', pre] = strip(version).split(/-(.*)/s);
  const wanted = specCore.split('.');
  const have = core.split('.');
  if (wanted.some((part, i) => part !== have[i])) return false;
  // A pre-release is compared only when the spec names one (it then has all three numbers).
  return specPre === undefined || specPre === pre;
}

/** Whether the spec names this member: by name and version, and by folder for a `file:` URL. */
export function specMatches(spec: PackageSpec, member: SpecTarget): boolean {
  if (spec.remote) return false;
  if (spec.name !== null && spec.name !== member.name) return false;
  if (spec.version !== null && !versionMatches(spec.version, member.version)) return false;
  if (spec.directory !== null && trimSlash(spec.directory) !== trimSlash(member.directory)) return false;
  return true;
}

function trimSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}
