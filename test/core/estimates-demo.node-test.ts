// @vssid/core/estimates in Node (as a backend would use it), on the mock backend's demo accounts: each one the
// estimate elements will show must come out sensible. Run by scripts/test-node.mjs.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ParticipationHistory } from '@vssid/core';
import {
  estimateOneOffWithdrawal,
  estimatePension,
  type EstimateResult,
  type EstimatePerson,
} from '@vssid/core/estimates';
import { generatePerson, participationOf } from '@vssid/mocks';

// the mock's data hangs on its "today"; a fixed one keeps these figures stable
const today = '2026-12-06';
const asOfMonth = '2026-12';

function demo(code: string): { history: ParticipationHistory; person: EstimatePerson } {
  const p = generatePerson(code, today);
  return { history: participationOf(p, today), person: { sex: p.sex, dateOfBirth: p.dateOfBirth } };
}
function value<T>(r: EstimateResult<T>): T {
  assert.ok(r.ok, r.ok ? '' : JSON.stringify(r.issues));
  return r.value;
}
const codes = (list: readonly { code: string }[]) => list.map((x) => x.code);

describe('estimates on the demo accounts (Node)', () => {
  it('the ordinary worker 7901234567: a pension at retirement age; the 3 unpaid months left out and said so', () => {
    const { history, person } = demo('7901234567');
    const v = value(estimatePension(history, person, { asOfMonth }));
    assert.equal(v.eligible, true);
    assert.equal(v.unpaidMonths, 3);
    assert.ok(codes(v.reasons).includes('unpaid_months_excluded'));
    assert.ok(v.ratePercent! >= 45 && v.ratePercent! <= 75);
    assert.ok(v.monthlyPension! > 0 && v.pensionStartMonth > asOfMonth);
    // checkable by hand from the figures shown: rate × average, within the one rounding
    assert.ok(Math.abs(v.monthlyPension! - (v.averageSalary! * v.ratePercent!) / 100) <= 1);
    // keeping on until retirement age adds months and never lowers the rate
    const kept = value(estimatePension(history, person, { asOfMonth, futureMonths: 60 }));
    assert.equal(kept.contributionMonths, v.contributionMonths + 60);
    assert.ok(kept.ratePercent! >= v.ratePercent!);
    // 20 years or more: no withdrawal, the pension is what the record gives
    const w = value(estimateOneOffWithdrawal(history, person, { asOfMonth }));
    assert.deepEqual(w.eligibleRoutes, []);
    assert.equal(w.forgonePension.eligible, true);
  });

  it('the pensioner 3101234567: 40 years, 75%, a long-career lump sum, the pension started in 2023', () => {
    const { history, person } = demo('3101234567');
    const v = value(estimatePension(history, person, { asOfMonth }));
    assert.equal(v.contributionMonths, 480);
    assert.equal(v.ratePercent, 75);
    assert.ok(v.longCareerLumpSum > 0);
    assert.ok(codes(v.reasons).includes('rate_capped'));
    assert.ok(v.pensionStartMonth >= '2023-01' && v.pensionStartMonth <= '2023-12');
    assert.equal(v.provisional, false);
  });

  it('a citizen with under 15 years (2401234567): no pension yet, the months still needed, a withdrawal after 12 months out', () => {
    const { history, person } = demo('2401234567');
    const v = value(estimatePension(history, person, { asOfMonth }));
    assert.equal(v.eligible, false);
    assert.equal(v.monthsStillNeeded, 180 - v.contributionMonths);
    assert.ok(v.contributionMonths > 0 && v.averageSalary! > 0);
    const w = value(estimateOneOffWithdrawal(history, person, { asOfMonth }));
    assert.equal(w.eligibleRoutes[0]?.route, 'transitional_12_months_out');
    assert.ok(w.amount > 0);
    assert.equal(w.forgonePension.eligible, false);
  });

  it('the child 7925000001: nothing to estimate, said plainly', () => {
    const { history, person } = demo('7925000001');
    const v = value(estimatePension(history, person, { asOfMonth }));
    assert.deepEqual(
      v.reasons.filter((r) => r.blocking).map((r) => r.code),
      ['no_contributions'],
    );
    assert.equal(v.monthlyPension, null);
    const w = value(estimateOneOffWithdrawal(history, person, { asOfMonth }));
    assert.equal(w.amount, 0);
    assert.deepEqual(w.eligibleRoutes, []);
  });
});
