import { describe, expect, it } from '@jest/globals';
import { InputError } from '../../../src/core/errors.js';
import {
  buildBenchCommand,
  parseArgList,
  parseEnvLines,
  quoteArgList
} from '../../../src/core/runner/args.js';

describe('buildBenchCommand', () => {
  it('builds the minimal command without a trailing --', () => {
    expect(buildBenchCommand({ packageName: 'copybook-bench' })).toEqual({
      command: 'cargo',
      args: ['bench', '-p', 'copybook-bench']
    });
  });

  it('places benches and cargo args before --, bench args and the baseline after it', () => {
    const { args } = buildBenchCommand({
      packageName: 'copybook-bench',
      benches: ['decode', 'parse'],
      cargoArgs: ['--features', 'simd', '--locked'],
      benchArgs: ['--noplot', 'comp3'],
      saveBaseline: 'main'
    });
    expect(args).toEqual([
      'bench',
      '-p',
      'copybook-bench',
      '--bench',
      'decode',
      '--bench',
      'parse',
      '--features',
      'simd',
      '--locked',
      '--',
      '--noplot',
      'comp3',
      '--save-baseline',
      'main'
    ]);
  });

  it('adds -- for a baseline alone and ignores an empty baseline', () => {
    expect(buildBenchCommand({ packageName: 'p', saveBaseline: 'pr-1' }).args).toEqual([
      'bench',
      '-p',
      'p',
      '--',
      '--save-baseline',
      'pr-1'
    ]);
    expect(buildBenchCommand({ packageName: 'p', saveBaseline: '' }).args).toEqual(['bench', '-p', 'p']);
    expect(buildBenchCommand({ packageName: 'p', saveBaseline: null }).args).toEqual(['bench', '-p', 'p']);
  });

  it('refuses an empty package, an empty bench name and -- inside cargo args', () => {
    expect(() => buildBenchCommand({ packageName: ' ' })).toThrow(InputError);
    expect(() => buildBenchCommand({ packageName: 'p', benches: [''] })).toThrow(/bench/);
    expect(() => buildBenchCommand({ packageName: 'p', cargoArgs: ['--', '--noplot'] })).toThrow(
      "Input 'cargo-args' contains '--'"
    );
  });
});

describe('parseArgList', () => {
  it('splits on spaces, tabs and newlines', () => {
    expect(parseArgList('  --features simd\n--locked\t-j 2  \r\n')).toEqual([
      '--features',
      'simd',
      '--locked',
      '-j',
      '2'
    ]);
    expect(parseArgList('')).toEqual([]);
    expect(parseArgList(' \n ')).toEqual([]);
  });

  it('keeps quoted text together and joins adjacent pieces', () => {
    expect(parseArgList(`--features 'a b' "c d" x'y'"z"`)).toEqual(['--features', 'a b', 'c d', 'xyz']);
    expect(parseArgList(`'' ""`)).toEqual(['', '']);
    expect(parseArgList(`'it''s'`)).toEqual(['its']);
  });

  it('treats single quotes literally and honours only POSIX escapes inside double quotes', () => {
    expect(parseArgList(`'a\\b "c"'`)).toEqual(['a\\b "c"']);
    expect(parseArgList(`"say \\"hi\\" \\\\ \\$HOME \\n"`)).toEqual(['say "hi" \\ $HOME \\n']);
    expect(parseArgList('"$HOME"')).toEqual(['$HOME']);
  });

  it('escapes one character with a backslash outside quotes and joins continued lines', () => {
    expect(parseArgList('a\\ b c\\"d')).toEqual(['a b', 'c"d']);
    expect(parseArgList('--noplot \\\n  --quiet')).toEqual(['--noplot', '--quiet']);
    expect(parseArgList('ab\\\ncd')).toEqual(['abcd']);
    expect(parseArgList('"x\\\ny"')).toEqual(['xy']);
  });

  it('names the input and the position of an unterminated quote', () => {
    expect(() => parseArgList(`--features 'simd`, 'cargo-args')).toThrow(InputError);
    expect(() => parseArgList(`--features 'simd`, 'cargo-args')).toThrow(
      "Input 'cargo-args': unterminated single quote at character 12"
    );
    expect(() => parseArgList('a "b', 'bench-args')).toThrow(
      "Input 'bench-args': unterminated double quote at character 3"
    );
    expect(() => parseArgList('"a\\"', 'bench-args')).toThrow(/unterminated double quote/);
    expect(() => parseArgList('abc\\', 'bench-args')).toThrow(/lone backslash/);
  });
});

describe('quoteArgList', () => {
  it('leaves plain words as they are', () => {
    expect(quoteArgList(['--noplot', '--sample-size', '10', 'decode/comp3', '--x=a,b'])).toBe(
      '--noplot --sample-size 10 decode/comp3 --x=a,b'
    );
    expect(quoteArgList([])).toBe('');
  });

  it('quotes what parseArgList would split or change, so it reads back as the same words', () => {
    const cases = [
      ['--save-baseline', 'my base'],
      [''],
      ["it's", 'a"b', 'back\\slash', '$HOME', '`x`', '*', 'tab\there', '\\'],
      ['two\nlines', '-- ', "'", "''", 'ü']
    ];
    expect(quoteArgList(['--save-baseline', 'my base'])).toBe("--save-baseline 'my base'");
    expect(quoteArgList([''])).toBe("''");
    for (const words of cases) expect(parseArgList(quoteArgList(words))).toEqual(words);
  });
});

describe('parseEnvLines', () => {
  it('reads KEY=VALUE lines, skipping blanks and comments', () => {
    const text =
      '# settings\nRUSTFLAGS=-C target-cpu=native\n\n  CARGO_PROFILE_BENCH_DEBUG=true  \r\n#X=1\nEMPTY=\n';
    expect(parseEnvLines(text, 'env')).toEqual({
      RUSTFLAGS: '-C target-cpu=native',
      CARGO_PROFILE_BENCH_DEBUG: 'true',
      EMPTY: ''
    });
  });

  it('keeps quotes and later keys win', () => {
    expect(parseEnvLines('A="x y"\nA=2\n_b1=z', 'env')).toEqual({ A: '2', _b1: 'z' });
    expect(parseEnvLines('A="x y"', 'env')).toEqual({ A: '"x y"' });
  });

  it('stores __proto__ as a plain variable', () => {
    const vars = parseEnvLines('__proto__=x', 'env');
    expect(Object.keys(vars)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(vars)).toBe(Object.prototype);
  });

  it('names the input, the line and the accepted form for a bad line', () => {
    const bad = ['NO_EQUALS', '1ABC=x', 'A B=c', '=value', 'export A=1'];
    for (const line of bad) {
      expect(() => parseEnvLines(`OK=1\n${line}`, 'bench-env')).toThrow(InputError);
    }
    expect(() => parseEnvLines('OK=1\n\nA B=c', 'bench-env')).toThrow(
      `Input 'bench-env' line 3: "A B" is not a variable name; each line is KEY=VALUE (KEY of letters, digits and _, not starting with a digit; ` +
        'blank lines and # comments are ignored)'
    );
  });

  it('never shows a value in its message: a bad line may hold a credential', () => {
    expect(() => parseEnvLines('API_TOKEN s3cr3t-value', 'bench-env')).toThrow(
      `Input 'bench-env' line 1 has no "=": each line is KEY=VALUE`
    );
    for (const text of ['API_TOKEN s3cr3t-value', 'API TOKEN=s3cr3t-value']) {
      try {
        parseEnvLines(text, 'bench-env');
        throw new Error('accepted');
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
        expect((error as Error).message).not.toContain('s3cr3t');
      }
    }
  });
});
