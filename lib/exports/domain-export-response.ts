import type { PrismaClient } from '@/generated/prisma/client';
import type { Viewer } from '@/lib/auth/viewer';
import type { DomainSelection } from '@/lib/queries/domain-selection-sql';
import type { DomainExportFormat } from './domain-export-format';
import { DOMAIN_EXPORT_FORMATS } from './domain-export-formats';
import { readDomainExportBatches } from './domain-export-rows';
import { attachmentDisposition, exportFilename } from './export-filename';

interface ExportDomainsOptions {
  db?: PrismaClient;
  /** The request's signal: aborted when the client disconnects, which stops the database reading. */
  signal?: AbortSignal;
  batchSize?: number;
}

/**
 * The domains a filter selects as a streamed download: headers go out at once and rows follow as
 * they are read, batch by batch, so 100,000 domains neither time out nor build up in memory.
 */
export function exportDomainsResponse(
  viewer: Viewer,
  selection: DomainSelection,
  format: DomainExportFormat,
  { db, signal, batchSize }: ExportDomainsOptions = {},
): Response {
  const { contentType, extension, stream } = DOMAIN_EXPORT_FORMATS[format];
  const body = stream(readDomainExportBatches(viewer, selection, { db, signal, batchSize }));
  return new Response(body, {
    headers: {
      'Content-Type': contentType,
      'Content-Disposition': attachmentDisposition(exportFilename('domains', extension)),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
