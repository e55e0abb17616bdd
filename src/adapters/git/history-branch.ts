// The data branch through the git CLI (history: branch). Being built: see docs/history.md.

import type { HistoryPort } from '../../app/ports.js';
import type { RunProgram } from '../program.js';

export function realHistory(_run: RunProgram): HistoryPort {
  const missing = async (): Promise<never> => {
    throw new Error('the data branch is not available in this build');
  };
  return { originUrl: missing, releaseTag: missing, append: missing, find: missing };
}
