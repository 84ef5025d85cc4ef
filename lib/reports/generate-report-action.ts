'use server';

import { redirect } from 'next/navigation';
import { requireUser } from '@/lib/auth/require-user';
import { viewerOfUser } from '@/lib/auth/viewer';
import { generateReport } from './generate-report';
import { reportInput } from './report-input';

export interface GenerateReportState {
  error: 'invalid' | 'unknown-group' | null;
}

/**
 * The reports page's form: generates and stores a report, then opens it. Viewers may generate
 * reports too: it only reads audit data, and the stored report is a snapshot of what they can see.
 */
export async function generateReportAction(
  _previous: GenerateReportState,
  form: FormData,
): Promise<GenerateReportState> {
  const user = await requireUser('viewer');
  const parsed = reportInput.safeParse({
    scopes: form.getAll('scopes'),
    from: form.get('from'),
    to: form.get('to'),
    view: form.get('view') ?? undefined,
    granularity: form.get('granularity') ?? undefined,
    language: form.get('language') ?? undefined,
    title: form.get('title') || undefined,
  });
  if (!parsed.success) return { error: 'invalid' };
  const result = await generateReport(viewerOfUser(user), parsed.data);
  if (!result.ok) return { error: result.error };
  redirect(`/reports/${result.id}`);
}
