import type { Prisma } from '@/generated/prisma/client';
import type { Translate } from '@/lib/i18n/translate';

type Json = Prisma.JsonValue;

const isObject = (value: Json): value is Prisma.JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value as JSON text; React prints it as text, so markup in it (a hostile label) stays inert. */
function Value({ value }: { value: Json | undefined }) {
  if (value === undefined) return <span className="muted">—</span>;
  return <pre className="record">{JSON.stringify(value, null, 2)}</pre>;
}

/**
 * An entry's before/after, field by field side by side when both are objects (as Kensa's own
 * entries are), else the two values as they are.
 */
export function AuditChangeTable({ before, after, t }: { before: Json; after: Json; t: Translate }) {
  if (before === null && after === null) return <p className="muted">{t('audit.noValues')}</p>;
  const fieldwise = (before === null || isObject(before)) && (after === null || isObject(after));
  const rows = fieldwise
    ? [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].map((field) => ({
        field,
        before: isObject(before) ? before[field] : undefined,
        after: isObject(after) ? after[field] : undefined,
      }))
    : [{ field: '', before, after }];
  return (
    <table data-testid="audit-changes">
      <caption className="visually-hidden">{t('audit.changes')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('audit.field')}</th>
          <th scope="col">{t('audit.before')}</th>
          <th scope="col">{t('audit.after')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.field}>
            <th scope="row" className="evidence">
              <code>{row.field}</code>
            </th>
            <td>
              <Value value={row.before} />
            </td>
            <td>
              <Value value={row.after} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
