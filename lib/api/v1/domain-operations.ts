import { z } from 'zod';
import { defineOperation } from './api-operation';
import { idParams, pageOf } from './api-schemas';
import {
  domainDetail,
  domainItem,
  domainListQuery,
  domainPatch,
  includeReportQuery,
  scanResultItem,
} from './domain-schemas';

export const listDomainsOperation = defineOperation({
  method: 'GET',
  path: '/domains',
  operationId: 'listDomains',
  tag: 'Domains',
  summary: 'Registered domains with their current state, by ASCII name',
  description:
    'Keyset-paginated: follow `nextCursor` until it is null. Each page is an index range scan, so the ' +
    'last page of 100,000 domains costs what the first does; domains registered meanwhile do not ' +
    'make others repeat or vanish. Filters are those of the domains table.',
  access: 'read',
  query: domainListQuery,
  response: pageOf(domainItem),
});

export const registerDomainOperation = defineOperation({
  method: 'POST',
  path: '/domains',
  operationId: 'registerDomain',
  tag: 'Domains',
  summary: 'Register a domain (Unicode or ASCII; an archived one comes back)',
  access: 'write',
  status: 201,
  body: z.object({ domain: z.string().min(1).max(1000) }),
  response: z.object({ id: z.uuid(), ascii: z.string(), unicode: z.string() }),
});

export const getDomainOperation = defineOperation({
  method: 'GET',
  path: '/domains/{id}',
  operationId: 'getDomain',
  tag: 'Domains',
  summary: 'One domain: current state, groups, tags, notes, DKIM selectors',
  access: 'read',
  params: idParams,
  response: domainDetail,
});

export const updateDomainOperation = defineOperation({
  method: 'PATCH',
  path: '/domains/{id}',
  operationId: 'updateDomain',
  tag: 'Domains',
  summary: 'Change tags, notes, parked, DKIM selectors or groups',
  description: '`groups` replaces the current groups from today; past membership is kept for history.',
  access: 'write',
  params: idParams,
  body: domainPatch,
  response: domainDetail,
});

export const archiveDomainOperation = defineOperation({
  method: 'DELETE',
  path: '/domains/{id}',
  operationId: 'archiveDomain',
  tag: 'Domains',
  summary: 'Archive a domain (never deleted: its history stays)',
  access: 'write',
  params: idParams,
  response: z.object({ id: z.uuid(), archived: z.literal(true) }),
});

export const listDomainScansOperation = defineOperation({
  method: 'GET',
  path: '/domains/{id}/scans',
  operationId: 'listDomainScans',
  tag: 'Domains',
  summary: "A domain's finished scan results, newest first",
  access: 'read',
  params: idParams,
  query: z.object(includeReportQuery),
  response: pageOf(scanResultItem),
});

export const DOMAIN_OPERATIONS = [
  listDomainsOperation,
  registerDomainOperation,
  getDomainOperation,
  updateDomainOperation,
  archiveDomainOperation,
  listDomainScansOperation,
];
