// `history import FILE`: a gh-pages benchmark dashboard's data.js (github-action-benchmark's) turned
// into history records and the dashboard, in a checkout of the data branch, so that a project that
// switches keeps its past. Committing is left to the user: the command only writes files, and only
// under the checkout's data folder and at its top.

import path from 'node:path';
import { expectKind, FILE_CAPS, isInside, realPath } from '../adapters/fs/confined.js';
import { addRecord, writeDashboard } from '../adapters/history/tree.js';
import { runnerOf } from '../app/plan.js';
import { isoNow } from '../app/ports.js';
import type { BaselineSlot } from '../core/baseline/store-naming.js';
import { buildConfig } from '../core/config/config.js';
import { InputError } from '../core/errors.js';
import { importDashboard, quoted } from '../core/history/import.js';
import { slotFolder } from '../core/history/layout.js';
import { redactText } from '../core/redact.js';
import { plural } from '../core/words.js';
import { type CliArgs, COMMANDS } from './args.js';
import { type CliIO, cliPorts, printLine, readText } from './commands.js';

/** The longest OS or architecture label a record holds (schema/history-record.schema.json). */
const MAX_LABEL = 200;

/** An --os or --arch value (or this machine's): a label of 1 to 200 characters, no control characters. */
function label(value: string, flag: string): string {
  const text = value.trim();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses.
  if (text === '' || text.length > MAX_LABEL || /[\u0000-\u001f\u007f]/.test(text)) {
    throw new InputError(
      `Invalid --${flag}: "${redactText(value.slice(0, 80))}". Accepted: a label of 1 to ${MAX_LABEL} characters, such as ${flag === 'os' ? 'Linux, macOS or Windows' : 'X64 or ARM64'}.`
    );
  }
  return text;
}

/** The data branch's checkout: it must exist, and the slot's folder must really lie inside it. */
function checkout(args: CliArgs, io: CliIO, slot: BaselineSlot): string {
  const value = args.files.dir ?? '.';
  const dir = path.resolve(io.cwd, value);
  expectKind({ path: dir, root: null }, 'directory', {
    setting: '--dir',
    value,
    accepted: 'a checkout of the data branch (a folder that exists)'
  });
  // A `data` folder (or one below it) that is a symlink could lead the records anywhere.
  const folder = slotFolder(slot);
  const real = realPath(path.join(dir, ...folder.split('/')));
  if (!isInside(real, realPath(dir))) {
    throw new InputError(
      `${folder} in ${dir} leads through a symlink to ${real}, outside that folder: history import writes only inside the data branch's checkout.`
    );
  }
  return dir;
}

/** `history import FILE`: the records of one suite added to the data branch's checkout, and its dashboard. */
export async function historyCommand(args: CliArgs, io: CliIO): Promise<number> {
  const [word, file] = args.positional;
  if (word !== 'import' || file === undefined) {
    throw new InputError(`Usage: copybook-bench ${COMMANDS.history.usage}`);
  }
  // The instance's name and testbed, parsed as the action parses them; no config file is read.
  const config = buildConfig({ inputs: args.inputs });
  const ports = cliPorts(io);
  const runner = runnerOf(io.env, ports.host);
  const slot = { name: config.name, testbed: config.testbed, os: label(args.labels.os ?? runner.os, 'os') };
  const arch = label(args.labels.arch ?? runner.arch, 'arch');
  const dir = checkout(args, io, slot);
  const text = readText(path.resolve(io.cwd, file), FILE_CAPS.dashboardData, 'history import:');
  const result = importDashboard(text, { source: file, suite: args.labels.suite ?? null, slot, arch });
  if (!result.ok) throw new InputError(result.problem.message);
  const { suite, records, notes, repositoryUrl } = result.value;
  for (const note of notes) printLine(io.stderr, `note: ${note}`);
  let present = 0;
  for (const record of records) if (!(await addRecord(dir, record)).added) present++;
  const written = await writeDashboard(dir, { generatedAt: isoNow(ports.clock), repositoryUrl });
  for (const problem of written.problems)
    printLine(io.stderr, `warning: ${problem}: left out of the dashboard`);
  const where = dir === path.resolve(io.cwd) ? '' : ` in ${dir}`;
  printLine(
    io.stdout,
    `Imported ${plural(records.length - present, 'result')} of ${quoted(suite)} into ${slotFolder(slot)} (${present} already there); wrote ${written.files.join(', ')}. Commit them${where}: git add -A && git commit -m "Import the history of the gh-pages benchmark dashboard"`
  );
  return 0;
}
