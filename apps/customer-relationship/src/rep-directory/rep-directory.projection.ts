import { EventHandlers } from '@salesgraph/events';
import { RepDirectoryEntity } from './rep-directory.entity';

/** Keeps the rep directory in step with rep-performance's feed (SalesRepRegistered). */
export const repDirectoryProjection: EventHandlers = {
  SalesRepRegistered: {
    // Version 1 says nothing of discount authority: the company default applies.
    1: async (manager, payload) => {
      await manager.upsert(RepDirectoryEntity, { repId: payload.repId, teamId: payload.teamId, name: payload.name, discountAuthorityBp: null }, ['repId']);
    },
    2: async (manager, payload) => {
      await manager.upsert(
        RepDirectoryEntity,
        { repId: payload.repId, teamId: payload.teamId, name: payload.name, discountAuthorityBp: payload.discountAuthorityBp },
        ['repId'],
      );
    },
    // Version 3 adds the position's role: who stands above whom (discount approval, joint visits).
    3: async (manager, payload) => {
      await manager.upsert(
        RepDirectoryEntity,
        { repId: payload.repId, teamId: payload.teamId, name: payload.name, discountAuthorityBp: payload.discountAuthorityBp, role: payload.role },
        ['repId'],
      );
    },
    // Version 4 adds the team's branch (whose branch head sees the rep) and the branch the rep heads.
    4: async (manager, payload) => {
      await manager.upsert(
        RepDirectoryEntity,
        {
          repId: payload.repId,
          teamId: payload.teamId,
          name: payload.name,
          discountAuthorityBp: payload.discountAuthorityBp,
          role: payload.role,
          branchId: payload.branchId,
          headsBranchId: payload.headsBranchId ?? null,
        },
        ['repId'],
      );
    },
  },
};
