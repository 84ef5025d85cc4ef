import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { reportMail, singlePartMail } from '@/testing/dmarc-report/report-mail';
import { syntheticReportXml } from '@/testing/dmarc-report/synthetic-report';
import { zipArchive } from '@/testing/dmarc-report/zip-archive';
import { mboxText } from '@/testing/received-mail/mail-text';
import { type DmarcInputResult, readDmarcInput } from './read-dmarc-input';

const MIB = 1024 * 1024;
const XML = readFileSync(new URL('fixtures/mixed-case-two-records.xml', import.meta.url));
const OTHER = Buffer.from(syntheticReportXml({ records: 3, reportId: 'other-report' }));
const DOCTYPE = readFileSync(new URL('fixtures/doctype-external-entity.xml', import.meta.url));
const GZ = gzipSync(XML);

function reportIds(result: DmarcInputResult): string[] {
  if ('refused' in result) throw new Error(`refused: ${result.refused}`);
  return result.reports.map((report) => report.reportId);
}

const read = (bytes: Uint8Array | string, name = 'input') =>
  readDmarcInput(typeof bytes === 'string' ? Buffer.from(bytes) : bytes, name);

describe('readDmarcInput containers', () => {
  it('reads .xml, .xml.gz and .zip (several members; other files passed over) by their bytes', async () => {
    expect(reportIds(await read(XML, 'r.xml'))).toEqual(['rx-2026-11-30-0001']);
    expect(reportIds(await read(GZ, 'named-wrongly.zip'))).toEqual(['rx-2026-11-30-0001']);
    const zip = zipArchive([
      { name: 'a.xml', data: XML },
      { name: 'README.txt', data: 'Reports inside.' },
      { name: 'b.xml', data: OTHER, stored: true },
    ]);
    expect(reportIds(await read(zip, 'r.zip'))).toEqual(['rx-2026-11-30-0001', 'other-report']);
  });

  it('reads a report mail (.eml) with a gzip attachment, passing over its other parts', async () => {
    const mail = reportMail({
      attachments: [
        { name: 'logo.png', contentType: 'image/png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
        {
          name: 'receiver.example!kensa.example!1795996800!1796083199.xml.gz',
          contentType: 'application/gzip',
          data: GZ,
        },
      ],
    });
    expect(reportIds(await read(mail, 'report.eml'))).toEqual(['rx-2026-11-30-0001']);
  });

  it('reads a mail whose whole body is the gzip, with line ends after the gzip trailer (Mimecast)', async () => {
    const mail = singlePartMail('r.xml.gz', 'application/gzip', Buffer.concat([GZ, Buffer.from('\r\n')]));
    expect(reportIds(await read(mail))).toEqual(['rx-2026-11-30-0001']);
  });

  it('reads a report mail forwarded as message/rfc822 inside another, its zip included', async () => {
    const inner = reportMail({
      attachments: [
        { name: 'r.zip', contentType: 'application/zip', data: zipArchive([{ name: 'r.xml', data: OTHER }]) },
      ],
    });
    const outer = reportMail({ subject: 'Fwd: DMARC report', forwarded: [inner] });
    const twice = reportMail({
      subject: 'Fwd: Fwd: DMARC report',
      forwarded: [outer],
      attachments: [{ name: 'r.xml', contentType: 'text/xml', data: XML }],
    });
    expect(reportIds(await read(twice))).toEqual(['rx-2026-11-30-0001', 'other-report']);
  });

  it('reads every report mail in an mbox; a message without a report is passed over', async () => {
    const mbox = mboxText([
      reportMail({ attachments: [{ name: 'a.xml.gz', contentType: 'application/gzip', data: GZ }] }),
      'From: someone@example.org\nSubject: hello\n\nNot a report.\nFrom the body.\n',
      reportMail({ attachments: [{ name: 'b.xml', contentType: 'application/xml', data: OTHER }] }),
    ]);
    expect(reportIds(await read(mbox, 'rua.mbox'))).toEqual(['rx-2026-11-30-0001', 'other-report']);
  });
});

describe('readDmarcInput refusals', () => {
  const refused = async (bytes: Uint8Array | string, kind: string, words: RegExp) => {
    const result = await read(bytes);
    expect(result).toMatchObject({ kind, refused: expect.stringMatching(words) });
    expect('refused' in result && result.refused).not.toContain('\n');
  };

  it('refuses input over 10 MiB, or plain XML over 50 MiB, before parsing it', async () => {
    const mail = Buffer.concat([Buffer.from('Subject: big\r\n\r\n'), Buffer.alloc(10 * MIB, 0x61)]);
    await refused(mail, 'too-large', /^too large: the input is over 10 MiB$/);
    const xml = Buffer.concat([Buffer.from('<feedback>'), Buffer.alloc(50 * MIB - 9, 0x20)]);
    await refused(xml, 'too-large', /^too large: the input is over 50 MiB$/);
  });

  it('stops a gzip bomb at 50 MiB while inflating', async () => {
    const bomb = gzipSync(Buffer.alloc(60 * MIB, 0x20));
    expect(bomb.length).toBeLessThan(MIB);
    await refused(bomb, 'too-large', /too large: decompresses to over 50 MiB/);
  });

  it('refuses zip members over the budget: honest sizes at once, lying sizes while inflating, many together', async () => {
    const big = Buffer.alloc(60 * MIB, 0x20);
    await refused(zipArchive([{ name: 'big.xml', data: big }]), 'too-large', /too large/);
    await refused(
      zipArchive([{ name: 'big.xml', data: 'x', declaredSize: 0xffffffff }]),
      'too-large',
      /too large/,
    );
    // Declares 1 KiB and inflates to 60 MiB: yauzl stops just past the declared size.
    await refused(
      zipArchive([{ name: 'liar.xml', data: big, declaredSize: 1024 }]),
      'not-dmarc',
      /not a DMARC aggregate report: .*liar\.xml/,
    );
    const third = Buffer.alloc(20 * MIB, 0x20);
    const three = ['1', '2', '3'].map((name) => ({ name: `${name}.xml`, data: third }));
    await refused(zipArchive(three), 'too-large', /too large: decompresses to over 50 MiB/);
  });

  it('refuses truncated or corrupt gzip and zip, non-DMARC XML and other bytes as not a DMARC aggregate report', async () => {
    await refused(
      GZ.subarray(0, GZ.length - 20),
      'not-dmarc',
      /not a DMARC aggregate report: the gzip data is truncated/,
    );
    await refused(gzipSync('unused'), 'not-dmarc', /not a DMARC aggregate report/);
    await refused(
      zipArchive([{ name: 'r.xml', data: XML }]).subarray(0, 60),
      'not-dmarc',
      /not a DMARC aggregate report: the zip archive is unreadable/,
    );
    await refused('<?xml version="1.0"?><html><body/></html>', 'not-dmarc', /not a DMARC aggregate report/);
    await refused(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
      'not-dmarc',
      /the input is neither XML, gzip, zip nor mail/,
    );
    await refused(reportMail({}), 'not-dmarc', /not a DMARC aggregate report: no report found/);
  });

  it('refuses the whole input when one part is refused, naming the part', async () => {
    const zip = zipArchive([
      { name: 'good.xml', data: XML },
      { name: 'evil.xml', data: DOCTYPE },
    ]);
    await refused(zip, 'doctype', /DOCTYPE.*\(in "evil\.xml"\)/);
    const mail = reportMail({
      attachments: [{ name: 'evil.xml.gz', contentType: 'application/gzip', data: gzipSync(DOCTYPE) }],
    });
    await refused(mail, 'doctype', /DOCTYPE/);
  });

  it('bounds containers inside containers (gzip in gzip…, mail forwarded in mail…)', async () => {
    let nested: Uint8Array = XML;
    for (let i = 0; i < 7; i++) nested = gzipSync(nested);
    await refused(nested, 'too-large', /too large: containers nested deeper than 5/);
    let mail = reportMail({ attachments: [{ name: 'r.xml', contentType: 'text/xml', data: XML }] });
    for (let i = 0; i < 7; i++) mail = reportMail({ forwarded: [mail] });
    await refused(mail, 'too-large', /too large: containers nested deeper than 5/);
  });
});
