import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';
import { TeamEntity } from '../team/team.entity';

export type SalesRepType = 'HUNTER' | 'FARMER' | 'BOTH';
export type SalesRepStatus = 'ACTIVE' | 'ON_LEAVE' | 'LEFT';

@Entity('sales_rep')
@Index('IDX_sales_rep_team', ['teamId'])
@Index('UQ_sales_rep_email', ['email'], { unique: true })
export class SalesRepEntity {
  @PrimaryColumn('varchar', { name: 'id', length: 36 })
  id!: string;

  @Column('varchar', { name: 'name', length: 200 })
  name!: string;

  @Column('varchar', { name: 'email', length: 200 })
  email!: string;

  @Column('varchar', { name: 'type', length: 8 })
  type!: SalesRepType;

  @Column('varchar', { name: 'team_id', length: 36 })
  teamId!: string;

  @ManyToOne(() => TeamEntity, { onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'FK_sales_rep_team' })
  team?: TeamEntity;

  /** The largest discount the rep may give without a manager's approval, in basis points (1 % = 100). */
  @Column('integer', { name: 'discount_authority_bp', default: 1000 })
  discountAuthorityBp!: number;

  @Column('varchar', { name: 'position_id', length: 36, nullable: true })
  positionId!: string | null;

  /** The day the rep joined (YYYY-MM-DD): no report is due from them before it. */
  @Column('varchar', { name: 'hire_date', length: 10, nullable: true })
  hireDate!: string | null;

  @Column('varchar', { name: 'status', length: 8, default: 'ACTIVE' })
  status!: SalesRepStatus;

  @Column('datetime', { name: 'created_at' })
  createdAt!: Date;

  @VersionColumn({ name: 'version', type: 'integer' })
  version!: number;
}
