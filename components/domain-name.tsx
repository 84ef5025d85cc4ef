/** A domain in both forms when they differ: the Unicode name, then its ASCII form. */
export function DomainName({ ascii, unicode }: { ascii: string; unicode: string }) {
  if (ascii === unicode) return <span>{ascii}</span>;
  return (
    <span>
      {unicode} <span className="muted">({ascii})</span>
    </span>
  );
}
