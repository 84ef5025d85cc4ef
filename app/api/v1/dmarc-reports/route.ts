import { Buffer } from 'node:buffer';
import { outOfScope } from '@/lib/api/v1/api-problem';
import { uploadDmarcReportsOperation } from '@/lib/api/v1/dmarc-report-operations';
import { isRawBody } from '@/lib/api/v1/raw-body';
import { readBoundedBody } from '@/lib/api/v1/read-bounded-body';
import { v1Route } from '@/lib/api/v1/v1-route';
import type { IngestedInput } from '@/lib/dmarc/ingest-dmarc-input';
import { ingestDmarcInput } from '@/lib/dmarc/ingest-dmarc-input';
import { ingestDmarcUpload } from '@/lib/dmarc/ingest-dmarc-upload';

// Not behind proxy.ts (its matcher leaves this path out): Next.js would cut a raw body at 10 MB for it.
export const POST = v1Route(
  uploadDmarcReportsOperation,
  async ({ principal, actor, query, body, request }) => {
    // A report may be of any domain, registered or not: storing one is not a write within a group.
    if (principal.viewer.groupIds !== null) throw outOfScope('store DMARC reports');
    const files: IngestedInput[] = [];
    if (isRawBody(uploadDmarcReportsOperation, request)) {
      const length = request.headers.get('content-length');
      const upload = {
        declaredBytes: length === null ? null : Number(length),
        read: async (limit: number) => (await readBoundedBody(request.body, limit)).bytes,
      };
      files.push(await ingestDmarcUpload(actor, upload, { fileName: query.name, route: 'api' }));
    } else {
      for (const file of body.files)
        files.push(
          await ingestDmarcInput(actor, Buffer.from(file.content, 'base64'), {
            fileName: file.name,
            route: 'api',
          }),
        );
    }
    return { files: files.map(fileResult) };
  },
);

function fileResult(ingested: IngestedInput) {
  return {
    name: ingested.fileName,
    refused: ingested.refused,
    reports: ingested.reports.map(({ result, ...report }) => ({
      ...report,
      status: result.status,
      id: result.status === 'refused' ? null : result.id,
      registered: result.status === 'refused' ? null : result.registered,
      reason: result.status === 'refused' ? result.reason : null,
    })),
  };
}
