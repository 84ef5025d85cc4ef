import { describe, expect, it } from 'vitest';
import { computeGrade, gradeOfFindingIds } from './compute-grade';

const f = (id: string, severity: string) => ({ id, severity });

describe('computeGrade', () => {
  it('gives A when there is nothing but information', () => {
    expect(computeGrade([f('adsp.historic', 'info')])).toEqual({ grade: 'A', reasons: [] });
  });

  it('steps down with warnings, then errors', () => {
    expect(computeGrade([f('a', 'warning')]).grade).toBe('B');
    expect(computeGrade([f('a', 'warning'), f('b', 'warning')]).grade).toBe('B');
    expect(computeGrade([f('a', 'warning'), f('b', 'warning'), f('c', 'warning')]).grade).toBe('C');
    expect(
      computeGrade([f('a', 'error'), f('b', 'warning'), f('c', 'warning'), f('d', 'warning')]).grade,
    ).toBe('D');
    expect(computeGrade([f('a', 'error'), f('b', 'error')]).grade).toBe('F');
  });

  it('lists errors first and counts a repeated id once', () => {
    const result = computeGrade([f('w', 'warning'), f('e', 'error'), f('e', 'error')]);
    expect(result.grade).toBe('D');
    expect(result.reasons.map((r) => r.id)).toEqual(['e', 'w']);
  });
});

describe('gradeOfFindingIds', () => {
  it('weighs stored ids by their catalog severity and unknown ids as info', () => {
    expect(gradeOfFindingIds(['spf.multiple-records', 'spf.missing', 'no.such-id'])).toEqual({
      grade: 'D',
      reasons: [f('spf.multiple-records', 'error'), f('spf.missing', 'warning')],
    });
  });

  it('grades a near-miss like the missing record it amounts to (info, beside the *.missing it explains)', () => {
    const pairs: Array<[string, string]> = [
      ['spf.missing', 'spf.near-miss'],
      ['spf.missing', 'spf.misplaced'],
      ['dmarc.missing', 'dmarc.near-miss'],
      ['dmarc.missing', 'dmarc.misplaced'],
      ['dkim.none-found', 'dkim.misplaced'],
    ];
    for (const [missing, nearMiss] of pairs) {
      expect(gradeOfFindingIds([missing, nearMiss])).toEqual(gradeOfFindingIds([missing]));
    }
  });
});
