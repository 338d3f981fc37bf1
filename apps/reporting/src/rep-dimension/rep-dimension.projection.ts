import { EventHandlers } from '@salesgraph/events';
import { RepDimensionEntity } from './rep-dimension.entity';

export const repDimensionProjection: EventHandlers = {
  SalesRepRegistered: {
    1: async (manager, rep) => {
      await manager.upsert(RepDimensionEntity, { id: rep.repId, teamId: rep.teamId, name: rep.name }, ['id']);
    },
  },
};
