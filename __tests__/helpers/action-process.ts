// Runs the bundled action (dist/index.js) as the runner does: inputs as INPUT_* variables, outputs
// and the job summary through the files named by GITHUB_OUTPUT and GITHUB_STEP_SUMMARY. Asynchronous,
// so that a test server in this process keeps answering while the action runs.

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './cargo.js';

export interface ActionRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Reads the `name<<delimiter … delimiter` records @actions/core writes to GITHUB_OUTPUT. */
export function parseGithubOutput(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!match) continue;
    const [, name, delimiter] = match;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
    outputs[name as string] = value.join('\n');
  }
  return outputs;
}

export async function runAction(
  inputs: Record<string, string>,
  opts: {
    cwd: string;
    /** Adds to the runner's variables; an undefined value removes one (GITHUB_STEP_SUMMARY, say). */
    env?: Record<string, string | undefined>;
    timeoutMs?: number;
    /** The bundle to run; dist/index.js by default. */
    entry?: string;
  }
): Promise<ActionRun> {
  const files = mkdtempSync(path.join(tmpdir(), 'action-files-'));
  const outputFile = path.join(files, 'output');
  const summaryFile = path.join(files, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: files
  };
  // Where the toolchain and its configuration live, as on a runner (rustup's own variables).
  for (const name of ['CARGO_HOME', 'RUSTUP_HOME'] as const) {
    const value = process.env[name];
    if (value) env[name] = value;
  }
  for (const [name, value] of Object.entries(opts.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const entry = opts.entry ?? path.join(REPO_ROOT, 'dist', 'index.js');
  const child = spawn(process.execPath, [entry], { cwd: opts.cwd, env });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => {
    stdout += text;
  });
  child.stderr.setEncoding('utf8').on('data', (text: string) => {
    stderr += text;
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000);
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  clearTimeout(timer);
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseGithubOutput(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8')
  };
}
