import { z } from 'zod';

/**
 * The stored report is JSON written by an older or newer worker: read it through a lenient schema
 * so a page never crashes on a field it does not know. Only what pages show is picked here.
 */
const storedReport = z.object({
  status: z.enum(['complete', 'partial']).catch('partial'),
  checkedAt: z.string().optional(),
  spf: z
    .object({ record: z.string().nullable().catch(null) })
    .partial()
    .optional(),
  findings: z
    .array(z.object({ id: z.string(), severity: z.string(), rfc: z.string(), message: z.string() }))
    .catch([]),
});

export type StoredReportView = z.infer<typeof storedReport>;

export function readStoredReport(report: unknown): StoredReportView | null {
  const parsed = storedReport.safeParse(report);
  return parsed.success ? parsed.data : null;
}

export function spfRecordOf(report: unknown): string | null {
  return readStoredReport(report)?.spf?.record ?? null;
}
