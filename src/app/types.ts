// What a run's steps hand each other, apart from the steps themselves (so that each step can name
// another's result without importing it).

import type { ToolVersions } from '../adapters/audit/collect.js';
import type { WrittenFile } from '../adapters/fs/write.js';
import type { Analysis } from '../core/analyze.js';
import type { CommentSection } from '../render/comment.js';
import type { PageHeader } from '../render/html/layout.js';

export interface PipelineResult {
  analysis: Analysis;
  reportDir: string;
  reportPath: string;
  summaryPath: string;
  summaryMarkdown: string;
  /** perf.json as written: its path and the sha256 of the bytes (the audit vouches for them). */
  reportFile: WrittenFile;
  /** The baseline's sections (comparison, trend) for the PR comment; also in the summary. */
  sections: CommentSection[];
  /** What the HTML pages say about the run (project, run link, commit). */
  pageHeader: PageHeader;
  /** rustc's and cargo's versions, asked once for the run (the report and the audit). */
  tools: ToolVersions;
}
