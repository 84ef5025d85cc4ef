/**
 * What the fixture HTTPS server answers for each MTA-STS and BIMI case host of
 * fixtures/zones/test.zone (each points its host at 127.0.0.1). Hosts not listed answer 404.
 */
export interface FixtureSite {
  /** Which certificate the server presents for this SNI name (default: valid for it). */
  certificate?: 'wrong-name' | 'expired';
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  /** Accept the connection and never answer. */
  hang?: true;
}

const POLICY = '/.well-known/mta-sts.txt';
const TEXT = { 'content-type': 'text/plain; charset=utf-8' };
const SVG = { 'content-type': 'image/svg+xml' };
const policy = (mode: string, mx: string[], maxAge = 1209600) =>
  ['version: STSv1', `mode: ${mode}`, ...mx.map((m) => `mx: ${m}`), `max_age: ${maxAge}`, ''].join('\r\n');

/** A logo that passes every SVG Tiny PS check. */
export const GOOD_LOGO = `<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny-ps" viewBox="0 0 100 100"><title>Kensa</title><circle cx="50" cy="50" r="40" fill="#c00"/></svg>`;
const SCRIPTED_LOGO = GOOD_LOGO.replace(
  '<circle',
  '<script>alert(1)</script><image href="https://tracker.example/x.png"/><circle',
);

/** "host path" → what it answers. */
export const FIXTURE_SITES: Record<string, FixtureSite> = {
  [`mta-sts.mta-sts-enforce.test ${POLICY}`]: {
    headers: TEXT,
    body: policy('enforce', ['mx.kensa-mail.test']),
  },
  [`mta-sts.mta-sts-mode-testing.test ${POLICY}`]: {
    headers: TEXT,
    body: policy('testing', ['*.kensa-mail.test']),
  },
  [`mta-sts.mta-sts-mode-none.test ${POLICY}`]: { headers: TEXT, body: policy('none', []) },
  [`mta-sts.mta-sts-max-age-short.test ${POLICY}`]: {
    headers: TEXT,
    body: policy('enforce', ['mx.kensa-mail.test'], 86400),
  },
  [`mta-sts.mta-sts-mx-not-covered.test ${POLICY}`]: {
    headers: TEXT,
    body: policy('enforce', ['*.mx.kensa-mail.test']),
  },
  [`mta-sts.mta-sts-policy-invalid.test ${POLICY}`]: {
    headers: TEXT,
    body: 'mode: enforce\nmx: mx.kensa-mail.test\nmax_age: forever\n',
  },
  [`mta-sts.mta-sts-policy-certificate.test ${POLICY}`]: {
    certificate: 'wrong-name',
    headers: TEXT,
    body: policy('enforce', ['mx.kensa-mail.test']),
  },
  [`mta-sts.mta-sts-policy-expired.test ${POLICY}`]: {
    certificate: 'expired',
    headers: TEXT,
    body: policy('enforce', ['mx.kensa-mail.test']),
  },
  [`mta-sts.mta-sts-policy-redirect.test ${POLICY}`]: {
    status: 301,
    headers: { location: 'https://www.mta-sts-policy-redirect.test/mta-sts.txt' },
  },
  [`mta-sts.mta-sts-policy-content-type.test ${POLICY}`]: {
    headers: { 'content-type': 'text/html' },
    body: policy('enforce', ['mx.kensa-mail.test']),
  },
  [`mta-sts.mta-sts-policy-too-large.test ${POLICY}`]: {
    headers: TEXT,
    body: `${policy('enforce', ['mx.kensa-mail.test'])}${'# padding\n'.repeat(7000)}`,
  },
  [`mta-sts.mta-sts-policy-timeout.test ${POLICY}`]: { hang: true },
  'bimi.bimi-logo-good.test /logo.svg': { headers: SVG, body: GOOD_LOGO },
  // Cases about the record or DMARC, whose logo is fine.
  'bimi.bimi-dmarc-not-enforcing.test /logo.svg': { headers: SVG, body: GOOD_LOGO },
  'bimi.bimi-no-authority.test /logo.svg': { headers: SVG, body: GOOD_LOGO },
  'bimi.bimi-logo-not-tiny-ps.test /logo.svg': { headers: SVG, body: SCRIPTED_LOGO },
  'bimi.bimi-logo-too-large.test /logo.svg': {
    headers: SVG,
    body: GOOD_LOGO.replace('</svg>', `<desc>${'x'.repeat(40_000)}</desc></svg>`),
  },
  'bimi.bimi-logo-redirect.test /logo.svg': {
    status: 302,
    headers: { location: 'https://cdn.bimi-logo-redirect.test/logo.svg' },
  },
  'bimi.bimi-logo-certificate.test /logo.svg': { certificate: 'expired', headers: SVG, body: GOOD_LOGO },
};
