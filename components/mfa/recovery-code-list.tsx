interface Props {
  codes: string[];
  labels: { title: string; once: string };
}

/** Recovery codes just made: shown this once (only their hashes are kept), to be written down or stored. */
export function RecoveryCodeList({ codes, labels }: Props) {
  return (
    <div className="panel" data-testid="recovery-codes">
      <h3>{labels.title}</h3>
      <p>{labels.once}</p>
      <ol className="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
    </div>
  );
}
