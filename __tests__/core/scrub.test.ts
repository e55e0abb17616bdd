import { describe, expect, it } from '@jest/globals';
import { MIN_SECRET_LENGTH, scrubbedStream, scrubber } from '../../src/core/scrub.js';

const TOKEN = 'ghs_Scrub0123456789abcdefghijklmnopqrstu';
const PASSWORD = 'p&ss<w>rd "quoted" it\'s/100%';

describe('scrubber', () => {
  it('replaces every occurrence of a value with ***', () => {
    const scrub = scrubber([TOKEN]);
    expect(scrub.text(`id decode/${TOKEN} and again ${TOKEN}.`)).toBe('id decode/*** and again ***.');
    expect(scrub.text('nothing here')).toBe('nothing here');
  });

  it('finds a value inside a JSON string, on a page, in a URL and with its controls shown', () => {
    const scrub = scrubber([PASSWORD, 'tab\tseparated-value']);
    const json = JSON.stringify({ id: `x/${PASSWORD}` });
    expect(json).not.toContain(PASSWORD);
    expect(scrub.text(json)).toBe('{"id":"x/***"}');
    expect(JSON.parse(scrub.text(json))).toEqual({ id: 'x/***' });
    expect(scrub.text('<td>p&amp;ss&lt;w&gt;rd &quot;quoted&quot; it&#39;s/100%</td>')).toBe('<td>***</td>');
    expect(scrub.text(`https://host/?q=${encodeURIComponent(PASSWORD)}`)).toBe('https://host/?q=***');
    expect(scrub.text("https://host/?q=p%26ss%3cw%3erd%20%22quoted%22%20it's%2f100%25")).toBe(
      'https://host/?q=***'
    );
    expect(scrub.text(`path/${encodeURI(PASSWORD)}`)).toBe('path/***');
    expect(scrub.text('shown tab\\tseparated-value here')).toBe('shown *** here');
  });

  it('takes forms a caller adds (the renderers escape markdown)', () => {
    const escaped = (value: string) => value.replace(/_/g, '\\_');
    expect(scrubber([TOKEN]).text('ghs\\_Scrub0123456789abcdefghijklmnopqrstu')).toContain('Scrub0123');
    expect(scrubber([TOKEN], [escaped]).text('in ghs\\_Scrub0123456789abcdefghijklmnopqrstu!')).toBe(
      'in ***!'
    );
  });

  it(`leaves values shorter than ${MIN_SECRET_LENGTH} characters alone`, () => {
    const scrub = scrubber(['1', 'true', 'release', '', null, undefined]);
    expect(scrub.longest).toBe(0);
    const text = 'PERF=1 true release 1.000 GiB/s';
    expect(scrub.text(text)).toBe(text);
    expect(scrubber(['12345678']).text('a 12345678 b 1234567')).toBe('a *** b 1234567');
  });

  it('hides both of two overlapping values whole', () => {
    const scrub = scrubber(['abcdefgh12', 'gh12345678']);
    expect(scrub.text('x abcdefgh12345678 y')).toBe('x *** y');
    expect(scrub.text('x gh12345678abcdefgh12 y')).toBe('x *** y');
  });

  it('hides the longer of two values when one is inside the other', () => {
    const scrub = scrubber(['abcdefgh', 'xxabcdefghyy']);
    expect(scrub.text('1 xxabcdefghyy 2 abcdefgh 3')).toBe('1 *** 2 *** 3');
    expect(scrub.text('abcdefghabcdefgh')).toBe('***');
  });

  it('matches a value of several lines line by line, as the runner masks one', () => {
    const scrub = scrubber(['first-line-secret\nsecond-line-secret\nok']);
    expect(scrub.text('a first-line-secret b second-line-secret c ok')).toBe('a *** b *** c ok');
  });

  it('writes another replacement where *** cannot stand', () => {
    expect(scrubber([TOKEN]).text(`name-${TOKEN}`, '___')).toBe('name-___');
  });

  it('scrubs every string of a JSON-like value, keys included, and keeps the rest', () => {
    const scrub = scrubber([TOKEN]);
    const report = {
      summary: `x ${TOKEN}`,
      count: 3,
      ok: true,
      none: null,
      benchmarks: [{ id: `g/${TOKEN}`, time: 1.5 }],
      byId: { [`g/${TOKEN}`]: 1 }
    };
    expect(scrub.deep(report)).toEqual({
      summary: 'x ***',
      count: 3,
      ok: true,
      none: null,
      benchmarks: [{ id: 'g/***', time: 1.5 }],
      byId: { 'g/***': 1 }
    });
    expect(report.summary).toBe(`x ${TOKEN}`);
  });

  it('scrubs nothing without values', () => {
    const none = scrubber([]);
    expect(none.text(TOKEN)).toBe(TOKEN);
    expect(none.longest).toBe(0);
    const report = { id: TOKEN };
    expect(none.deep(report)).toBe(report);
  });
});

describe('scrubbedStream', () => {
  const streamOf = (values: string[]) => {
    const out: string[] = [];
    const stream = scrubbedStream(scrubber(values), (text) => out.push(text));
    return { stream, out };
  };

  it('finds a value split over two pieces', () => {
    const { stream, out } = streamOf([TOKEN]);
    stream.write(`Benchmarking decode/${TOKEN.slice(0, 10)}`);
    stream.write(`${TOKEN.slice(10)}: Warming up\nnext `);
    stream.write('line\n');
    stream.flush();
    expect(out.join('')).toBe('Benchmarking decode/***: Warming up\nnext line\n');
  });

  it('writes whole lines at once, and holds back no more than could start a value', () => {
    const { stream, out } = streamOf([TOKEN]);
    stream.write('one\ntwo\n');
    expect(out.join('')).toBe('one\ntwo\n');
    stream.write('x'.repeat(100));
    expect(out.join('').length).toBe('one\ntwo\n'.length + 100 - (TOKEN.length - 1));
    stream.flush();
    expect(out.join('')).toBe(`one\ntwo\n${'x'.repeat(100)}`);
  });

  it('never writes part of a value found across the cut of a long line', () => {
    const { stream, out } = streamOf([TOKEN]);
    const line = `${'y'.repeat(200)}${TOKEN}${'z'.repeat(20)}`;
    for (const piece of line.match(/.{1,7}/g) ?? []) stream.write(piece);
    stream.flush();
    expect(out.join('')).toBe(`${'y'.repeat(200)}***${'z'.repeat(20)}`);
    for (const piece of out) expect(piece).not.toContain(TOKEN.slice(0, MIN_SECRET_LENGTH));
  });

  it('passes text through as it comes without values', () => {
    const { stream, out } = streamOf([]);
    stream.write('partial');
    expect(out).toEqual(['partial']);
  });
});
