// What a run's steps hand each other, apart from the steps themselves (so that each step can name
// another's result without importing it).

import type { Analysis } from '../core/analyze.js';
import type { CommentSection } from '../render/comment.js';
import type { PageHeader } from '../render/html/layout.js';
import type { DocumentPaths } from './documents.js';

export interface PipelineResult {
  analysis: Analysis;
  reportDir: string;
  reportPath: string;
  summaryPath: string;
  summaryMarkdown: string;
  /** The baseline's sections (comparison, trend) for the PR comment; also in the summary. */
  sections: CommentSection[];
  /** The HTML reports and the audit record, unless turned off. */
  documents: DocumentPaths | null;
  /** What the HTML pages say about the run (project, run link, commit). */
  pageHeader: PageHeader;
}
