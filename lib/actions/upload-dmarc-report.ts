'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { type IngestedInput, ingestDmarcInput } from '@/lib/dmarc/ingest-dmarc-input';
import { defineAction } from './define-action';

export type UploadDmarcReportResult = { error: 'invalid' | 'out-of-scope' } | IngestedInput;

/**
 * Stores the DMARC aggregate reports in one uploaded file (the page sends each chosen file in its
 * own call, so many files are not held by one request). Editors and admins not limited to groups:
 * a report may be of any domain.
 */
export const uploadDmarcReportAction = defineAction(
  {
    role: 'editor',
    input: z.object({ file: z.instanceof(File) }),
    read: (data: FormData) => ({ file: data.get('file') }),
    invalid: { error: 'invalid' } as UploadDmarcReportResult,
  },
  async ({ file }, user, actor): Promise<UploadDmarcReportResult> => {
    if (user.groupIds !== null) return { error: 'out-of-scope' };
    // The server action body limit (next.config.ts, 10 MB) bounds what arrives; the parser refuses more.
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = await ingestDmarcInput(actor, bytes, { fileName: file.name, route: 'upload' });
    revalidatePath('/dmarc-reports');
    return result;
  },
);
