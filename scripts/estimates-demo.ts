// Prints what @vssid/core/estimates says for each demo account of the mock backend, in Node (no browser):
// retirement age, the pension if the citizen stopped now and if they kept contributing at their current base
// until retirement age, and the one-off withdrawal with the pension it gives up. Then the two calculators.
// Usage: npx tsx scripts/estimates-demo.ts [YYYY-MM-DD]   (the mock's "today"; default today)
import {
  estimateOneOffWithdrawal,
  estimatePension,
  householdBhytPremium,
  voluntaryContribution,
  type EstimateResult,
  type PensionEstimate,
} from '@vssid/core/estimates';
import { demoAccounts, generatePerson, participationOf } from '@vssid/mocks';

const today = process.argv[2] ?? new Date().toISOString().slice(0, 10);
const asOfMonth = today.slice(0, 7);
const vnd = (n: number | null) => (n === null ? '–' : `${n.toLocaleString('vi-VN')} đ`);
const need = <T>(r: EstimateResult<T>): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};
const monthsBetween = (from: string, to: string) =>
  (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));

function line(label: string, e: PensionEstimate): string {
  return (
    `${label}: ${e.contributionMonths} months = ${e.countedYears} years → ` +
    (e.eligible
      ? `${e.ratePercent}% × ${vnd(e.averageSalary)} = ${vnd(e.monthlyPension)}/month from ${e.pensionStartMonth}` +
        (e.longCareerLumpSum ? ` + lump sum ${vnd(e.longCareerLumpSum)}` : '')
      : `no pension (${e.monthsStillNeeded} months still needed)`) +
    ` [${e.reasons.map((r) => r.code).join(', ')}]${e.provisional ? ' (tạm tính)' : ''}`
  );
}

console.log(`Estimates for the demo accounts, as of ${asOfMonth}\n`);
for (const account of demoAccounts) {
  const person = generatePerson(account.code, today);
  const history = participationOf(person, today);
  const who = { sex: person.sex, dateOfBirth: person.dateOfBirth };
  const now = need(estimatePension(history, who, { asOfMonth }));
  console.log(`${account.code} ${account.label.en} (${person.sex}, born ${person.dateOfBirth})`);
  console.log(
    `  retirement age ${now.retirementAge.years} y ${now.retirementAge.months} m, reached ${now.retirementAge.reachedMonth}`,
  );
  console.log(`  ${line('stopping now', now)}`);
  // keep contributing at the latest base until retirement age, when that is ahead
  const ahead = monthsBetween(asOfMonth, now.retirementAge.reachedMonth) + 1;
  if (now.recordedMonths && ahead > 0) {
    const kept = need(estimatePension(history, who, { asOfMonth, futureMonths: ahead }));
    console.log(`  ${line(`contributing ${ahead} more months`, kept)}`);
  }
  const w = need(estimateOneOffWithdrawal(history, who, { asOfMonth }));
  const routes = w.eligibleRoutes.map((r) => `${r.route} from ${r.fromMonth}`).join('; ') || 'none';
  console.log(
    `  withdrawal: ${routes}; ${w.yearsBefore2014} y before 2014 × 1.5 + ${w.yearsFrom2014} y from 2014 × 2 of ` +
      `${vnd(w.averageSalary)} = ${vnd(w.amount)}${w.provisional ? ' (tạm tính)' : ''}; keeping the record instead: ` +
      (w.forgonePension.eligible
        ? `${vnd(w.forgonePension.monthlyPension)}/month from ${w.forgonePension.pensionStartMonth}`
        : 'no pension yet'),
  );
  console.log('');
}

const household = need(householdBhytPremium(4, { periodMonths: 12, onDate: today }));
console.log(
  `Household BHYT, 4 members, 12 months from ${today} (lương cơ sở ${vnd(household.baseSalary)}): ` +
    `${household.members.map((m) => vnd(m.monthly)).join(' + ')} = ${vnd(household.monthlyTotal)}/month, ${vnd(household.total)} for the period`,
);
const voluntary = need(voluntaryContribution(5_000_000, { group: 'near_poor', periodMonths: 3, onDate: today }));
console.log(
  `Voluntary BHXH, 5,000,000 đ/month, near-poor, 3 months: ${vnd(voluntary.gross)} − support ${vnd(voluntary.stateSupport)} = ` +
    `${vnd(voluntary.payable)} (incomes ${vnd(voluntary.incomeRange.min)} to ${vnd(voluntary.incomeRange.max)})` +
    (voluntary.provisional ? ' (tạm tính)' : ''),
);
