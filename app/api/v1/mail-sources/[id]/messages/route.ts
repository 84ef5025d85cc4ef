import { ApiProblem, notFound } from '@/lib/api/v1/api-problem';
import { ingestMailMessagesOperation } from '@/lib/api/v1/mail-source-operations';
import { v1Route } from '@/lib/api/v1/v1-route';
import { getMailSource } from '@/lib/queries/get-mail-source';
import { ingestMailFiles } from '@/lib/received-mail/ingest-mail-files';
import { labelOf, MAX_UPLOAD_BYTES, mailUploadFiles } from '@/lib/received-mail/mail-upload-files';
import { takeUploadSlot } from '@/lib/received-mail/upload-slots';

const STOPPED = {
  'too-large': [413, `The upload passed ${MAX_UPLOAD_BYTES} bytes; what came before was stored.`],
  'too-many-files': [400, 'The upload has too many files; those before the limit were stored.'],
  unreadable: [400, 'The multipart body could not be read; what came before was stored.'],
  aborted: [400, 'The upload broke off; what came before was stored.'],
} as const;

// Not behind proxy.ts (its matcher leaves this path out): Next.js would buffer the body for it.
export const POST = v1Route(
  ingestMailMessagesOperation,
  async ({ principal, actor, params, query, request }) => {
    const source = await getMailSource(principal.viewer, params.id);
    if (!source) throw notFound('Data source');
    if (Number(request.headers.get('content-length') ?? 0) > MAX_UPLOAD_BYTES)
      throw new ApiProblem(413, 'too_large', `An upload may carry at most ${MAX_UPLOAD_BYTES} bytes.`);
    const release = takeUploadSlot();
    if (!release)
      throw new ApiProblem(429, 'uploads_busy', 'Other uploads are being read; retry in a minute.');
    try {
      const label = labelOf(query.name);
      const result = await ingestMailFiles(actor, source, label, mailUploadFiles(request, label));
      if (result.stopped === null) return result;
      const [status, message] = STOPPED[result.stopped];
      throw new ApiProblem(status, result.stopped.replaceAll('-', '_'), message, result);
    } finally {
      release();
    }
  },
);
