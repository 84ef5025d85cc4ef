/**
 * A record's fields as a panel of term and value pairs, each value shown as evidence (plain text,
 * wrapped): for detail pages whose values come from stored rows, some of them attacker-controlled.
 */
export function FieldList({ fields }: { fields: ReadonlyArray<readonly [string, string]> }) {
  return (
    <dl className="panel">
      {fields.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd className="evidence">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
