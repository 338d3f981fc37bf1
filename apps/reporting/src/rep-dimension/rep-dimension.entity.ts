import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** The rep dimension: which team and branch a rep is in, for a manager's or branch head's scope and roll-ups. */
@Entity('rep_dimension')
@Index('IDX_rep_dimension_branch', ['branchId'])
export class RepDimensionEntity {
  @PrimaryColumn('varchar', { name: 'rep_id', length: 36 })
  id!: string;

  @Column('varchar', { name: 'team_id', length: 36 })
  teamId!: string;

  @Column('varchar', { name: 'name', length: 200 })
  name!: string;

  /** The branch the rep's team is in; null under the company, or until announced (SalesRepRegistered v4). */
  @Column('varchar', { name: 'branch_id', length: 36, nullable: true })
  branchId!: string | null;

  /** The branch the rep heads, if any: a token's branch claim must match it (docs/architecture.md#row-scopes). */
  @Column('varchar', { name: 'heads_branch_id', length: 36, nullable: true })
  headsBranchId!: string | null;
}
