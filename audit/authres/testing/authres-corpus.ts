/**
 * Authentication-Results values shaped like those in the wild and in the RFCs, for the parser's
 * tests and the seed corpus of its fuzz. RFC 8601 Appendix B's examples are quoted as printed
 * (folded with CRLF and tabs); the others follow what common receivers write.
 */
export const RFC8601_APPENDIX_B = {
  'B.2 no-result': 'example.org 1; none',
  'B.3 SPF': 'example.com;\r\n          spf=pass smtp.mailfrom=example.net',
  'B.4 SMTP AUTH':
    'example.com;\r\n          auth=pass (cram-md5) smtp.auth=sender@example.net;\r\n          spf=pass smtp.mailfrom=example.net',
  'B.4 iprev': 'example.com; iprev=pass\r\n          policy.iprev=192.0.2.200',
  'B.5 Sender ID and DKIM':
    'example.com;\r\n          sender-id=fail header.from=example.com;\r\n          dkim=pass (good signature) header.d=sub.example.com',
  'B.6 two DKIM signatures':
    'mail-router.example.net;\r\n          dkim=pass (good signature) header.d=newyork.example.com\r\n                header.b=oINEO8hg;\r\n          dkim=fail (bad signature) header.d=mail-router.example.net\r\n                header.b=EToRSuvU',
  'B.6 reason=':
    'example.com;\r\n          dkim=pass reason="good signature"\r\n            header.i=@mail-router.example.net;\r\n          dkim=fail reason="bad signature"\r\n            header.i=@newyork.example.com',
  'B.7 comments everywhere':
    "foo.example.net (foobar) 1 (baz);\r\n    dkim (Because I like it) / 1 (One yay) = (wait for it) fail\r\n      policy (A dot can go here) . (like that) expired\r\n      (this surprised me) = (as I wasn't expecting it) 1362471462",
} as const;

export const REAL_WORLD = {
  gmail:
    'mx.google.com;\r\n       dkim=pass header.i=@example.co.jp header.s=20230601 header.b=Qm9/ab+c;\r\n       spf=pass (google.com: domain of bounce@example.co.jp designates 192.0.2.10 as permitted sender) smtp.mailfrom=bounce@example.co.jp;\r\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=example.co.jp',
  'rspamd, helo and mailfrom':
    'mx.example.jp;\r\n\tspf=pass (mx.example.jp: domain of mail.sender.example designates 192.0.2.5 as permitted sender) smtp.helo=mail.sender.example;\r\n\tspf=softfail smtp.mailfrom=news@sender.example;\r\n\tdkim=pass header.d=sender.example header.s=s1 header.b=AbCd;\r\n\tdkim=fail (body hash did not verify) header.d=esp.example header.s=k2 header.b=EfGh;\r\n\tdmarc=pass (policy=none) header.from=sender.example',
  'legacy hardfail (RFC 5451)':
    'mx.example.ne.jp; spf=hardfail smtp.mailfrom=user@forged.example; sender-id=hardfail header.from=forged.example',
  'yahoo, trailing semicolon':
    'atlas-production.v2-mail-prod1-gq1.omega.yahoo.com;\r\n dkim=pass header.i=@example.com header.s=s1;\r\n spf=pass smtp.mailfrom=example.com;\r\n dmarc=pass(p=REJECT) header.from=example.com;',
  'exchange online with authserv-id':
    'mx.example.go.jp; spf=pass (sender IP is 192.0.2.7) smtp.mailfrom=example.go.jp; dkim=pass (signature was verified) header.d=example.go.jp;dmarc=pass action=none header.from=example.go.jp;compauth=pass reason=100',
  'upper case, version 1':
    'MX.EXAMPLE.JP 1; SPF=PASS SMTP.MAILFROM=USER@EXAMPLE.JP; DKIM/1=NEUTRAL REASON="NO KEY" HEADER.D=EXAMPLE.JP',
  'quoted authserv-id and values': '"mx.example.jp"; dkim=pass header.d="example.jp" header.b="a b"',
  'arc and bimi':
    'mx.example.jp; arc=pass (i=1 spf=pass) smtp.remote-ip=192.0.2.1; bimi=pass header.d=example.jp header.selector=default',
  'null sender': 'mx.example.jp; spf=pass smtp.helo=mail.example.jp smtp.mailfrom=',
  'temperror and permerror':
    'mx.example.jp; spf=temperror smtp.mailfrom=example.jp; dkim=permerror (no key) header.d=example.jp; dmarc=temperror header.from=example.jp',
  'utf-8 (RFC 6532)': 'mx.例え.jp; spf=pass smtp.mailfrom=ユーザー@例え.jp; dmarc=pass header.from=例え.jp',
} as const;

/** Values that are not Authentication-Results as RFC 8601 writes them. */
export const UNREADABLE = {
  'no authserv-id (Exchange Online)':
    'spf=pass (sender IP is 192.0.2.7) smtp.mailfrom=example.com; dkim=none',
  'nothing after the authserv-id': 'mx.example.jp',
  'no result': 'mx.example.jp; spf=',
  'no "=" after the method': 'mx.example.jp; spf pass',
  'property without a dot': 'mx.example.jp; spf=pass smtp mailfrom=example.jp',
  'unterminated comment': 'mx.example.jp; spf=pass (oops',
  'unterminated quoted string': 'mx.example.jp; dkim=pass reason="good',
  'none with results': 'mx.example.jp; none; spf=pass',
  empty: '',
} as const;
