import { discountApprovalProblem, jointManagerProblem, keyAccountDrawProblem } from './oversight';

const ann = { repId: 'ann', teamId: 'north', role: 'REP' };
const nina = { repId: 'nina', teamId: 'north', role: 'MANAGER' };
const sam = { repId: 'sam', teamId: 'south', role: 'MANAGER' };
const bob = { repId: 'bob', teamId: 'north', role: 'REP' };
const dora = { repId: 'dora', teamId: 'hq', role: 'DIRECTOR' };

describe('discountApprovalProblem', () => {
  it("lets a branch head approve anyone's in the branch, a team manager's own order included, but not another branch's nor their own", () => {
    const hugo = { role: 'MANAGER', repId: 'hugo', teamId: 'east', branchId: 'one' };
    expect(discountApprovalProblem(hugo, { ...nina, branchId: 'one' })).toBeNull();
    expect(discountApprovalProblem(hugo, { ...ann, branchId: 'one' })).toBeNull();
    expect(discountApprovalProblem(hugo, { ...nina, branchId: 'two' })).toMatch(/only the rep's own manager/);
    expect(discountApprovalProblem(hugo, { repId: 'hugo', teamId: 'east', role: 'MANAGER', branchId: 'one' })).toMatch(
      /nobody approves a discount on their own order/,
    );
    // A team manager's order still goes above them, not to a fellow manager of the branch.
    expect(
      discountApprovalProblem({ role: 'MANAGER', repId: 'nina', teamId: 'north' }, { repId: 'sam', teamId: 'north', role: 'MANAGER', branchId: 'one' }),
    ).toMatch(/the head of their branch/);
  });

  it('lets a manager approve their team’s reps, and directors and admins anyone', () => {
    expect(discountApprovalProblem({ role: 'MANAGER', repId: 'nina', teamId: 'north' }, ann)).toBeNull();
    expect(discountApprovalProblem({ role: 'DIRECTOR' }, nina)).toBeNull();
    expect(discountApprovalProblem({ role: 'ADMIN' }, ann)).toBeNull();
  });

  it.each([
    ['their own order', { role: 'MANAGER', repId: 'nina', teamId: 'north' }, nina, /own order/],
    ['a director their own', { role: 'DIRECTOR', repId: 'dora' }, dora, /own order/],
    ['another team’s rep', { role: 'MANAGER', repId: 'sam', teamId: 'south' }, ann, /own manager/],
    ['a fellow manager’s order', { role: 'MANAGER', repId: 'nina', teamId: 'north' }, { ...sam, teamId: 'north' }, /director or admin/],
    ['a rep', { role: 'REP', repId: 'bob', teamId: 'north' }, ann, /only managers/],
  ])('refuses a manager approving %s', (_case, approver, rep, message) => {
    expect(discountApprovalProblem(approver, rep)).toMatch(message);
  });
});

describe('jointManagerProblem', () => {
  it('accepts the rep’s own manager and a director', () => {
    expect(jointManagerProblem(nina, ann)).toBeNull();
    expect(jointManagerProblem(dora, ann)).toBeNull();
  });

  it.each([
    ['the rep themselves', ann, /their own joint manager/],
    ['a peer rep', bob, /not a fellow rep/],
    ['another team’s manager', sam, /another team/],
    ['a rep whose role is not known', { repId: 'x', teamId: 'north', role: null }, /not a fellow rep/],
    ['another branch’s head', { ...sam, headsBranchId: 'south' }, /another team/],
  ])('refuses %s', (_case, joint, message) => {
    expect(jointManagerProblem(joint, { ...ann, branchId: 'north-branch' })).toMatch(message);
  });

  it('accepts the head of the rep’s branch, who manages another of its teams', () => {
    expect(jointManagerProblem({ ...sam, headsBranchId: 'north-branch' }, { ...ann, branchId: 'north-branch' })).toBeNull();
  });
});

describe('keyAccountDrawProblem', () => {
  it('draws only on an A-class customer’s fund', () => {
    expect(keyAccountDrawProblem({ class: 'A', keyAccountFundMinor: 1000 })).toBeNull();
    expect(keyAccountDrawProblem({ class: 'B', keyAccountFundMinor: 1000 })).toMatch(/class B now/);
    expect(keyAccountDrawProblem({ class: 'A', keyAccountFundMinor: null })).toMatch(/no key-account fund/);
  });
});
