import { apportion } from '@salesgraph/domain';
import {
  GraphQLClient,
  SeedApproveExpenseClaimDocument,
  SeedCheckBadHabitsDocument,
  SeedCloseEvaluationCycleDocument,
  SeedCloseIncentivePeriodDocument,
  SeedCompanyRevenueDocument,
  SeedCreateEvaluationTemplateDocument,
  SeedCreateIncentivePlanDocument,
  SeedOpenEvaluationCycleDocument,
  SeedRateSalesRepDocument,
  SeedRejectExpenseClaimDocument,
  SeedReviseIncentivePlanDocument,
  SeedSetExpenseBudgetDocument,
  SeedSetMarketSizeDocument,
  SeedSetTargetDocument,
  SeedSplitTargetDocument,
  SeedSubmitExpenseClaimDocument,
  SeedSubmitSalesReportDocument,
  TargetMetric,
} from '@salesgraph/graphql-types';
import { DemoData } from './demo-data';
import { PerformanceDemoData } from './performance-demo-data';
import type { SeededRep } from './seed-demo';

type Target = { id: string; version: number; ownerId: string };

const percents = (weights: number[]) => apportion(10_000, weights).map((bp) => bp / 100);

/**
 * Seeds the performance side (docs/domain.md#organisation to docs/domain.md#reports) for the demo organisation through the gateway: targets
 * decomposed from the company to every rep, evaluation cycles with managers'
 * ratings, a commission plan with a revision and closed months, budgets,
 * claims and reports. Branches and positions exist already (seedDemo made them).
 */
export async function seedPerformance(
  admin: GraphQLClient,
  as: (rep: SeededRep) => GraphQLClient,
  data: DemoData,
  performance: PerformanceDemoData,
  branchIds: Map<string, string>,
  teamIds: Map<string, string>,
  reps: Map<string, SeededRep>,
): Promise<void> {
  const rep = (key: string) => reps.get(key) as SeededRep;
  const managerOf = (seeded: SeededRep) => [...reps.values()].find((candidate) => candidate.teamId === seeded.teamId && candidate.manager) as SeededRep;

  for (const size of performance.marketSizes) await admin.request(SeedSetMarketSizeDocument, { i: size });

  // Revenue: company → branches by their teams, branches → teams by their reps, teams → reps in equal parts;
  // for the year, and for the quarters the evaluation cycles measure.
  const set = async (metric: TargetMetric, period: string, value: number) =>
    (await admin.request(SeedSetTargetDocument, { i: { metric, period, ownerKind: 'COMPANY', value } })).setTarget;
  const split = async (target: Target, parts: Array<{ ownerId: string; sharePercent?: number; value?: number }>) =>
    (await admin.request(SeedSplitTargetDocument, { i: { targetId: target.id, version: target.version, parts } })).splitTarget;
  const repsOfTeam = (teamKey: string) => data.reps.filter((candidate) => candidate.teamKey === teamKey);
  const branchWeights = performance.branches.map((branch) => branch.teamKeys.reduce((sum, teamKey) => sum + repsOfTeam(teamKey).length, 0));
  const decompose = async (period: string, value: number) => {
    const company = await set('REVENUE', period, value);
    const branchTargets = await split(
      company,
      performance.branches.map((branch, b) => ({ ownerId: branchIds.get(branch.key) as string, sharePercent: percents(branchWeights)[b] })),
    );
    for (const [b, branch] of performance.branches.entries()) {
      const teamShares = percents(branch.teamKeys.map((teamKey) => repsOfTeam(teamKey).length));
      const teamTargets = await split(
        branchTargets[b],
        branch.teamKeys.map((teamKey, t) => ({ ownerId: teamIds.get(teamKey) as string, sharePercent: teamShares[t] })),
      );
      for (const [t, teamKey] of branch.teamKeys.entries()) {
        const members = repsOfTeam(teamKey);
        const shares = percents(members.map(() => 1));
        await split(
          teamTargets[t],
          members.map((member, m) => ({ ownerId: rep(member.key).id, sharePercent: shares[m] })),
        );
      }
    }
  };
  await decompose('2026', performance.companyRevenue);
  for (const cycle of performance.cycles) await decompose(cycle.period, Math.round(performance.companyRevenue / 4));
  // Collection: only the first branch has its part yet, which targetGaps shows.
  const collection = await set('COLLECTION', '2026', performance.companyCollection);
  await split(collection, [
    {
      ownerId: branchIds.get(performance.branches[0].key) as string,
      value: Math.round((performance.companyCollection * branchWeights[0]) / branchWeights.reduce((a, b) => a + b, 0)),
    },
  ]);

  // Scorecards freeze what the facts say: let rep-performance read the orders first.
  await factsSettled(admin);

  const { createEvaluationTemplate } = await admin.request(SeedCreateEvaluationTemplateDocument, { i: performance.template });
  const cycles: Array<{ id: string; version: number }> = [];
  for (const cycle of performance.cycles) {
    const { openEvaluationCycle } = await admin.request(SeedOpenEvaluationCycleDocument, {
      i: { templateId: createEvaluationTemplate.id, name: cycle.name, period: cycle.period },
    });
    cycles.push(openEvaluationCycle);
  }
  for (const rating of performance.ratings) {
    const rated = rep(rating.repKey);
    await as(managerOf(rated)).request(SeedRateSalesRepDocument, {
      i: {
        cycleId: cycles[rating.cycle].id,
        repId: rated.id,
        criterionKey: rating.criterionKey,
        score: rating.score,
        comment: rating.comment,
        source: rating.source,
      },
    });
  }
  for (const check of performance.badHabits) {
    const checked = rep(check.repKey);
    await as(managerOf(checked)).request(SeedCheckBadHabitsDocument, {
      i: { cycleId: cycles[check.cycle].id, repId: checked.id, habits: check.habits, comment: check.comment },
    });
  }
  for (const [c, cycle] of performance.cycles.entries()) {
    if (cycle.close)
      await admin.request(SeedCloseEvaluationCycleDocument, {
        i: { cycleId: cycles[c].id, version: cycles[c].version },
      });
  }

  const { createIncentivePlan } = await admin.request(SeedCreateIncentivePlanDocument, {
    i: { name: performance.plan.name, effectiveFrom: performance.plan.effectiveFrom, terms: performance.plan.terms },
  });
  for (const period of performance.plan.closePeriods) await admin.request(SeedCloseIncentivePeriodDocument, { p: period });
  await admin.request(SeedReviseIncentivePlanDocument, {
    i: { planId: createIncentivePlan.id, version: createIncentivePlan.version, ...performance.plan.revision },
  });

  for (const budget of performance.budgets) {
    await admin.request(SeedSetExpenseBudgetDocument, {
      i: { repId: rep(budget.repKey).id, category: budget.category, period: budget.period, amount: budget.amount },
    });
  }
  for (const claim of performance.claims) {
    const claimant = rep(claim.repKey);
    const { submitExpenseClaim } = await as(claimant).request(SeedSubmitExpenseClaimDocument, {
      i: {
        category: claim.category,
        amount: claim.amount,
        incurredOn: claim.incurredOn,
        description: claim.description,
        receipts: [{ number: `R-${claim.incurredOn}-${claimant.id.slice(0, 4)}`, issuer: 'Vendor', amount: claim.amount, issuedOn: claim.incurredOn }],
      },
    });
    if (!claim.decision) continue;
    const manager = as(managerOf(claimant));
    const decision = { claimId: submitExpenseClaim.id, version: submitExpenseClaim.version };
    if (claim.decision === 'APPROVE') await manager.request(SeedApproveExpenseClaimDocument, { i: { ...decision, note: null } });
    else await manager.request(SeedRejectExpenseClaimDocument, { i: { ...decision, note: 'Not on the customer list for this week' } });
  }
  for (const report of performance.reports) {
    await as(rep(report.repKey)).request(SeedSubmitSalesReportDocument, {
      i: { kind: report.kind, period: report.period, summary: report.summary },
    });
  }
}

/** Waits until rep-performance's company revenue stops moving: its feed consumer has caught up. */
async function factsSettled(admin: GraphQLClient, timeoutMs = 30_000): Promise<void> {
  // No report or value yet counts as nothing read so far.
  const revenue = async () => (await admin.request(SeedCompanyRevenueDocument)).companyKpis?.kpi?.value ?? 0;
  const deadline = Date.now() + timeoutMs;
  let last = -1;
  for (;;) {
    const now = await revenue();
    if (now > 0 && now === last) return;
    if (Date.now() > deadline) throw new Error('rep-performance did not catch up with the orders in time');
    last = now;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}
