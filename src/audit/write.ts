// Validates the audit record against schema/audit.schema.json, then writes it; an invalid record is
// never written.

import auditSchema from '../../schema/audit.schema.json' with { type: 'json' };
import { validateAgainst } from '../report/schema.js';
import { writeFileAtomic } from '../report/write.js';
import type { AuditRecord } from './record.js';

/** The record's problems against its schema (empty when valid). */
export function auditRecordProblems(data: unknown): string[] {
  return validateAgainst(auditSchema, data);
}

export async function writeAuditRecord(file: string, record: AuditRecord): Promise<void> {
  const problems = auditRecordProblems(record);
  if (problems.length > 0) {
    throw new Error(`audit.json does not match schema/audit.schema.json: ${problems.join('; ')}`);
  }
  await writeFileAtomic(file, `${JSON.stringify(record, null, 2)}\n`);
}
