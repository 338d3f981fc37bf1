import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A rep's time in a team, from one day up to (not including) another. Team
 * and branch KPIs count a fact for the team the rep was in on its day, so a
 * move never carries last quarter's revenue to the new team.
 */
@Entity('team_membership')
@Index('IDX_team_membership_rep', ['repId', 'fromDay'])
@Index('IDX_team_membership_team', ['teamId'])
export class TeamMembershipEntity {
  @PrimaryColumn('varchar', { name: 'id', length: 36 })
  id!: string;

  @Column('varchar', { name: 'rep_id', length: 36 })
  repId!: string;

  @Column('varchar', { name: 'team_id', length: 36 })
  teamId!: string;

  @Column('varchar', { name: 'from_day', length: 10 })
  fromDay!: string;

  @Column('varchar', { name: 'to_day', length: 10, nullable: true })
  toDay!: string | null;

  @Column('varchar', { name: 'reason', length: 500 })
  reason!: string;

  @Column('varchar', { name: 'recorded_by', length: 64 })
  recordedBy!: string;

  @Column('datetime', { name: 'recorded_at' })
  recordedAt!: Date;
}
