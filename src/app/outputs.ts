// The Action's outputs of a run (names and meanings: core/outputs.ts).

import { outputValues } from '../core/outputs.js';
import type { Outcome } from './run.js';

/** Every output, the optional ones only when their thing exists (an unset output reads as empty). */
export function outcomeOutputs({ result, comment, promotion, documents }: Outcome): Record<string, string> {
  const { id, url } = comment.outcome;
  return outputValues(result.analysis.report, result.reportPath, {
    ...(id !== null && url !== null ? { 'comment-id': String(id), 'comment-url': url } : {}),
    ...(promotion?.promoted && promotion.key ? { 'baseline-key': promotion.key } : {}),
    ...(promotion?.artifactId ? { 'artifact-id': String(promotion.artifactId) } : {}),
    promoted: promotion?.promoted ?? false,
    'html-report-path': documents.reportHtml,
    'audit-path': documents.auditJson
  });
}
