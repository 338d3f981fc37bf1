import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A rep's success story for the shared library: every rep owes one every two months. */
@Entity('success_case')
@Index('IDX_success_case_rep_submitted', ['repId', 'submittedAt'])
export class SuccessCaseEntity {
  @PrimaryColumn('varchar', { name: 'id', length: 36 })
  id!: string;

  @Column('varchar', { name: 'rep_id', length: 36 })
  repId!: string;

  @Column('varchar', { name: 'title', length: 200 })
  title!: string;

  @Column('text', { name: 'story' })
  story!: string;

  @Column('varchar', { name: 'customer_id', length: 36, nullable: true })
  customerId!: string | null;

  @Column('varchar', { name: 'industry', length: 100, nullable: true })
  industry!: string | null;

  @Column('datetime', { name: 'submitted_at' })
  submittedAt!: Date;
}
