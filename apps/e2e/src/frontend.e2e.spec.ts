/**
 * The graph as a frontend team uses it, through the gateway with the generated client
 * (docs/architecture.md#errors, README "For frontend teams"). Each test makes its own
 * organisation, so it passes alone (-t) and in any order (--randomize).
 */
import { FrontendViewerDocument } from '@salesgraph/graphql-types';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { Suite, uniqueName } from './suite';

describeOnEachDatabase('a frontend through the gateway', (kind) => {
  const suite = new Suite(kind);

  beforeAll(() => suite.start());
  afterAll(() => suite.stop());

  it('learns who is signed in from the viewer query: rep, team, scope and what they may do', async () => {
    const teamName = uniqueName('Screens');
    const teamId = await suite.createTeam(teamName);
    const ann = await suite.registerRep('Ann', teamId);
    const { viewer } = await suite.as(ann).request(FrontendViewerDocument);
    expect(viewer).toEqual({
      userId: ann.subject,
      role: 'REP',
      displayName: 'Ann',
      scope: 'OWN',
      rep: { id: ann.repId, name: 'Ann' },
      team: { id: teamId, name: teamName },
      branch: null,
      may: { write: true, actAsRep: true, approve: false, manageOrganisation: false },
    });
  });
});
