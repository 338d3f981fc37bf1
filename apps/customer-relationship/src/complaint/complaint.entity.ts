import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';
import { CustomerEntity } from '../customer/customer.entity';

export type ComplaintSeverity = 'LOW' | 'MEDIUM' | 'HIGH';

/** A customer's complaint, from opening to resolution: handling time is a service KPI. */
@Entity('complaint')
@Index('IDX_complaint_customer', ['customerId'])
@Index('IDX_complaint_rep', ['repId'])
export class ComplaintEntity {
  @PrimaryColumn('varchar', { name: 'id', length: 36 })
  id!: string;

  @Column('varchar', { name: 'customer_id', length: 36 })
  customerId!: string;

  @ManyToOne(() => CustomerEntity, { onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'FK_complaint_customer' })
  customer?: CustomerEntity;

  @Column('varchar', { name: 'rep_id', length: 36 })
  repId!: string;

  @Column('varchar', { name: 'subject', length: 200 })
  subject!: string;

  @Column('varchar', { name: 'description', length: 4000 })
  description!: string;

  @Column('varchar', { name: 'severity', length: 8 })
  severity!: ComplaintSeverity;

  @Column('varchar', { name: 'opened_by', length: 64 })
  openedBy!: string;

  @Column('datetime', { name: 'opened_at' })
  openedAt!: Date;

  @Column('datetime', { name: 'resolved_at', nullable: true })
  resolvedAt!: Date | null;

  @Column('varchar', { name: 'resolution', length: 4000, nullable: true })
  resolution!: string | null;

  @VersionColumn({ name: 'version', type: 'integer' })
  version!: number;
}
