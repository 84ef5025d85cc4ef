import type { ApiOperation } from './api-operation';
import { EXPORT_OPERATIONS } from './export-operations';
import { TOKEN_OPERATIONS } from './token-operations';

/**
 * Every /api/v1 operation, for the OpenAPI document. Each area keeps its operations in its own
 * `*-operations.ts`; a test checks that this list and the route files under app/api/v1 agree.
 */
export const ALL_OPERATIONS: readonly ApiOperation[] = [...TOKEN_OPERATIONS, ...EXPORT_OPERATIONS];
