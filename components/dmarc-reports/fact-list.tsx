/** Term/value pairs as a `facts` definition list: the DMARC panel's numbers, on screen and on paper. */
export function FactList({ facts }: { facts: Array<[string, string]> }) {
  return (
    <dl className="facts">
      {facts.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
