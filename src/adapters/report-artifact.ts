// The report dir as the run's artifact `<name>-report-<testbed>-<os>`, so the HTML reports and the
// audit trail can be downloaded from the run's page. Shell.

import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { reportArtifactName } from '../core/baseline/store-naming.js';
import type { Config } from '../core/config/config.js';
import { loadArtifactStore } from './clients.js';
import { isReportWorkFile } from './fs/lock.js';
import { slotOf } from './host.js';
import { artifactServiceConfigured } from './services.js';

export interface ReportUpload {
  /** The artifact's name, whether or not it was uploaded. */
  name: string;
  uploaded: boolean;
  /** What happened; a failure on a runner is worth a warning, no service at all only a note. */
  message: string;
  level: 'info' | 'warning';
}

export async function uploadReportArtifact(
  config: Config,
  reportDir: string,
  env: NodeJS.ProcessEnv
): Promise<ReportUpload> {
  const name = reportArtifactName(slotOf(config, env));
  if (!config.uploadReport) {
    return {
      name,
      uploaded: false,
      message: 'The report was not uploaded: upload-report is false.',
      level: 'info'
    };
  }
  if (!artifactServiceConfigured()) {
    return {
      name,
      uploaded: false,
      message: `The report was not uploaded as ${name}: not on a GitHub runner.`,
      level: 'info'
    };
  }
  const entries = await readdir(reportDir, { withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && !isReportWorkFile(e.name))
    .map((e) => path.join(reportDir, e.name))
    .sort();
  const { uploadArtifactFiles } = await loadArtifactStore();
  const result = await uploadArtifactFiles({ name, files, root: reportDir });
  return result.uploaded
    ? {
        name,
        uploaded: true,
        message: `Report uploaded as artifact ${name} (id ${result.id}, ${files.length} files).`,
        level: 'info'
      }
    : {
        name,
        uploaded: false,
        message: `The report could not be uploaded as artifact ${name}: ${result.reason}`,
        level: 'warning'
      };
}
