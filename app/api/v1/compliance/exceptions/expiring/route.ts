import { listExpiringExceptionsOperation } from '@/lib/api/v1/exception-operations';
import { v1Route } from '@/lib/api/v1/v1-route';
import { findExpiringExceptions } from '@/lib/queries/find-expiring-exceptions';

export const GET = v1Route(listExpiringExceptionsOperation, async ({ principal, query }) => ({
  items: await findExpiringExceptions(principal.viewer, query),
}));
