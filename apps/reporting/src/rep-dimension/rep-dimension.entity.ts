import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The rep dimension: which team a rep is in, for a manager's scope and team roll-ups. */
@Entity('rep_dimension')
export class RepDimensionEntity {
  @PrimaryColumn('varchar', { name: 'rep_id', length: 36 })
  id!: string;

  @Column('varchar', { name: 'team_id', length: 36 })
  teamId!: string;

  @Column('varchar', { name: 'name', length: 200 })
  name!: string;
}
