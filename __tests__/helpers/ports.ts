// Ports for tests in this process: the real ones (real files, real clock, real clients) with a log
// that keeps what it was told, and the environment the test gives.

import type { Ports } from '../../src/app/ports.js';
import type { Log } from '../../src/core/log.js';
import { realPorts } from '../../src/real-ports.js';

export interface KeptLog extends Log {
  lines: string[];
}

/** A log that keeps its lines (`warning: …`, `error: …`, `── group`) instead of printing them. */
export function keptLog(): KeptLog {
  const lines: string[] = [];
  return {
    lines,
    info: (message) => lines.push(message),
    warning: (message) => lines.push(`warning: ${message}`),
    error: (message) => lines.push(`error: ${message}`),
    group: (name, fn) => {
      lines.push(`── ${name}`);
      return fn();
    }
  };
}

/**
 * The real ports with a kept log (unless `overrides` brings its own); `overrides` replace whole ports
 * (a fake service, a fixed clock).
 */
export function localPorts(env: NodeJS.ProcessEnv = {}, overrides: Partial<Ports> = {}): Ports {
  const log = overrides.log ?? keptLog();
  return { ...realPorts({ log, env }), ...overrides };
}
