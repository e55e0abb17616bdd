// The last gate: every port through which text leaves the runner (the log and cargo's echo, the
// files of the report dir, the PR comment, artifact names and cache keys, the data branch's records)
// scrubs the run's secrets (Identity.secrets) from what passes, whatever made the text. The
// documents are scrubbed before they are rendered too (run.ts); this catches what any other path
// lets through.

import { FILE_CAPS } from '../adapters/fs/confined.js';
import type { Log } from '../core/log.js';
import { type Scrubber, scrubbedStream, scrubber } from '../core/scrub.js';
import { RENDERED_FORMS } from '../render/written-forms.js';
import type { ArtifactsPort, CachePort, FilesPort, GitHubPort, Ports, ReadPort } from './ports.js';

/** The scrubber of `secrets`, in every form the writers and renderers give a value. */
export function scrubberOf(secrets: readonly string[]): Scrubber {
  return scrubber(secrets, RENDERED_FORMS);
}

/** `ports` with every way out scrubbed; the same ports when there is nothing to scrub. */
export function gatePorts(ports: Ports, scrub: Scrubber): Ports {
  if (scrub.longest === 0) return ports;
  const echo = ports.echo ? scrubbedStream(scrub, ports.echo) : null;
  // A log line never lands in the middle of cargo's held-back output.
  const flush = (): void => echo?.flush();
  const log = gatedLog(ports.log, scrub, flush);
  // The files written through this gate: scrubbed already.
  const written = new Set<string>();
  const foreign: ForeignFiles = { written, read: ports.read, log, scrub };
  return {
    ...ports,
    log,
    ...(echo ? { echo: (text: string) => echo.write(text) } : {}),
    ...(ports.echoCommand ? { echoCommand: gatedLine(ports.echoCommand, scrub, flush) } : {}),
    files: gatedFiles(ports.files, scrub, written),
    github: gatedGitHub(ports.github, scrub),
    cache: gatedCache(ports.cache, scrub),
    artifacts: gatedArtifacts(ports.artifacts, scrub, foreign),
    // The data branch is public: a record is scrubbed as the report it comes from was.
    history: {
      ...ports.history,
      append: (remote, record, options) => ports.history.append(remote, scrub.deep(record), options)
    }
  };
}

/** A line written scrubbed, after whatever cargo's echo still holds back. */
const gatedLine =
  (write: (line: string) => void, scrub: Scrubber, flush: () => void) =>
  (line: string): void => {
    flush();
    write(scrub.text(line));
  };

function gatedLog(log: Log, scrub: Scrubber, flush: () => void): Log {
  return {
    info: gatedLine((message) => log.info(message), scrub, flush),
    warning: gatedLine((message) => log.warning(message), scrub, flush),
    error: gatedLine((message) => log.error(message), scrub, flush),
    group: (name, fn) => {
      flush();
      return log.group(scrub.text(name), async () => {
        try {
          return await fn();
        } finally {
          flush();
        }
      });
    }
  };
}

function gatedFiles(files: FilesPort, scrub: Scrubber, written: Set<string>): FilesPort {
  return {
    ...files,
    write: (file, content) => {
      written.add(file);
      return files.write(file, scrubbedFile(file, content, scrub));
    }
  };
}

/**
 * A file's text scrubbed. A JSON document stays JSON: should a replacement have cut through its
 * syntax (a value that ends in a backslash, say), its strings are scrubbed one by one instead.
 */
export function scrubbedFile(file: string, content: string, scrub: Scrubber): string {
  const text = scrub.text(content);
  if (text === content || !file.endsWith('.json') || parses(text)) return text;
  try {
    return `${JSON.stringify(scrub.deep(JSON.parse(content)), null, 2)}\n`;
  } catch {
    return text;
  }
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Scrubs `text` around each `keep` (the comment's marker stays exactly what finds the comment). */
const scrubAround = (text: string, keep: string, scrub: Scrubber): string =>
  text
    .split(keep)
    .map((part) => scrub.text(part))
    .join(keep);

function gatedGitHub(github: GitHubPort, scrub: Scrubber): GitHubPort {
  return {
    upsertComment: (request, auth, log) =>
      github.upsertComment(
        { ...request, body: scrubAround(request.body, request.marker, scrub) },
        auth,
        (message) => log(scrub.text(message))
      ),
    pullRequestHead: (auth, target) => github.pullRequestHead(auth, target),
    // Only commit shas go out, and only counts come back.
    commitsAhead: (auth, target) => github.commitsAhead(auth, target),
    setCommitStatus: (auth, status) =>
      github.setCommitStatus(auth, { ...status, description: scrub.text(status.description) }),
    addPromotedSection: (auth, target, withSection) =>
      github.addPromotedSection(auth, target, (body) => {
        const next = withSection(body);
        return next === null ? null : scrubAround(next, target.marker, scrub);
      })
  };
}

// `*` is no character of an artifact name; `_` is what store-naming.ts puts for one.
const IN_NAME = '___';

function gatedArtifacts(artifacts: ArtifactsPort, scrub: Scrubber, foreign: ForeignFiles): ArtifactsPort {
  return {
    ...artifacts,
    upload: (options) =>
      artifacts.upload({
        ...options,
        name: scrub.text(options.name, IN_NAME),
        files: options.files.filter((file) => publishable(file, foreign))
      }),
    downloadLatest: (options) =>
      artifacts.downloadLatest({ ...options, name: scrub.text(options.name, IN_NAME) })
  };
}

/** What it takes to check a file the run did not write through the gate. */
interface ForeignFiles {
  written: ReadonlySet<string>;
  read: ReadPort;
  log: Log;
  scrub: Scrubber;
}

/**
 * Whether a file may be uploaded: one this run wrote through the gate, or another (the bench can
 * write into the report dir too) whose name and text hold no secret; one that cannot be read to
 * check it is left out as well, with a warning.
 */
function publishable(file: string, foreign: ForeignFiles): boolean {
  if (foreign.written.has(file)) return true;
  let clean: boolean;
  try {
    const text = foreign.read.text(file, FILE_CAPS.benchOutput, 'a file to upload', null);
    clean = foreign.scrub.spans(`${file}\n${text}`).length === 0;
  } catch {
    clean = false;
  }
  if (!clean)
    foreign.log.warning(
      `${file} is left out of the artifact: this run did not write it, and it holds a value the run keeps secret or cannot be read to check.`
    );
  return clean;
}

function gatedCache(cache: CachePort, scrub: Scrubber): CachePort {
  return {
    restore: (options) => cache.restore({ ...options, prefix: scrub.text(options.prefix) }),
    save: (options) => cache.save({ ...options, key: scrub.text(options.key) })
  };
}
