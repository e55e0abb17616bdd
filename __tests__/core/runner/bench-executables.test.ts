import { describe, expect, it } from '@jest/globals';
import { benchBuild, packageIdVersion } from '../../../src/core/runner/bench-executables.js';

// Lines as cargo 1.95 prints them for `cargo bench --no-run --message-format=json -p copybook-bench
// --bench decode` (the long fields shortened), with a second bench target and lines that are not JSON.
const CRITERION_LIB =
  '{"reason":"compiler-artifact","package_id":"registry+https://github.com/rust-lang/crates.io-index#criterion@0.3.6","manifest_path":"/usr/share/cargo/registry/criterion-0.3.6/Cargo.toml","target":{"kind":["lib"],"crate_types":["lib"],"name":"criterion","src_path":"/usr/share/cargo/registry/criterion-0.3.6/src/lib.rs","edition":"2018","doc":true,"doctest":true,"test":true},"profile":{"opt_level":"3","debuginfo":0,"debug_assertions":false,"overflow_checks":false,"test":false},"features":["cargo_bench_support","html_reports"],"filenames":["/t/release/deps/libcriterion-11fb43e693e0a1b2.rlib"],"executable":null,"fresh":true}';
const PACKAGE_LIB =
  '{"reason":"compiler-artifact","package_id":"path+file:///w/crate#copybook-bench@0.1.0","manifest_path":"/w/crate/Cargo.toml","target":{"kind":["lib"],"crate_types":["lib"],"name":"copybook_bench","src_path":"/w/crate/src/lib.rs","edition":"2021","doc":true,"doctest":true,"test":true},"profile":{"opt_level":"3","debuginfo":0,"debug_assertions":false,"overflow_checks":false,"test":false},"features":[],"filenames":["/t/release/deps/libcopybook_bench-cf3609d3886c975d.rlib"],"executable":null,"fresh":false}';
const DECODE =
  '{"reason":"compiler-artifact","package_id":"path+file:///w/crate#copybook-bench@0.1.0","manifest_path":"/w/crate/Cargo.toml","target":{"kind":["bench"],"crate_types":["bin"],"name":"decode","src_path":"/w/crate/benches/decode.rs","edition":"2021","doc":false,"doctest":false,"test":false},"profile":{"opt_level":"3","debuginfo":0,"debug_assertions":false,"overflow_checks":false,"test":true},"features":[],"filenames":["/t/release/deps/decode-1ebec8b3a4df43f6"],"executable":"/t/release/deps/decode-1ebec8b3a4df43f6","fresh":false}';
const PARSE =
  '{"reason":"compiler-artifact","package_id":"path+file:///w/crate#copybook-bench@0.1.0","manifest_path":"/w/crate/Cargo.toml","target":{"kind":["bench"],"crate_types":["bin"],"name":"parse","src_path":"/w/crate/benches/parse.rs","edition":"2021","doc":false,"doctest":false,"test":false},"profile":{"opt_level":"3","debuginfo":0,"debug_assertions":false,"overflow_checks":false,"test":true},"features":[],"filenames":["/t/release/deps/parse-0123456789abcdef"],"executable":"/t/release/deps/parse-0123456789abcdef","fresh":true}';
const SCRIPT =
  '{"reason":"build-script-executed","package_id":"registry+https://github.com/rust-lang/crates.io-index#serde@1.0.152","linked_libs":[],"linked_paths":[],"cfgs":[],"env":[],"out_dir":"/t/release/build/serde-9fc9619f852f45b8/out"}';
const FINISHED = '{"reason":"build-finished","success":true}';

describe('benchBuild', () => {
  const stdout = [SCRIPT, CRITERION_LIB, PACKAGE_LIB, DECODE, PARSE, FINISHED, ''].join('\n');

  it('takes the executables of the bench targets asked for, in that order, with their manifests', () => {
    const build = benchBuild(stdout, ['parse', 'decode']);
    expect(build.executables).toEqual([
      {
        target: 'parse',
        executable: '/t/release/deps/parse-0123456789abcdef',
        manifestPath: '/w/crate/Cargo.toml'
      },
      {
        target: 'decode',
        executable: '/t/release/deps/decode-1ebec8b3a4df43f6',
        manifestPath: '/w/crate/Cargo.toml'
      }
    ]);
    expect(build.missing).toEqual([]);
  });

  it('takes every bench target when none is named, and leaves out targets that are not asked for', () => {
    expect(benchBuild(stdout, []).executables.map((e) => e.target)).toEqual(['decode', 'parse']);
    expect(benchBuild(stdout, ['decode']).executables.map((e) => e.target)).toEqual(['decode']);
  });

  it('names the bench targets the build did not produce', () => {
    const build = benchBuild([CRITERION_LIB, DECODE].join('\n'), ['decode', 'throughput']);
    expect(build.executables.map((e) => e.target)).toEqual(['decode']);
    expect(build.missing).toEqual(['throughput']);
  });

  it("reads criterion's version and counts the artifacts cargo reused", () => {
    const build = benchBuild(stdout, ['decode']);
    expect(build.criterionVersion).toBe('0.3.6');
    expect(build.artifacts).toBe(4);
    expect(build.fresh).toBe(2);
    expect(benchBuild(DECODE, ['decode']).criterionVersion).toBeNull();
  });

  it("skips lines that are not cargo's JSON, and a library target that is no bench", () => {
    const noise = [
      '   Compiling copybook-bench v0.1.0 (/w/crate)',
      '{"reason":"compiler-artifact", broken',
      '[1, 2]',
      'null',
      '{"reason":"compiler-artifact","target":"decode","executable":"/x"}',
      PACKAGE_LIB.replace('"name":"copybook_bench"', '"name":"decode"'),
      DECODE
    ].join('\r\n');
    const build = benchBuild(noise, ['decode']);
    expect(build.executables).toEqual([
      {
        target: 'decode',
        executable: '/t/release/deps/decode-1ebec8b3a4df43f6',
        manifestPath: '/w/crate/Cargo.toml'
      }
    ]);
  });

  it('leaves out a bench message without an executable', () => {
    const build = benchBuild(
      DECODE.replace('"executable":"/t/release/deps/decode-1ebec8b3a4df43f6"', '"executable":null'),
      ['decode']
    );
    expect(build.executables).toEqual([]);
    expect(build.missing).toEqual(['decode']);
  });
});

describe('packageIdVersion', () => {
  it('reads the version from the package id forms of old and new cargo', () => {
    expect(packageIdVersion('registry+https://github.com/rust-lang/crates.io-index#criterion@0.5.1')).toBe(
      '0.5.1'
    );
    expect(packageIdVersion('path+file:///src/criterion#0.4.0')).toBe('0.4.0');
    expect(packageIdVersion('criterion 0.3.6 (registry+https://github.com/rust-lang/crates.io-index)')).toBe(
      '0.3.6'
    );
    expect(packageIdVersion('registry+https://x#criterion@1.0.0-alpha.2')).toBe('1.0.0-alpha.2');
    expect(packageIdVersion('criterion')).toBeNull();
  });
});
