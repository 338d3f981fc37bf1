import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Which team each rep is in, as rep-performance last announced it: what a
 * manager's row scope and the owner checks need, without reading another
 * subgraph's database.
 */
@Entity('rep_directory')
@Index('IDX_rep_directory_team', ['teamId'])
@Index('IDX_rep_directory_branch', ['branchId'])
export class RepDirectoryEntity {
  @PrimaryColumn('varchar', { name: 'rep_id', length: 36 })
  repId!: string;

  @Column('varchar', { name: 'team_id', length: 36 })
  teamId!: string;

  @Column('varchar', { name: 'name', length: 200 })
  name!: string;

  /** Largest discount the rep may give without approval, in basis points; null is the company default. */
  @Column('integer', { name: 'discount_authority_bp', nullable: true })
  discountAuthorityBp!: number | null;

  /** The sign-in role of the rep's position (REP, MANAGER, DIRECTOR…): who stands above whom; null until announced (SalesRepRegistered v3) or without a position. */
  @Column('varchar', { name: 'role', length: 16, nullable: true })
  role!: string | null;

  /** The branch the rep's team is in: whose branch head sees and oversees them; null under the company or until announced (SalesRepRegistered v4). */
  @Column('varchar', { name: 'branch_id', length: 36, nullable: true })
  branchId!: string | null;

  /** The branch the rep heads, if any: they stand above the branch's reps (joint visits); null for most, or until announced (SalesRepRegistered v4). */
  @Column('varchar', { name: 'heads_branch_id', length: 36, nullable: true })
  headsBranchId!: string | null;
}
