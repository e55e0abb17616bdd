import { describe, expect, it } from '@jest/globals';
import { parseManifestTargets } from '../../../src/adapters/cargo/manifest.js';
import {
  chooseBenchTargets,
  describeChoice,
  enabledFeatures,
  featureRequest,
  noTargetsMessage,
  targetFlag
} from '../../../src/core/runner/targets.js';

// The bench crate of examples/copybook-workspace, as `cargo metadata --no-deps` lists it.
const copybookBench = {
  name: 'copybook-bench',
  targets: [
    { name: 'copybook_bench', kind: ['lib'], requiredFeatures: [] },
    { name: 'bench-report', kind: ['bin'], requiredFeatures: [] },
    { name: 'copybook_parse', kind: ['bench'], requiredFeatures: [] },
    { name: 'decode_performance', kind: ['bench'], requiredFeatures: [] },
    { name: 'diagnostics_benches', kind: ['bench'], requiredFeatures: ['diagnostics'] },
    { name: 'encode_roundtrip', kind: ['bench'], requiredFeatures: [] }
  ],
  features: { default: [], diagnostics: [] }
};

const manifest = parseManifestTargets(
  `[package]
name = "copybook-bench"
version.workspace = true

[[bench]]
name = "decode_performance"
harness = false

[[bench]]
name = "copybook_parse"
harness = false

[[bench]]
name = "diagnostics_benches"
harness = false
required-features = ["diagnostics"]

[features]
default = []
diagnostics = []
`,
  'copybook-bench/Cargo.toml'
);

describe('parseManifestTargets', () => {
  it('reads harness and bench of [lib], [[bin]] and [[bench]] tables', () => {
    const parsed = parseManifestTargets(
      `[lib]\nbench = false\n[[bin]]\nname = "tool"\nbench = false\n[[bench]]\nname = "a"\nharness = false\n[[bench]]\nname = "b"\nbench = false\nharness = "no"\n[[bench]]\npath = "nameless.rs"\n`,
      'Cargo.toml'
    );
    expect(parsed.lib).toEqual({ bench: false });
    expect(parsed.bins).toEqual(new Map([['tool', { bench: false }]]));
    // A non-boolean harness is not `false`; an entry without a name cannot be matched.
    expect(parsed.benches).toEqual(
      new Map([
        ['a', { harness: false }],
        ['b', { bench: false }]
      ])
    );
    expect(manifest.lib).toBeNull();
    expect([...manifest.benches.keys()]).toEqual([
      'decode_performance',
      'copybook_parse',
      'diagnostics_benches'
    ]);
  });

  it('names the file, line and column of TOML it cannot read', () => {
    expect(() => parseManifestTargets('[package]\nname = "x"\n[[bench]\n', '/w/crate/Cargo.toml')).toThrow(
      /^\/w\/crate\/Cargo\.toml is not valid TOML at line 3, column \d+: /
    );
    // Hostile shapes are ignored, not trusted: a `bench` that is not an array of tables.
    expect(parseManifestTargets('bench = "x"\nlib = 3\nbin = [1, "a"]\n', 'Cargo.toml')).toEqual({
      lib: null,
      bins: new Map(),
      benches: new Map()
    });
  });
});

describe('chooseBenchTargets', () => {
  it('runs the two criterion targets of a copybook-rs-shaped crate and says why the rest stay out', () => {
    const choice = chooseBenchTargets(copybookBench, manifest, []);
    expect(choice.run).toEqual(['copybook_parse', 'decode_performance']);
    expect(choice.leftOut).toEqual([
      {
        name: 'copybook_bench',
        kind: 'lib',
        reason: "libtest's harness, which refuses criterion's arguments"
      },
      { name: 'bench-report', kind: 'bin', reason: "libtest's harness, which refuses criterion's arguments" },
      {
        name: 'diagnostics_benches',
        kind: 'bench',
        reason: 'needs feature `diagnostics`, not enabled (add `--features diagnostics` to cargo-args)'
      },
      {
        name: 'encode_roundtrip',
        kind: 'bench',
        reason:
          "libtest's harness, which refuses criterion's arguments (no [[bench]] entry sets `harness = false`)"
      }
    ]);
  });

  it.each([
    [['--features', 'diagnostics']],
    [['--features=other,diagnostics']],
    [['-F', 'copybook-bench/diagnostics']],
    [['-Fdiagnostics']],
    [['--all-features']]
  ])('runs the feature-gated target with cargo-args %j', (cargoArgs) => {
    expect(chooseBenchTargets(copybookBench, manifest, cargoArgs).run).toEqual([
      'copybook_parse',
      'decode_performance',
      'diagnostics_benches'
    ]);
  });

  it('follows default features and features that enable others, unless --no-default-features', () => {
    const pkg = { ...copybookBench, features: { default: ['full'], full: ['diagnostics'], diagnostics: [] } };
    expect(chooseBenchTargets(pkg, manifest, []).run).toContain('diagnostics_benches');
    expect(chooseBenchTargets(pkg, manifest, ['--no-default-features']).run).not.toContain(
      'diagnostics_benches'
    );
    expect(chooseBenchTargets(pkg, manifest, ['--no-default-features', '--features', 'full']).run).toContain(
      'diagnostics_benches'
    );
  });

  it('says nothing of a lib or bin with bench = false, and leaves out a bench with bench = false', () => {
    const crate = parseManifestTargets(
      '[lib]\nbench = false\n[[bin]]\nname = "tool"\nbench = false\n[[bench]]\nname = "slow"\nharness = false\nbench = false\n[[bench]]\nname = "declared"\n',
      'Cargo.toml'
    );
    const pkg = {
      name: 'p',
      targets: [
        { name: 'p', kind: ['cdylib', 'rlib'], requiredFeatures: [] },
        { name: 'tool', kind: ['bin'], requiredFeatures: [] },
        { name: 'slow', kind: ['bench'], requiredFeatures: [] },
        { name: 'declared', kind: ['bench'], requiredFeatures: [] },
        { name: 'it', kind: ['test'], requiredFeatures: [] }
      ],
      features: {}
    };
    const choice = chooseBenchTargets(pkg, crate, []);
    expect(choice.run).toEqual([]);
    expect(choice.leftOut).toEqual([
      { name: 'slow', kind: 'bench', reason: '`bench = false` in Cargo.toml' },
      {
        name: 'declared',
        kind: 'bench',
        reason:
          "libtest's harness, which refuses criterion's arguments (its [[bench]] entry does not set `harness = false`)"
      }
    ]);
    expect(noTargetsMessage('p', choice)).toBe(
      "p has no bench target to run with criterion's arguments: none has harness = false and its required " +
        'features enabled (left out slow (bench): `bench = false` in Cargo.toml; declared (bench): ' +
        "libtest's harness, which refuses criterion's arguments (its [[bench]] entry does not set `harness = false`)). " +
        'Add a [[bench]] entry with `harness = false` to its Cargo.toml, enable the features in `cargo-args`, ' +
        'or name the targets in `benches`.'
    );
  });
  it('leaves out a target whose name is not plain, and shows it escaped', () => {
    const pkg = {
      name: 'p',
      targets: [
        { name: 'a\n::error::injected', kind: ['bench'], requiredFeatures: [] },
        { name: 'ok', kind: ['bench'], requiredFeatures: [] }
      ],
      features: {}
    };
    const crate = parseManifestTargets(
      '[[bench]]\nname = "a\\n::error::injected"\nharness = false\n[[bench]]\nname = "ok"\nharness = false\n',
      'Cargo.toml'
    );
    const choice = chooseBenchTargets(pkg, crate, []);
    expect(choice.run).toEqual(['ok']);
    const lines = describeChoice('p', choice);
    expect(lines[1]).toBe(
      '  left out "a\\n::error::injected" (bench): not a plain name (letters, digits, _ - . +)'
    );
    expect(lines.every((line) => !line.includes('\n'))).toBe(true);
  });
});

describe('featureRequest and enabledFeatures', () => {
  it('reads every way cargo takes features', () => {
    expect(
      featureRequest(['--features', 'a b,c', '-F', 'p/d', '--features=e', '-Ff', '--locked'], 'p')
    ).toEqual({ all: false, noDefault: false, features: ['a', 'b', 'c', 'd', 'e', 'f'] });
    expect(featureRequest(['--all-features', '--no-default-features'], 'p')).toEqual({
      all: true,
      noDefault: true,
      features: []
    });
  });

  it('keeps entries that reach into dependencies and turns on optional dependencies', () => {
    const table = { default: ['serde/derive'], serde: ['dep:serde'], simd: [] };
    expect(enabledFeatures({ all: false, noDefault: false, features: [] }, table)).toEqual(
      new Set(['default', 'serde/derive', 'serde', 'dep:serde'])
    );
    expect(enabledFeatures({ all: false, noDefault: true, features: ['simd'] }, table)).toEqual(
      new Set(['simd'])
    );
    expect(enabledFeatures({ all: true, noDefault: false, features: [] }, table)).toBe('all');
  });
});

describe('targetFlag', () => {
  it('finds cargo flags that choose targets', () => {
    expect(targetFlag(['--locked', '--benches'])).toBe('--benches');
    expect(targetFlag(['--bench=decode'])).toBe('--bench');
    expect(targetFlag(['--features', 'bench'])).toBeNull();
    expect(targetFlag(['--all-features', '--release'])).toBeNull();
  });
});

describe('describeChoice', () => {
  it('names what runs, what stays out and why', () => {
    expect(describeChoice('copybook-bench', chooseBenchTargets(copybookBench, manifest, []))).toEqual([
      'Bench targets of copybook-bench with harness = false: copybook_parse, decode_performance',
      "  left out copybook_bench (lib): libtest's harness, which refuses criterion's arguments",
      "  left out bench-report (bin): libtest's harness, which refuses criterion's arguments",
      '  left out diagnostics_benches (bench): needs feature `diagnostics`, not enabled (add `--features diagnostics` to cargo-args)',
      "  left out encode_roundtrip (bench): libtest's harness, which refuses criterion's arguments (no [[bench]] entry sets `harness = false`)",
      '  (name targets in `benches` to choose them yourself)'
    ]);
  });
});
