import { describe, expect, it } from '@jest/globals';
import {
  cargoFailureLine,
  errorLines,
  failureCause,
  failureMessage,
  lastLines
} from '../../../src/core/runner/failure.js';

// Real stderr of cargo 1.95 runs, cut down only where noted.

// `cargo bench -p copybook-bench -- --noplot` in examples/copybook-workspace (the dependencies'
// Compiling lines cut, paths shortened).
const NOPLOT = `   Compiling copybook-core v0.1.0 (/w/examples/copybook-workspace/copybook-core)
   Compiling copybook-codec v0.1.0 (/w/examples/copybook-workspace/copybook-codec)
   Compiling copybook-bench v0.1.0 (/w/examples/copybook-workspace/copybook-bench)
    Finished \`bench\` profile [optimized] target(s) in 3m 01s
     Running unittests src/lib.rs (target/release/deps/copybook_bench-33fb623e7a5ebbd5)
error: Unrecognized option: 'noplot'
error: bench failed, to rerun pass \`-p copybook-bench --lib\`
`;

// A library that does not compile, with a warning after the error.
const COMPILE = `   Compiling tiny v0.1.0 (/tmp/cap/tiny)
error[E0425]: cannot find value \`missing_value\` in this scope
 --> src/lib.rs:2:26
  |
2 | pub fn broken() -> u32 { missing_value + 1 }
  |                          ^^^^^^^^^^^^^ not found in this scope

warning: unused variable: \`x\`
 --> src/lib.rs:1:31
  |
1 | pub fn unused_warning() { let x = 1; }
  |                               ^ help: if this is intentional, prefix it with an underscore: \`_x\`
  |
  = note: \`#[warn(unused_variables)]\` (part of \`#[warn(unused)]\`) on by default

For more information about this error, try \`rustc --explain E0425\`.
warning: \`tiny\` (lib) generated 1 warning
error: could not compile \`tiny\` (lib) due to 1 previous error; 1 warning emitted
`;

// A harness = false bench that panics, RUST_BACKTRACE=1.
const PANIC = `warning: unused variable: \`x\`
 --> src/lib.rs:1:31
  |
1 | pub fn unused_warning() { let x = 1; }
  |                               ^ help: if this is intentional, prefix it with an underscore: \`_x\`
  |
  = note: \`#[warn(unused_variables)]\` (part of \`#[warn(unused)]\`) on by default

warning: \`tiny\` (lib) generated 1 warning (run \`cargo fix --lib -p tiny\` to apply 1 suggestion)
    Finished \`bench\` profile [optimized] target(s) in 0.19s
     Running benches/boom.rs (target/release/deps/boom-177079dd713002b7)

thread 'main' (27545) panicked at benches/boom.rs:1:13:
bench data file missing: data/records.bin
stack backtrace:
   0: __rustc::rust_begin_unwind
   1: core::panicking::panic_fmt
   2: boom::main
note: Some details are omitted, run with \`RUST_BACKTRACE=full\` for a verbose backtrace.
error: bench failed, to rerun pass \`-p tiny --bench boom\`
`;

// \`-p foo\` where the lock file holds two packages named foo (cargo's own spelling).
const AMBIGUOUS = `     Locking 1 package to latest compatible version
error: specificationm \`foo\` is ambiguous
help: re-run this command with one of the following specifications
  foo@0.1.0
  foo@0.2.0
`;

// A dependency that cannot be fetched (no network, no local registry).
const UNREACHABLE = `    Updating crates.io index
warning: spurious network error (3 tries remaining): [6] Could not resolve hostname (Could not resolve host: index.crates.io)
warning: spurious network error (2 tries remaining): [6] Could not resolve hostname (Could not resolve host: index.crates.io)
warning: spurious network error (1 try remaining): [6] Could not resolve hostname (Could not resolve host: index.crates.io)
error: failed to get \`criterion\` as a dependency of package \`copybook-bench v0.1.0 (/w/examples/copybook-bench)\`

Caused by:
  download of config.json failed

Caused by:
  failed to download from \`https://index.crates.io/config.json\`

Caused by:
  [6] Could not resolve hostname (Could not resolve host: index.crates.io)
`;

describe('errorLines', () => {
  it("puts the harness's refusal first", () => {
    expect(errorLines(NOPLOT)).toEqual([
      "error: Unrecognized option: 'noplot'",
      'error: bench failed, to rerun pass `-p copybook-bench --lib`'
    ]);
  });

  it("keeps rustc's error and its location, not the code excerpt or the warnings", () => {
    expect(errorLines(COMPILE)).toEqual([
      'error[E0425]: cannot find value `missing_value` in this scope',
      ' --> src/lib.rs:2:26',
      'error: could not compile `tiny` (lib) due to 1 previous error; 1 warning emitted'
    ]);
  });

  it('keeps a panic with its message, not the backtrace', () => {
    expect(errorLines(PANIC)).toEqual([
      "thread 'main' (27545) panicked at benches/boom.rs:1:13:",
      'bench data file missing: data/records.bin',
      'error: bench failed, to rerun pass `-p tiny --bench boom`'
    ]);
    // Rust before 1.73 put the message on the panic line.
    expect(
      errorLines(
        "thread 'main' panicked at 'no data', benches/a.rs:3:5\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n"
      )
    ).toEqual(["thread 'main' panicked at 'no data', benches/a.rs:3:5"]);
  });

  it("keeps cargo's help under its error", () => {
    expect(errorLines(AMBIGUOUS)).toEqual([
      'error: specificationm `foo` is ambiguous',
      'help: re-run this command with one of the following specifications',
      '  foo@0.1.0',
      '  foo@0.2.0'
    ]);
  });

  it("keeps cargo's chain of causes down to the last one", () => {
    expect(errorLines(UNREACHABLE)).toEqual([
      'error: failed to get `criterion` as a dependency of package `copybook-bench v0.1.0 (/w/examples/copybook-bench)`',
      'Caused by:',
      '  download of config.json failed',
      'Caused by:',
      '  failed to download from `https://index.crates.io/config.json`',
      'Caused by:',
      '  [6] Could not resolve hostname (Could not resolve host: index.crates.io)'
    ]);
  });

  it('stops at 20 lines', () => {
    const many = Array.from(
      { length: 30 },
      (_, i) => `error[E0308]: mismatched types\n --> benches/b.rs:${i + 2}:18\n`
    );
    const lines = errorLines(many.join('\n'));
    expect(lines).toHaveLength(20);
    expect(lines[19]).toBe(' --> benches/b.rs:11:18');
  });
});

describe('failureMessage', () => {
  it('says the cause on its first line, then the other cause lines, then a short tail', () => {
    const message = failureMessage('cargo bench failed with exit code 101', COMPILE);
    expect(message.split('\n')).toEqual([
      'cargo bench failed with exit code 101: error[E0425]: cannot find value `missing_value` in this scope',
      ' --> src/lib.rs:2:26',
      'error: could not compile `tiny` (lib) due to 1 previous error; 1 warning emitted',
      'Last 12 lines of stderr:',
      ...lastLines(COMPILE, 12).split('\n')
    ]);
  });

  it('falls back to the tail when no line says error, and says when stderr was empty', () => {
    expect(failureMessage('cargo bench was ended by a signal', 'a\nb\n')).toBe(
      'cargo bench was ended by a signal\nLast 12 lines of stderr:\na\nb'
    );
    expect(failureMessage('cargo bench failed with exit code 1', '')).toBe(
      'cargo bench failed with exit code 1 (stderr was empty)'
    );
  });
});

describe('lastLines', () => {
  it('keeps the last lines and drops trailing blank ones', () => {
    expect(lastLines('a\nb\r\nc\nd\n\n', 2)).toBe('c\nd');
    expect(lastLines('only', 40)).toBe('only');
    expect(lastLines('', 40)).toBe('');
  });
});

describe('cargoFailureLine', () => {
  it("names cargo's error with its innermost cause", () => {
    // As cargo 1.95 printed it here without network access.
    const stderr = [
      '    Updating crates.io index',
      'warning: spurious network error (1 try remaining): [6] Could not resolve hostname',
      'error: failed to get `criterion` as a dependency of package `copybook-bench v0.1.0 (/x)`',
      '',
      'Caused by:',
      '  download of config.json failed',
      '',
      'Caused by:',
      '  [6] Could not resolve hostname (Could not resolve host: index.crates.io)',
      ''
    ].join('\n');
    expect(cargoFailureLine(stderr)).toBe(
      'error: failed to get `criterion` as a dependency of package `copybook-bench v0.1.0 (/x)` ([6] Could not resolve hostname (Could not resolve host: index.crates.io))'
    );
  });

  it('keeps a lone error line, and the last line when there is no error line', () => {
    expect(cargoFailureLine('error: could not find `Cargo.toml` in `/tmp`\n')).toBe(
      'error: could not find `Cargo.toml` in `/tmp`'
    );
    expect(cargoFailureLine('something odd\nhappened\n')).toBe('happened');
    expect(cargoFailureLine('')).toBe('(cargo printed nothing)');
  });
});

describe('failureCause', () => {
  it("is why the program could not start, else cargo's line, without credentials", () => {
    expect(failureCause({ error: 'git was not found on PATH', stderr: 'error: ignored' })).toBe(
      'git was not found on PATH'
    );
    expect(failureCause({ error: null, stderr: 'error: no bench target named `x`\n' })).toBe(
      'error: no bench target named `x`'
    );
    const token = 'ghs_failureCauseSecret0123456789abcdefgh';
    expect(
      failureCause({ error: null, stderr: `fatal: could not read from https://x:${token}@h/r\n` })
    ).not.toContain(token);
  });
});
