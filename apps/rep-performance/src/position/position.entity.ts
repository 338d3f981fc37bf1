import { jsonText } from '@salesgraph/persistence';
import { Column, Entity, Index, PrimaryColumn, VersionColumn } from 'typeorm';

/** A job: its description is one of the evidence bases of an evaluation. */
@Entity('position')
@Index('UQ_position_title', ['title'], { unique: true })
export class PositionEntity {
  @PrimaryColumn('varchar', { name: 'id', length: 36 })
  id!: string;

  @Column('varchar', { name: 'title', length: 100 })
  title!: string;

  /** The job description, one responsibility per entry. */
  @Column('text', { name: 'responsibilities', transformer: jsonText<string[]>() })
  responsibilities!: string[];

  /** The role a holder signs in with: what the position may see and do. */
  @Column('varchar', { name: 'role', length: 16 })
  role!: string;

  /** The position this one reports to. */
  @Column('varchar', { name: 'reports_to_id', length: 36, nullable: true })
  reportsToId!: string | null;

  @VersionColumn({ name: 'version', type: 'integer' })
  version!: number;
}
