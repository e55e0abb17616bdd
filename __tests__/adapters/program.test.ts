// runProgram with real programs: no shell between the arguments and the program, no credentials in
// its environment, a timeout that stops the program and what it started, and a missing program.

import { describe, expect, it } from '@jest/globals';
import { runProgram } from '../../src/adapters/program.js';

const env = { PATH: process.env.PATH ?? '/usr/bin:/bin' };
const now = (): number => Date.now();

describe('runProgram', () => {
  it('passes each argument as it is, with no shell to read it', async () => {
    const args = ['$(touch /tmp/should-not-exist)', 'a b; echo hi', '`id`', '*'];
    const result = await runProgram('printf', ['%s\\n', ...args], { cwd: '/', env, now });
    expect(result).toEqual({
      exitCode: 0,
      stdout: `${args.join('\n')}\n`,
      stderr: '',
      timedOut: false,
      error: null
    });
  });

  it("starts the program without the job's credentials", async () => {
    const result = await runProgram('env', [], {
      cwd: '/',
      env: {
        ...env,
        GITHUB_TOKEN: 'ghs_programTestSecret0123456789abcdefghij',
        'INPUT_GITHUB-TOKEN': 'ghs_programTestSecret0123456789abcdefghij',
        ACTIONS_RUNTIME_TOKEN: 'runtime-secret',
        KEPT: 'yes'
      },
      now
    });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('KEPT=yes');
    expect(result.stdout).not.toContain('Secret');
    expect(result.stdout).not.toContain('runtime-secret');
  });

  it('gives the exit code and stderr of a failing program', async () => {
    const result = await runProgram('sh', ['-c', 'echo broken >&2; exit 3'], { cwd: '/', env, now });
    expect(result).toMatchObject({ exitCode: 3, stderr: 'broken\n', timedOut: false, error: null });
  });

  it('stops a program that runs past its timeout, and the processes it started', async () => {
    const started = Date.now();
    // A child that holds the output pipes open: the run ends early only if it is stopped too.
    const script =
      "require('child_process').spawn('sleep', ['30'], { stdio: 'inherit' }); setTimeout(() => console.log('late'), 30000);";
    const result = await runProgram(process.execPath, ['-e', script], { cwd: '/', env, now, timeoutMs: 500 });
    expect(result.timedOut).toBe(true);
    expect(result.exitCode).toBeNull();
    expect(result.stdout).toBe('');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('says so when the program is not on PATH, without throwing', async () => {
    const result = await runProgram('no-such-program-5c1f', ['x'], { cwd: '/', env, now });
    expect(result).toEqual({
      exitCode: null,
      stdout: '',
      stderr: '',
      timedOut: false,
      error: 'no-such-program-5c1f was not found on PATH'
    });
    const missing = await runProgram('/nonexistent/tool', [], { cwd: '/', env, now });
    expect(missing.exitCode).toBeNull();
    expect(missing.error).toContain('/nonexistent/tool could not be started');
  });
});
