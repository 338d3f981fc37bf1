import { Viewer } from '@salesgraph/auth';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { analyst, data, director, servicesOf, withTestOrganisation } from '../test-organisation';

const VIEWER = `{
  viewer {
    userId role displayName scope
    rep { id name } team { name } branch { name }
    may { write actAsRep approve manageOrganisation }
  }
}`;

interface ViewerAnswer {
  viewer: {
    userId: string;
    role: string;
    displayName: string;
    scope: string;
    rep: { id: string; name: string } | null;
    team: { name: string } | null;
    branch: { name: string } | null;
    may: { write: boolean; actAsRep: boolean; approve: boolean; manageOrganisation: boolean };
  };
}

describeOnEachDatabase('the viewer', (kind) => {
  const t = withTestOrganisation(kind);
  const ask = async (viewer: Viewer) => data<ViewerAnswer>(await t.subgraph.execute(viewer, VIEWER)).viewer;

  it('tells a rep who they are, where they sit, that they see their own rows and may act as a rep but not approve', async () => {
    expect(await ask(t.org.viewers.ann)).toEqual({
      userId: t.org.reps.ann.id,
      role: 'REP',
      displayName: 'Ann',
      scope: 'OWN',
      rep: { id: t.org.reps.ann.id, name: 'Ann' },
      team: { name: 'Alpha' },
      branch: { name: 'North' },
      may: { write: true, actAsRep: true, approve: false, manageOrganisation: false },
    });
  });

  it('gives a branch head the branch scope only once the branch records confirm the claim', async () => {
    const claim: Viewer = { ...t.org.viewers.max, branchId: t.org.north.id };
    expect(await ask(claim)).toMatchObject({ scope: 'TEAM', team: { name: 'Beta' }, may: { approve: true, manageOrganisation: false } });
    await servicesOf(t.subgraph).branches.setBranchManager(director, { branchId: t.org.north.id, managerId: t.org.reps.max.id });
    expect(await ask(claim)).toMatchObject({ scope: 'BRANCH', branch: { name: 'North' }, may: { approve: true, actAsRep: true } });
  });

  it('tells a director and an analyst apart: both see the company, only the director changes anything', async () => {
    expect(await ask(director)).toEqual({
      userId: 'dora',
      role: 'DIRECTOR',
      displayName: 'dora',
      scope: 'COMPANY',
      rep: null,
      team: null,
      branch: null,
      may: { write: true, actAsRep: false, approve: true, manageOrganisation: true },
    });
    expect(await ask(analyst)).toMatchObject({
      role: 'ANALYST',
      scope: 'COMPANY',
      may: { write: false, actAsRep: false, approve: false, manageOrganisation: false },
    });
  });

  it('looks up a team and a branch by id, null for an id that names none', async () => {
    const answer = data<{ team: { name: string }; branch: { name: string }; none: null; nowhere: null }>(
      await t.subgraph.execute(
        t.org.viewers.ann,
        'query ($t: ID!, $b: ID!) { team(id: $t) { name } branch(id: $b) { name } none: team(id: "no-such-team") { name } nowhere: branch(id: "x") { name } }',
        { t: t.org.beta.id, b: t.org.north.id },
      ),
    );
    expect(answer).toEqual({ team: { name: 'Beta' }, branch: { name: 'North' }, none: null, nowhere: null });
  });
});
