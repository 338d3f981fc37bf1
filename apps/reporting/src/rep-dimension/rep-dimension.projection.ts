import { EventHandlers, EventPayload } from '@salesgraph/events';
import { EntityManager } from 'typeorm';
import { RepDimensionEntity } from './rep-dimension.entity';

const upsertRep = async (manager: EntityManager, rep: EventPayload<'SalesRepRegistered', 1>): Promise<void> => {
  await manager.upsert(RepDimensionEntity, { id: rep.repId, teamId: rep.teamId, name: rep.name }, ['id']);
};

/** The rep dimension needs only team and name, which every version carries. */
export const repDimensionProjection: EventHandlers = {
  SalesRepRegistered: { 1: upsertRep, 2: upsertRep, 3: upsertRep, 4: upsertRep },
};
