// Writes dist/licenses.txt: the license of every package bundled into dist/, the entry files and
// their chunks alike. ncc's own `--license` writes one file per chunk under the same name, so with
// chunks (the service clients load on first use) the last chunk's list would overwrite the others.
// This reads the modules from ncc's `--stats-out` files and renders the list as ncc's license plugin
// does: a package is the nearest package.json with a name above a module, its text the first
// LICENSE/LICENCE file in its folder, sorted by name (and, unlike the plugin, every version whose
// license differs, not only the first one found).
//
// Usage: node build/licenses/index.js <out> <stats.json>...

import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

interface StatsModule {
  nameForCondition?: string;
  modules?: StatsModule[];
}

interface PackageJson {
  name?: string;
  license?: string | { type?: string };
  licenses?: Array<{ type?: string }>;
}

interface Licensed {
  name: string;
  licenseId: string | null;
  licenseText: string | null;
}

const PROJECT_ROOT = process.cwd();

function modulePaths(modules: readonly StatsModule[], out: Set<string>): Set<string> {
  for (const m of modules) {
    if (m.modules) modulePaths(m.modules, out);
    else if (m.nameForCondition && path.isAbsolute(m.nameForCondition)) out.add(m.nameForCondition);
  }
  return out;
}

function readPackageJson(dir: string): PackageJson | null {
  const file = path.join(dir, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PackageJson) : null;
}

/** The folder of the package a file belongs to: the nearest package.json that has a name. */
function packageDir(file: string): string | null {
  let dir = path.dirname(file);
  while (!readPackageJson(dir)?.name) {
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
  return dir === PROJECT_ROOT ? null : dir;
}

function licenseIdOf(pkg: PackageJson): string | null {
  if (pkg.license) return typeof pkg.license === 'string' ? pkg.license : (pkg.license.type ?? null);
  return pkg.licenses?.[0]?.type ?? null;
}

function licenseTextOf(dir: string, licenseId: string | null): string | null {
  const read = (name: string) => readFileSync(path.join(dir, name), 'utf8').replace(/\r\n/g, '\n');
  if (licenseId?.startsWith('SEE LICENSE IN ')) {
    const name = licenseId.split(' ')[3] as string;
    return existsSync(path.join(dir, name)) ? read(name) : null;
  }
  const name = readdirSync(dir).find(
    (entry) => /^licen[cs]e/i.test(entry) && !statSync(path.join(dir, entry)).isDirectory()
  );
  return name === undefined ? null : read(name);
}

function render(packages: readonly Licensed[]): string {
  const key = (p: Licensed) => `${p.name}\n${p.licenseId}\n${p.licenseText}`;
  const text = [...packages]
    .sort((a, b) => (key(a) < key(b) ? -1 : 1))
    .map(
      (p) =>
        `${p.name}${p.licenseId ? `\n${p.licenseId}` : ''}${p.licenseText ? `\n${p.licenseText}` : ''}\n\n`
    )
    .join('');
  return `${text.trim()}\n`;
}

const [out, ...statsFiles] = process.argv.slice(2);
if (!out || statsFiles.length === 0) throw new Error('usage: licenses <out> <stats.json>...');
const files = new Set<string>();
for (const file of statsFiles) {
  const stats = JSON.parse(readFileSync(file, 'utf8')) as { modules?: StatsModule[] };
  modulePaths(stats.modules ?? [], files);
}
// Two versions of a package may both be bundled under different licenses: each distinct one is listed.
const licensed = new Map<string, Licensed>();
for (const dir of new Set([...files].map(packageDir))) {
  const pkg = dir === null ? null : readPackageJson(dir);
  if (dir === null || !pkg?.name) continue;
  const licenseId = licenseIdOf(pkg);
  const entry = { name: pkg.name, licenseId, licenseText: licenseTextOf(dir, licenseId) };
  licensed.set(JSON.stringify(entry), entry);
}
writeFileSync(out, render([...licensed.values()]));
console.log(`wrote ${out}: ${licensed.size} licenses`);
