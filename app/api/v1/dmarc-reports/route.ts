import { Buffer } from 'node:buffer';
import { outOfScope } from '@/lib/api/v1/api-problem';
import { uploadDmarcReportsOperation } from '@/lib/api/v1/dmarc-report-operations';
import { v1Route } from '@/lib/api/v1/v1-route';
import { ingestDmarcInput } from '@/lib/dmarc/ingest-dmarc-input';

export const POST = v1Route(uploadDmarcReportsOperation, async ({ principal, actor, body }) => {
  // A report may be of any domain, registered or not: storing one is not a write within a group.
  if (principal.viewer.groupIds !== null) throw outOfScope('store DMARC reports');
  const files = [];
  for (const file of body.files) {
    const ingested = await ingestDmarcInput(actor, Buffer.from(file.content, 'base64'), {
      fileName: file.name,
      route: 'api',
    });
    files.push({
      name: ingested.fileName,
      refused: ingested.refused,
      reports: ingested.reports.map(({ result, ...report }) => ({
        ...report,
        status: result.status,
        id: result.status === 'refused' ? null : result.id,
        registered: result.status === 'refused' ? null : result.registered,
        reason: result.status === 'refused' ? result.reason : null,
      })),
    });
  }
  return { files };
});
