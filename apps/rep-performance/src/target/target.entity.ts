import { OwnerKind, TargetMetric } from '@salesgraph/domain';
import { bigintAsNumber } from '@salesgraph/persistence';
import { Column, Entity, Index, PrimaryColumn, VersionColumn } from 'typeorm';

/** The company's owner id: there is one company. */
export const COMPANY_ID = 'company';

/** One objective: a metric for an owner over a period, in the metric's unit (minor units, count or basis points). */
@Entity('target')
@Index('UQ_target_owner_metric_period', ['ownerKind', 'ownerId', 'metric', 'period'], { unique: true })
@Index('IDX_target_period', ['period', 'metric'])
export class TargetEntity {
  @PrimaryColumn('varchar', { name: 'id', length: 36 })
  id!: string;

  @Column('varchar', { name: 'metric', length: 16 })
  metric!: TargetMetric;

  /** The period's label: 2026, 2026-Q1, 2026-03 or 2026-W05. */
  @Column('varchar', { name: 'period', length: 10 })
  period!: string;

  @Column('varchar', { name: 'owner_kind', length: 8 })
  ownerKind!: OwnerKind;

  @Column('varchar', { name: 'owner_id', length: 36 })
  ownerId!: string;

  @Column('bigint', { name: 'value', transformer: bigintAsNumber })
  value!: number;

  @Column('varchar', { name: 'set_by', length: 64 })
  setBy!: string;

  @Column('datetime', { name: 'updated_at' })
  updatedAt!: Date;

  @VersionColumn({ name: 'version', type: 'integer' })
  version!: number;
}

/** The size of a region's market in a period: the denominator of market share. */
@Entity('market_size')
export class MarketSizeEntity {
  @PrimaryColumn('varchar', { name: 'region', length: 100 })
  region!: string;

  @PrimaryColumn('varchar', { name: 'period', length: 10 })
  period!: string;

  @Column('bigint', { name: 'amount_minor', transformer: bigintAsNumber })
  amountMinor!: number;

  @Column('varchar', { name: 'set_by', length: 64 })
  setBy!: string;
}
