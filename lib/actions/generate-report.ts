'use server';

import { redirect } from 'next/navigation';
import { viewerOfUser } from '@/lib/auth/viewer';
import { generateReport } from '@/lib/reports/generate-report';
import { reportInput } from '@/lib/reports/report-input';
import { defineAction } from './define-action';

export interface GenerateReportState {
  error: 'invalid' | 'unknown-group' | null;
}

/**
 * The reports page's form: generates and stores a report, then opens it. Viewers may generate
 * reports too: it only reads audit data, and the stored report is a snapshot of what they can see.
 */
export const generateReportAction = defineAction(
  {
    role: 'viewer',
    input: reportInput,
    read: (_previous: GenerateReportState, form: FormData) => ({
      scopes: form.getAll('scopes'),
      from: form.get('from'),
      to: form.get('to'),
      view: form.get('view') ?? undefined,
      granularity: form.get('granularity') ?? undefined,
      language: form.get('language') ?? undefined,
      title: form.get('title') || undefined,
    }),
    invalid: { error: 'invalid' } as GenerateReportState,
  },
  async (input, user, actor): Promise<GenerateReportState> => {
    const result = await generateReport(viewerOfUser(user), input, actor);
    if (!result.ok) return { error: result.error };
    redirect(`/reports/${result.id}`);
  },
);
