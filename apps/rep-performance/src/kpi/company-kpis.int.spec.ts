import { EventEnvelope } from '@salesgraph/events';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { handFedConsumer, onlyError } from '@salesgraph/subgraph-kit/testing';
import { repPerformanceSubgraph } from '../subgraph';
import { director, withTestOrganisation } from '../test-organisation';

describeOnEachDatabase('company and branch KPIs', (kind) => {
  const t = withTestOrganisation(kind);

  beforeAll(async () => {
    // Bob sells 1,000.00 on 10 March and 500.00 on 20 March: 1,500.00 for his branch and the company.
    const order = (sequence: number, orderId: string, orderedAt: string, totalMinor: number): EventEnvelope =>
      ({
        id: orderId,
        sequence,
        type: 'OrderRecorded',
        version: 1,
        occurredAt: orderedAt,
        aggregateId: orderId,
        payload: { orderId, customerId: 'c', repId: t.org.reps.bob.id, orderedAt, totalMinor },
      }) as EventEnvelope;
    await handFedConsumer(repPerformanceSubgraph, t.subgraph.dataSource, 'customer-relationship').apply([
      order(1, 'o1', '2026-03-10T10:00:00.000Z', 100_000),
      order(2, 'o2', '2026-03-20T10:00:00.000Z', 50_000),
    ]);
  });

  it('keeps branch and company figures from managers and reps', async () => {
    const branch = await t.subgraph.execute(t.org.viewers.mia, `{ branches { kpis(period: "2026-03") { kpi(key: REVENUE) { value } } } }`);
    expect(branch.data).toEqual({ branches: [{ kpis: null }] });
    expect(onlyError(await t.subgraph.execute(t.org.viewers.ann, `{ companyKpis(period: "2026") { ownerId } }`)).extensions?.['code']).toBe('FORBIDDEN');
    const company = await t.subgraph.execute(director, `{ companyKpis(period: "2026-03") { ownerId kpi(key: REVENUE) { value } } }`);
    expect(company.data).toEqual({ companyKpis: { ownerId: 'company', kpi: { value: 1_500 } } });
    expect(onlyError(await t.subgraph.execute(director, `{ companyKpis(period: "March") { ownerId } }`)).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'period',
    });
  });
});
