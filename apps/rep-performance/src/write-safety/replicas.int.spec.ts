import { readFeed } from '@salesgraph/events';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { GraphQLResult, startTestReplica, startTestSubgraph, TestSubgraph } from '@salesgraph/subgraph-kit/testing';
import { EvaluationCycleEntity } from '../evaluation/evaluation.entity';
import { repPerformanceSubgraph } from '../subgraph';
import { TargetEntity } from '../target/target.entity';
import { createTestOrganisation, data, director, TestOrganisation } from '../test-organisation';

/**
 * Two replicas of rep-performance on one database (docs/architecture.md#scale-out):
 * each has its own pool and its own transact() queue, so only
 * what the database decides (a row lock, a unique index) keeps a rule.
 * Requests race in rounds, half on each replica.
 */
const ROUNDS = 12;
const codes = (results: GraphQLResult[]) => results.map((result) => result.errors?.[0]?.extensions?.['code'] ?? 'OK');

describeOnEachDatabase('rep-performance on two replicas of one database', (kind) => {
  let first: TestSubgraph;
  let second: TestSubgraph;
  let org: TestOrganisation;
  beforeAll(async () => {
    first = await startTestSubgraph(repPerformanceSubgraph, kind);
    org = await createTestOrganisation(first);
    second = await startTestReplica(repPerformanceSubgraph, first);
  });
  afterAll(async () => {
    await second?.stop();
    await first?.stop();
  });
  const replica = (index: number) => (index % 2 ? second : first);

  it('opens one cycle of a template and period when both replicas open it at once, and tells the others it exists', async () => {
    const criteria = [{ key: 'skills', name: 'Sales skills', group: 'SALES_SKILLS', source: 'RATING', weightPercent: 100, normalisation: 'RATING' }];
    const templateId = data<{ createEvaluationTemplate: { id: string } }>(
      await first.execute(
        director,
        `mutation($c: [EvaluationCriterionInput!]!) { createEvaluationTemplate(input: { name: "Replicas", criteria: $c }) { id } }`,
        { c: criteria },
      ),
    ).createEvaluationTemplate.id;
    const OPEN = `mutation($t: ID!, $n: String!, $p: Period!) { openEvaluationCycle(input: { templateId: $t, name: $n, period: $p }) { id } }`;
    for (let round = 1; round <= ROUNDS; round += 1) {
      const period = `2025-${String(round).padStart(2, '0')}`;
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, index) => replica(index).execute(director, OPEN, { t: templateId, n: period, p: period })),
      );
      expect(codes(results).sort()).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'OK']);
      for (const refused of results.filter((result) => result.errors)) {
        expect(refused.errors).toEqual([
          expect.objectContaining({
            message: `an open cycle of this template for ${period} already exists: close it, or rate in it`,
            extensions: { code: 'BAD_USER_INPUT', field: 'input.period' },
          }),
        ]);
      }
    }
    expect(await first.dataSource.getRepository(EvaluationCycleEntity).countBy({ templateId, status: 'OPEN' })).toBe(ROUNDS);
  });

  describe('a team target deleted on one replica while its reps’ targets are written on the other', () => {
    const SET = `mutation($i: SetTargetInput!) { setTarget(input: $i) { id version } }`;
    const SPLIT = `mutation($i: SplitTargetInput!) { splitTarget(input: $i) { ownerId value } }`;
    const DELETE = `mutation($i: DeleteTargetInput!) { deleteTarget(input: $i) { id } }`;
    const teamTarget = async (period: string) =>
      data<{ setTarget: { id: string; version: number } }>(
        await first.execute(director, SET, { i: { metric: 'VISITS', period, ownerKind: 'TEAM', ownerId: org.alpha.id, value: 100 } }),
      ).setTarget;
    const targetsOf = (period: string) => first.dataSource.getRepository(TargetEntity).find({ where: { metric: 'VISITS', period } });
    /** Where a target's last event sits in the feed: the order the transactions committed in. */
    const sequenceOf = async (type: string, targetId: string) => {
      const events = (await readFeed(first.dataSource, 0, 10_000)).filter((event) => event.type === type && event.aggregateId === targetId);
      return events.at(-1)?.sequence;
    };

    it('never deletes the team’s target after a rep’s target under it was set', async () => {
      for (let round = 1; round <= ROUNDS; round += 1) {
        const period = `2027-W${String(round).padStart(2, '0')}`;
        const parent = await teamTarget(period);
        const [removed, set] = await Promise.all([
          replica(round).execute(director, DELETE, { i: { targetId: parent.id, version: parent.version } }),
          replica(round + 1).execute(director, SET, { i: { metric: 'VISITS', period, ownerKind: 'REP', ownerId: org.reps.ann.id, value: 40 } }),
        ]);
        const child = data<{ setTarget: { id: string } }>(set).setTarget;
        const owners = (await targetsOf(period)).map((target) => target.ownerKind).sort();
        if (removed.errors) {
          // Ann's target came first: the delete is refused with what to do instead, and both stay.
          expect(removed.errors).toEqual([
            expect.objectContaining({
              message: `1 rep under this team holds a VISITS target for ${period} (${org.reps.ann.id}): delete theirs first`,
              extensions: { code: 'BAD_USER_INPUT', field: 'input.targetId' },
            }),
          ]);
          expect(owners).toEqual(['REP', 'TEAM']);
        } else {
          // The team's target went first: Ann's was set after it was gone, never under it.
          expect(owners).toEqual(['REP']);
          expect(await sequenceOf('TargetDeleted', parent.id)).toBeLessThan((await sequenceOf('TargetSet', child.id)) as number);
        }
      }
    });

    it('either splits the team’s target or deletes it, never both', async () => {
      for (let round = 1; round <= ROUNDS; round += 1) {
        const period = `2028-W${String(round).padStart(2, '0')}`;
        const parent = await teamTarget(period);
        const parts = [org.reps.ann, org.reps.bob, org.reps.mia].map((rep) => ({ ownerId: rep.id, sharePercent: rep === org.reps.ann ? 50 : 25 }));
        const [removed, split] = await Promise.all([
          replica(round).execute(director, DELETE, { i: { targetId: parent.id, version: parent.version } }),
          replica(round + 1).execute(director, SPLIT, { i: { targetId: parent.id, version: parent.version, parts } }),
        ]);
        const owners = (await targetsOf(period)).map((target) => target.ownerKind).sort();
        expect(codes([removed, split]).sort()).toEqual(['BAD_USER_INPUT', 'OK']);
        if (split.errors) {
          expect(split.errors).toEqual([
            expect.objectContaining({
              message: expect.stringMatching(
                new RegExp(`^(no target ${parent.id}|target ${parent.id} was deleted meanwhile: there is nothing left to split)$`),
              ),
              extensions: { code: 'BAD_USER_INPUT', field: 'input.targetId' },
            }),
          ]);
          expect(owners).toEqual([]);
        } else {
          expect(removed.errors?.[0]?.message).toMatch(new RegExp(`^3 reps under this team hold a VISITS target for ${period} \\(.+\\): delete theirs first$`));
          expect(owners).toEqual(['REP', 'REP', 'REP', 'TEAM']);
        }
      }
    });
  });
});
