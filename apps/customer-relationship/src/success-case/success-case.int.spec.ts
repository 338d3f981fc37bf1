import { Viewer } from '@salesgraph/auth';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { onlyError } from '@salesgraph/subgraph-kit/testing';
import { withCustomerSubgraph } from '../customer/customer-spec-kit';

const ann: Viewer = { subject: 'ann', role: 'REP', repId: 'rep-ann', teamId: 'north' };
const bob: Viewer = { subject: 'bob', role: 'REP', repId: 'rep-bob', teamId: 'north' };
const sam: Viewer = { subject: 'sam', role: 'REP', repId: 'rep-sam', teamId: 'south' };
const nina: Viewer = { subject: 'nina', role: 'MANAGER', repId: 'rep-nina', teamId: 'north' };
const director: Viewer = { subject: 'dora', role: 'DIRECTOR' };

describeOnEachDatabase('success cases', (kind) => {
  const t = withCustomerSubgraph(kind);
  const { data } = t;

  it('keeps a searchable success-case library and names who owes one', async () => {
    const submit = (viewer: Viewer, title: string, story: string, industry?: string) =>
      t.subgraph.execute(
        viewer,
        `mutation($t: String!, $s: String!, $i: String) { submitSuccessCase(input: { title: $t, story: $s, industry: $i }) { title rep { id } } }`,
        { t: title, s: story, i: industry },
      );
    expect(onlyError(await submit(director, 'x', 'y')).extensions?.['code']).toBe('FORBIDDEN');
    data(await submit(ann, 'Winning back a churned mill', 'A coach in purchasing opened the door.', 'Textiles'));
    data(await submit(sam, 'First order from a hospital', 'Patient evaluation over three visits.', 'Healthcare'));
    const search = async (words: string) =>
      data<{ successCases: { edges: Array<{ node: { title: string } }> } }>(
        await t.subgraph.execute(bob, 'query($s: String) { successCases(search: $s) { edges { node { title } } } }', { s: words }),
      ).successCases.edges.map((edge) => edge.node.title);
    expect(await search('COACH purchasing')).toEqual(['Winning back a churned mill']);
    expect(await search('healthcare')).toEqual(['First order from a hospital']);
    expect(await search('')).toHaveLength(2);
    const owing = async (viewer: Viewer, teamId?: string) =>
      data<{ repsWithoutRecentSuccessCase: Array<{ id: string }> }>(
        await t.subgraph.execute(viewer, 'query($t: ID) { repsWithoutRecentSuccessCase(teamId: $t) { id } }', { t: teamId }),
      )
        .repsWithoutRecentSuccessCase.map((rep) => rep.id)
        .sort();
    expect(await owing(nina)).toEqual(['rep-bob', 'rep-nina']);
    expect(await owing(director)).toEqual(['rep-bob', 'rep-nina']);
    expect(await owing(director, 'south')).toEqual([]);
    expect(await owing(ann)).toEqual([]);
    expect(await owing(bob)).toEqual(['rep-bob']);
  });
});
