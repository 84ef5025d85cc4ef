import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkXlsxSize, MAX_XLSX_UNPACKED_BYTES } from './check-xlsx-size';
import { readImportInput } from './read-import-input';
import { readZipDirectory } from './read-zip-directory';
import { buildZip, deflatedZeros } from './testing/build-zip';

const MiB = 1024 * 1024;
const SHEET = 'xl/worksheets/sheet1.xml';
let payload: Buffer;
let bomb: Buffer;

beforeAll(async () => {
  // 256 MiB of zeros deflate to about 250 KB (1,000:1): a 10 MB upload could unpack to 10 GB.
  payload = await deflatedZeros(256 * MiB);
  bomb = buildZip([{ name: SHEET, data: payload, uncompressedSize: 256 * MiB }]);
}, 60_000);

const xlsxFile = (bytes: Uint8Array) =>
  new File([new Uint8Array(bytes)], 'domains.xlsx', {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });

describe('checkXlsxSize', () => {
  it('lets a real spreadsheet through, and the import reads it', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('domains');
    sheet.addRow(['domain', 'groups', 'tags']);
    for (let i = 0; i < 300; i++) sheet.addRow([`d${i}.example.test`, 'g', 't']);
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const directory = readZipDirectory(bytes);
    expect(directory.ok && directory.entries.map((e) => e.name)).toContain(SHEET);
    expect(await checkXlsxSize(bytes)).toBe('ok');
    const input = await readImportInput('', xlsxFile(bytes));
    expect(input.ok && input.rows.length).toBe(301);
  });

  it('refuses a zip bomb from its directory, without inflating it', async () => {
    expect(bomb.length).toBeLessThan(MiB);
    const started = performance.now();
    expect(await checkXlsxSize(bomb)).toBe('too-large-unpacked');
    expect(performance.now() - started).toBeLessThan(200);
    expect(await readImportInput('', xlsxFile(bomb))).toEqual({ ok: false, error: 'too-large-unpacked' });
  });

  it('refuses more than the bound in all, spread over entries each of a plausible ratio', async () => {
    // Eleven entries of 10 MiB at 50:1: no entry looks like a bomb, the sum is over the bound.
    const entries = Array.from({ length: 11 }, (_, i) => ({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      data: Buffer.alloc((10 * MiB) / 50, 1),
      uncompressedSize: 10 * MiB,
    }));
    expect(11 * 10 * MiB).toBeGreaterThan(MAX_XLSX_UNPACKED_BYTES);
    expect(await checkXlsxSize(buildZip(entries))).toBe('too-large-unpacked');
  });

  it('refuses an entry compressed far better than any spreadsheet (20 MB of zeros)', async () => {
    const squeezed = buildZip([
      { name: SHEET, data: await deflatedZeros(20 * MiB), uncompressedSize: 20 * MiB },
    ]);
    expect(await checkXlsxSize(squeezed)).toBe('too-large-unpacked');
  });

  it('refuses a directory that understates what an entry inflates to, stopping at the declared size', async () => {
    // 256 MiB of zeros declared as 64 KiB: the directory looks harmless, the data is the bomb.
    const liar = buildZip([{ name: SHEET, data: payload, uncompressedSize: 64 * 1024 }]);
    expect(readZipDirectory(liar)).toMatchObject({ ok: true, entries: [{ uncompressedSize: 64 * 1024 }] });
    const started = performance.now();
    expect(await checkXlsxSize(liar)).toBe('unreadable');
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('refuses ZIP64 archives and what is not a ZIP at all', async () => {
    const small = buildZip([{ name: 'a', data: deflateRawSync(Buffer.from('x')), uncompressedSize: 1 }], {
      zip64Count: true,
    });
    expect(await checkXlsxSize(small)).toBe('too-large-unpacked');
    expect(await checkXlsxSize(Buffer.from('PK\x03\x04 but no directory'))).toBe('unreadable');
  });
});
