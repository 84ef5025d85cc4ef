import { ApiProblem, outOfScope } from '@/lib/api/v1/api-problem';
import { importDomainsOperation } from '@/lib/api/v1/import-operations';
import { v1Route } from '@/lib/api/v1/v1-route';
import { importRows } from '@/lib/import/import-rows';
import { MAX_ROWS, readImportInput } from '@/lib/import/read-import-input';
import { rowsFromJson } from '@/lib/import/rows-from-json';

const INPUT_ERRORS = {
  empty: 'The content has no rows.',
  'too-large': 'The content is larger than 10 MB.',
  'too-large-unpacked': 'The XLSX file unpacks to more than 100 MB.',
  'too-many-rows': `The content has more than ${MAX_ROWS} rows; split it.`,
  unreadable: 'The content could not be read.',
} as const;

export const POST = v1Route(importDomainsOperation, async ({ principal, actor, body }) => {
  // An import registers domains, creates groups by name and changes existing domains of any group.
  if (principal.viewer.groupIds !== null) throw outOfScope('import domains');
  if (body.format === 'json')
    return importRows(rowsFromJson(body.rows), { commit: !body.dryRun, group: body.group }, actor);
  const input = await readImportInput(body.content, null, body.format);
  if (!input.ok)
    throw new ApiProblem(400, `import_${input.error.replaceAll('-', '_')}`, INPUT_ERRORS[input.error]);
  return importRows(input.rows, { commit: !body.dryRun, group: body.group }, actor);
});
