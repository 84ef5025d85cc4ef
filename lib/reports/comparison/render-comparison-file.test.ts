import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { profileDefinitionSchema } from '@/lib/compliance/profile-schema';
import { UNKNOWN_FLAGS } from '@/lib/history/adoption-flags';
import { customProfileDefinition } from '@/testing/compliance/custom-profile-definition';
import { compareSnapshots } from './compare-snapshots';
import { groupComparisonSchema } from './group-comparison-schema';
import type { SnapshotMember } from './group-snapshot';
import { renderComparisonData } from './render-comparison-file';

const VERSION = '00000000-0000-7000-8000-0000000000a1';
const PROFILE = '00000000-0000-7000-8000-0000000000b1';
const definition = profileDefinitionSchema.parse(customProfileDefinition('Baseline'));

// The 2011 slide: 37.4% of 1,000 ministry domains published SPF in July, 63.2% on 13 October.
const members = (adopting: number, from = 0): SnapshotMember[] =>
  Array.from({ length: 1000 }, (_, i) => {
    const ascii = `d${String(i + from).padStart(4, '0')}.example.test`;
    const status = i < adopting ? 'compliant' : 'not_compliant';
    return {
      id: `00000000-0000-7000-8000-${String(i + from).padStart(12, '0')}`,
      ascii,
      unicode: ascii,
      flags: { ...UNKNOWN_FLAGS, spfPublished: i < adopting },
      judgements: { [VERSION]: { status, requirements: { spf: status } } },
    };
  });
const comparison = groupComparisonSchema.parse({
  group: { id: '00000000-0000-7000-8000-0000000000c1', name: '=HYPERLINK("http://evil.test","ministries")' },
  generatedAt: '2011-10-13T09:00:00+09:00',
  ...compareSnapshots(
    { day: '2011-07-01', members: members(374) },
    { day: '2011-10-13', members: members(632) },
    [{ profileId: PROFILE, versionId: VERSION, version: 1, definition }],
    100,
  ),
});

describe('comparison files', () => {
  it('CSV: the facts, then each table, percentages with one decimal and the change in points', async () => {
    const csv = (await renderComparisonData(comparison, 'csv', 'en')).toString('utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    // The group's name is a user's text: neutralised, never a formula.
    expect(csv).toContain(`Group,"'=HYPERLINK(""http://evil.test"",""ministries"")"\r\n`);
    expect(csv).toContain('SPF published,37.4,63.2,25.8,374,1000,0,632,1000,0\r\n');
    expect(csv).toContain('Baseline,spf SPF,must,37.4,63.2,25.8,374,1000,0,632,1000,0\r\n');
    expect(csv).toContain(
      'Improved,d0374.example.test,d0374.example.test,"SPF published, Baseline, Baseline: SPF"',
    );
    expect(csv).toContain('Improved: The first 100 of 258, by name.');
  });

  it('JSON: every figure unrounded, as the API returns it', async () => {
    const json = JSON.parse((await renderComparisonData(comparison, 'json', 'ja')).toString('utf8'));
    expect(groupComparisonSchema.parse(json)).toEqual(comparison);
    const spf = json.metrics.find((m: { metric: string }) => m.metric === 'spfPublished');
    expect([spf.before.percent, spf.after.percent, spf.points]).toEqual([37.4, 63.2, 25.8]);
    expect(json.domains.improved.total).toBe(258);
  });

  it('XLSX: opens, with numeric cells and the neutralised title', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await renderComparisonData(comparison, 'xlsx', 'ja')) as unknown as ArrayBuffer,
    );
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['概要', '普及状況', '要件', 'ドメイン']);
    expect(workbook.title).toBe(`'${comparison.group.name}: 2011-07-01 と 2011-10-13 の比較`);
    expect(workbook.getWorksheet('概要')?.getCell('B2').value).toBe(`'${comparison.group.name}`);
    const metrics = workbook.getWorksheet('普及状況');
    const row = metrics?.getRow(2).values as unknown[];
    expect(row.slice(1, 5)).toEqual(['SPF 設定', 37.4, 63.2, 25.8]);
    expect(metrics?.getColumn(4).numFmt).toBe('+0.0;-0.0;0.0');
    expect(workbook.getWorksheet('ドメイン')?.rowCount).toBeGreaterThan(100);
  });
});
