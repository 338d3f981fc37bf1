import { Column, Entity, Index, PrimaryColumn, VersionColumn } from 'typeorm';

@Entity('team')
@Index('UQ_team_name', ['name'], { unique: true })
@Index('IDX_team_branch', ['branchId'])
export class TeamEntity {
  @PrimaryColumn('varchar', { name: 'id', length: 36 })
  id!: string;

  @Column('varchar', { name: 'name', length: 100 })
  name!: string;

  @Column('varchar', { name: 'manager_id', length: 36, nullable: true })
  managerId!: string | null;

  /** The branch the team belongs to; null for a team reporting to the company directly. */
  @Column('varchar', { name: 'branch_id', length: 36, nullable: true })
  branchId!: string | null;

  @Column('datetime', { name: 'created_at' })
  createdAt!: Date;

  @VersionColumn({ name: 'version', type: 'integer' })
  version!: number;
}
