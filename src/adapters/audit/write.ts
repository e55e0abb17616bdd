// Validates the audit record against schema/audit.schema.json, then writes it; an invalid record is
// never written.

import auditSchema from '../../../schema/audit.schema.json' with { type: 'json' };
import type { AuditRecord } from '../../core/audit/record.js';
import { validateAgainst } from '../../core/report/schema.js';
import { type WrittenFile, writeFileAtomic } from '../fs/write.js';

/** The record's problems against its schema (empty when valid). */
export function auditRecordProblems(data: unknown): string[] {
  return validateAgainst(auditSchema, data);
}

/** Writes audit.json; returns the sha256 of the bytes written (the compliance page cites it). */
export async function writeAuditRecord(file: string, record: AuditRecord): Promise<WrittenFile> {
  const problems = auditRecordProblems(record);
  if (problems.length > 0) {
    throw new Error(`audit.json does not match schema/audit.schema.json: ${problems.join('; ')}`);
  }
  return writeFileAtomic(file, `${JSON.stringify(record, null, 2)}\n`);
}
