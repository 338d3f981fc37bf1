import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { onlyError } from '@salesgraph/subgraph-kit/testing';
import { data, director, withTestOrganisation } from '../test-organisation';

describeOnEachDatabase('positions', (kind) => {
  const t = withTestOrganisation(kind);

  it('keeps positions with their job descriptions and puts reps in them', async () => {
    const head = data<{ createPosition: { id: string } }>(
      await t.subgraph.execute(
        director,
        `mutation { createPosition(input: { title: "Sales manager", responsibilities: ["Coach the team", "Approve discounts"], role: "MANAGER" }) { id } }`,
      ),
    ).createPosition;
    const position = data<{ createPosition: { id: string; reportsTo: { title: string } } }>(
      await t.subgraph.execute(
        director,
        `mutation($r: ID) { createPosition(input: { title: "Field rep", responsibilities: ["Visit A-class customers weekly"], role: "REP", reportsToId: $r }) { id reportsTo { title } } }`,
        { r: head.id },
      ),
    ).createPosition;
    expect(position.reportsTo).toEqual({ title: 'Sales manager' });
    expect(
      onlyError(await t.subgraph.execute(director, `mutation { createPosition(input: { title: "X", responsibilities: [], role: "REP" }) { id } }`)).extensions,
    ).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.responsibilities',
    });
    expect(
      onlyError(await t.subgraph.execute(director, `mutation { createPosition(input: { title: "Y", responsibilities: ["a"], role: "KING" }) { id } }`))
        .extensions,
    ).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.role',
    });
    const updated = await t.subgraph.execute(
      director,
      `mutation($i: UpdateSalesRepInput!) { updateSalesRep(input: $i) { status position { title responsibilities } version } }`,
      {
        i: { repId: t.org.reps.ann.id, version: t.org.reps.ann.version, positionId: position.id },
      },
    );
    expect(updated.data).toEqual({
      updateSalesRep: { status: 'ACTIVE', position: { title: 'Field rep', responsibilities: ['Visit A-class customers weekly'] }, version: 2 },
    });
    expect(
      onlyError(
        await t.subgraph.execute(director, `mutation($i: UpdateSalesRepInput!) { updateSalesRep(input: $i) { version } }`, {
          i: { repId: t.org.reps.ann.id, version: 1, status: 'LEFT' },
        }),
      ).extensions?.['code'],
    ).toBe('CONFLICT');
  });
});
