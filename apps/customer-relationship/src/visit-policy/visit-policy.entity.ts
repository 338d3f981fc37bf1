import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';
import type { CustomerClass } from '@salesgraph/domain';

/** How often customers of a class must be visited: data a director edits, not code. */
@Entity('visit_policy')
export class VisitPolicyEntity {
  @PrimaryColumn('varchar', { name: 'class', length: 1 })
  class!: CustomerClass;

  @Column('integer', { name: 'interval_days' })
  intervalDays!: number;

  @Column('varchar', { name: 'updated_by', length: 64 })
  updatedBy!: string;

  @Column('datetime', { name: 'updated_at' })
  updatedAt!: Date;

  @VersionColumn({ name: 'version', type: 'integer' })
  version!: number;
}
