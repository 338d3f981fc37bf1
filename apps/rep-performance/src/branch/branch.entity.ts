import { Column, Entity, Index, PrimaryColumn, VersionColumn } from 'typeorm';

/** A regional branch of the company: teams hang from it, and its region ties it to a market size. */
@Entity('branch')
@Index('UQ_branch_name', ['name'], { unique: true })
export class BranchEntity {
  @PrimaryColumn('varchar', { name: 'id', length: 36 })
  id!: string;

  @Column('varchar', { name: 'name', length: 100 })
  name!: string;

  @Column('varchar', { name: 'region', length: 100 })
  region!: string;

  @Column('varchar', { name: 'manager_id', length: 36, nullable: true })
  managerId!: string | null;

  @Column('datetime', { name: 'created_at' })
  createdAt!: Date;

  @VersionColumn({ name: 'version', type: 'integer' })
  version!: number;
}
