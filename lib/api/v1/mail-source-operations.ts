import { z } from 'zod';
import { mailSourceFields, mailSourceInput } from '@/lib/received-mail/mail-source-input';
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_FILES } from '@/lib/received-mail/mail-upload-files';
import { defineOperation } from './api-operation';
import { apiDateTime, idParams } from './api-schemas';

const counts = {
  counted: z
    .number()
    .int()
    .describe('Messages with a trusted Authentication-Results field, added to the statistics'),
  untrusted: z.number().int().describe('Messages without a field of a trusted authserv-id'),
  duplicates: z.number().int().describe('Messages whose Message-ID this source had already read'),
  malformed: z.number().int().describe('Messages without a header block or a usable receive time'),
};

export const mailSourceItem = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  trustedAuthservIds: z
    .array(z.string())
    .describe('Lower case; only the topmost field of one of these counts'),
  useReceivedSpf: z.boolean().describe('Read Received-SPF when the trusted field has no spf result'),
  totals: z.object(counts).describe('Sums over every ingest of the source'),
  lastIngestAt: apiDateTime.nullable(),
  createdAt: apiDateTime,
  updatedAt: apiDateTime,
});

const ACCESS_NOTE =
  'Data sources are instance-wide (no group owns a carrier’s mail) and hold no mail content: every ' +
  'caller may read them; creating, changing, deleting and uploading need an admin not limited to groups.';

export const listMailSourcesOperation = defineOperation({
  method: 'GET',
  path: '/mail-sources',
  operationId: 'listMailSources',
  tag: 'Received mail',
  summary: 'List the received-mail data sources, with what has been read into each',
  description: ACCESS_NOTE,
  access: 'read',
  response: z.object({ items: z.array(mailSourceItem) }),
});

export const createMailSourceOperation = defineOperation({
  method: 'POST',
  path: '/mail-sources',
  operationId: 'createMailSource',
  tag: 'Received mail',
  summary: 'Create a data source (a carrier, an MTA, a mailbox) with its trusted authserv-ids',
  description: 'authserv-ids are lower-cased, one word each, at most 20. A name is unique (409 otherwise).',
  access: 'admin',
  body: mailSourceInput,
  status: 201,
  response: mailSourceItem,
});

export const getMailSourceOperation = defineOperation({
  method: 'GET',
  path: '/mail-sources/{id}',
  operationId: 'getMailSource',
  tag: 'Received mail',
  summary: 'One data source',
  access: 'read',
  params: idParams,
  response: mailSourceItem,
});

export const updateMailSourceOperation = defineOperation({
  method: 'PATCH',
  path: '/mail-sources/{id}',
  operationId: 'updateMailSource',
  tag: 'Received mail',
  summary: "Change a data source's settings (the fields given)",
  description: 'New trusted ids or the Received-SPF choice apply to what is read from then on.',
  access: 'admin',
  params: idParams,
  body: mailSourceFields.partial(),
  response: mailSourceItem,
});

export const deleteMailSourceOperation = defineOperation({
  method: 'DELETE',
  path: '/mail-sources/{id}',
  operationId: 'deleteMailSource',
  tag: 'Received mail',
  summary: 'Delete a data source with its statistics, Message-ID digests and ingest history',
  access: 'admin',
  params: idParams,
  status: 204,
});

export const listMailIngestsOperation = defineOperation({
  method: 'GET',
  path: '/mail-sources/{id}/ingests',
  operationId: 'listMailIngests',
  tag: 'Received mail',
  summary: "A data source's ingest history, newest first (the last 100)",
  access: 'read',
  params: idParams,
  response: z.object({
    items: z.array(z.object({ id: z.uuid(), label: z.string(), ...counts, createdAt: apiDateTime })),
  }),
});

export const ingestMailMessagesOperation = defineOperation({
  method: 'POST',
  path: '/mail-sources/{id}/messages',
  operationId: 'ingestMailMessages',
  tag: 'Received mail',
  summary: 'Read an mbox, an .eml or a Maildir’s files into a data source (streamed)',
  description:
    'The body is one file (an mbox: it starts with "From "; else one message; a `name` ending .eml is ' +
    'always one message) or multipart/form-data with any number of file parts (a Maildir’s files). ' +
    'Only header blocks are read, as the body streams in; bodies and local parts are never stored. ' +
    `At most ${MAX_UPLOAD_BYTES / 1024 ** 3} GiB and ${MAX_UPLOAD_FILES} files a request, two uploads ` +
    'at a time per server (429 otherwise). The upload is one row of the ingest history; past a bound ' +
    'the read stops with 413 (or 400), and what was read until then stays stored (error.details).',
  access: 'admin',
  params: idParams,
  query: z.object({
    name: z.string().max(300).default('upload').describe('A label for the history; also names a single file'),
  }),
  consumes: ['application/mbox', 'message/rfc822', 'multipart/form-data', 'application/octet-stream'],
  response: z.object({
    ingestId: z.uuid(),
    files: z.number().int(),
    messages: z.number().int(),
    ...counts,
  }),
});

export const MAIL_SOURCE_OPERATIONS = [
  listMailSourcesOperation,
  createMailSourceOperation,
  getMailSourceOperation,
  updateMailSourceOperation,
  deleteMailSourceOperation,
  listMailIngestsOperation,
  ingestMailMessagesOperation,
];
