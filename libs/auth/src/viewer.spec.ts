import { rowScope, Viewer, withConfirmedBranch } from './viewer';

const mia: Viewer = { subject: 'mia', role: 'MANAGER', repId: 'rep-mia', teamId: 'alpha', branchId: 'north' };

describe('withConfirmedBranch', () => {
  it('keeps a branch claim the records back', () => {
    expect(withConfirmedBranch(mia, 'north')).toBe(mia);
    expect(rowScope(withConfirmedBranch(mia, 'north'), { branches: true })).toEqual({ kind: 'BRANCH', branchId: 'north' });
  });

  it('drops a claim to a branch they do not head, or no longer head, leaving their team', () => {
    for (const heads of [null, undefined, 'south']) {
      const viewer = withConfirmedBranch(mia, heads);
      expect(viewer.branchId).toBeUndefined();
      expect(rowScope(viewer, { branches: true })).toEqual({ kind: 'TEAM', teamId: 'alpha' });
    }
  });

  it('drops a claim that names no rep, and leaves a viewer without one as they are', () => {
    expect(withConfirmedBranch({ subject: 'x', role: 'MANAGER', branchId: 'north' }, 'north').branchId).toBeUndefined();
    const director: Viewer = { subject: 'd', role: 'DIRECTOR' };
    expect(withConfirmedBranch(director, null)).toBe(director);
  });
});
