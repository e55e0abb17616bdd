import { describe, expect, it } from '@jest/globals';
import { isCredentialName, REDACTED, redactArgs, redactText } from '../../src/core/redact.js';

describe('isCredentialName', () => {
  it('knows the names that hold credentials, however they are spelt', () => {
    for (const name of [
      'GITHUB_TOKEN',
      'ACTIONS_RUNTIME_TOKEN',
      'registries.x.token',
      'CARGO_REGISTRIES_MY_REG_TOKEN',
      'AWS_SECRET_ACCESS_KEY',
      'client-secret',
      'DB_PASSWORD',
      'passwd',
      'GPG_PASSPHRASE',
      'API_KEY',
      'apiKey',
      'APIKey',
      'APIKEY',
      'SIGNING_KEY',
      'KEY',
      'GH_PAT',
      'HTTP_AUTH',
      'Authorization',
      'SESSION_COOKIE',
      'SENTRY_DSN',
      'DOCKER_PWD',
      'PRIVATE_KEY_PEM',
      'git-credentials',
      '--token',
      '--api-key'
    ]) {
      expect([name, isCredentialName(name)]).toEqual([name, true]);
    }
  });

  it('leaves the names of ordinary settings and variables alone', () => {
    for (const name of [
      'PATH',
      'PERF',
      'CRITERION_HOME',
      'RUSTFLAGS',
      'KEYBOARD_LAYOUT',
      'MONKEY',
      'CARGO_INCREMENTAL',
      'GIT_AUTHOR_NAME',
      'PASSTHROUGH',
      'cargo-args',
      'bench-env',
      'save-baseline',
      'profile.bench.debug',
      'source.debian.directory',
      'https',
      ''
    ]) {
      expect([name, isCredentialName(name)]).toEqual([name, false]);
    }
  });
});

describe('redactText', () => {
  it('hides the value of a credential-like --config key, keeping its quotes and the words around it', () => {
    expect(redactText(`--config 'registries.x.token="tok-123"' --features simd`)).toBe(
      `--config 'registries.x.token="***"' --features simd`
    );
    expect(redactText('--config=registries.x.token=tok-123')).toBe('--config=registries.x.token=***');
    expect(redactText(`registry.token = 'tok-123'`)).toBe(`registry.token = '***'`);
    expect(redactText('--token=tok-123 --release')).toBe('--token=*** --release');
  });

  it('hides the userinfo of URLs, an @ in the password included', () => {
    expect(redactText('https://user:pw@host.example/x')).toBe('https://***@host.example/x');
    expect(redactText('--config http.proxy="http://u:p@ss@proxy:3128"')).toBe(
      '--config http.proxy="http://***@proxy:3128"'
    );
    expect(redactText('https://ghs_abc@github.com/o/r.git')).toBe('https://***@github.com/o/r.git');
    expect(redactText('https://host.example/a@b is fine')).toBe('https://host.example/a@b is fine');
  });

  it('hides query parameters, JSON fields, headers and flag values named like credentials', () => {
    expect(redactText('https://h/x?user=me&token=abc&page=2')).toBe('https://h/x?user=me&token=***&page=2');
    expect(redactText('{"api_key": "abc", "n": 1}')).toBe('{"api_key": "***", "n": 1}');
    expect(redactText('Authorization: Bearer abc.def')).toBe('Authorization: Bearer ***');
    expect(redactText('--token abc --noplot')).toBe('--token *** --noplot');
    expect(redactText('--a --password "p w" x')).toBe('--a --password "***" x');
  });

  it('hides GitHub tokens and JWTs whatever they are called', () => {
    const pat = `ghp_${'a1'.repeat(18)}`;
    expect(redactText(`X=${pat} y`)).toBe(`X=${REDACTED} y`);
    expect(redactText(`github_pat_${'B_2'.repeat(10)}`)).toBe(REDACTED);
    expect(redactText('eyJhbGciOiJub25lIn0.eyJzY3AiOiJBY3Rpb25zIn0.')).toBe(REDACTED);
  });

  it('hides the rest of an unterminated quoted credential', () => {
    expect(redactText(`--config 'registries.x.token="tok-123`)).toBe(`--config 'registries.x.token="***`);
  });

  it('leaves ordinary settings as written, and is idempotent', () => {
    for (const text of [
      '--noplot --save-baseline main',
      '--features simd --config profile.bench.debug=true',
      `--config 'source.debian.directory="/usr/share/cargo/registry"'`,
      '80 MB/s',
      'decode_display_heavy/**, decode_comp3_heavy/*',
      'https://github.com/o/r',
      'CRITERION_HOME, PERF',
      ''
    ]) {
      expect(redactText(text)).toBe(text);
    }
    const once = redactText(`--token a --config 'registries.x.token="b"' https://u:p@h`);
    expect(redactText(once)).toBe(once);
  });
});

describe('redactArgs', () => {
  it('hides a credential flag’s next argument and credentials inside arguments, word by word', () => {
    expect(
      redactArgs([
        'bench',
        '-p',
        'copybook-bench',
        '--config',
        'registries.x.token="tok-123"',
        '--token',
        'tok 456',
        '--index',
        'https://u:pw@reg.example/index',
        '--',
        '--noplot'
      ])
    ).toEqual([
      'bench',
      '-p',
      'copybook-bench',
      '--config',
      'registries.x.token="***"',
      '--token',
      REDACTED,
      '--index',
      'https://***@reg.example/index',
      '--',
      '--noplot'
    ]);
    expect(redactArgs([])).toEqual([]);
  });
});
