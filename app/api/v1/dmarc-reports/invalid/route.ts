import { listDmarcInvalidOperation } from '@/lib/api/v1/dmarc-report-operations';
import { v1Route } from '@/lib/api/v1/v1-route';
import { listDmarcRefusedInputs } from '@/lib/queries/list-dmarc-refused-inputs';

export const GET = v1Route(listDmarcInvalidOperation, async ({ principal }) => ({
  items: await listDmarcRefusedInputs(principal.viewer, 1000),
}));
