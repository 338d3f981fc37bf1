import { Viewer } from '@salesgraph/auth';
import { dayKey } from '@salesgraph/domain';
import { appendToOutbox } from '@salesgraph/events';
import { badUserInput, requiredText, saveVersioned } from '@salesgraph/subgraph-kit';
import { Database, Transaction } from '@salesgraph/persistence';
import { assertOrganiser } from '../access';
import { directoryEntry } from '../sales-rep/directory-entry';
import { SalesRepEntity } from '../sales-rep/sales-rep.entity';
import { SalesRepRepository } from '../sales-rep/sales-rep.repository';
import { TeamRepository } from '../team/team.repository';
import { stint } from './stint';
import { TeamMembershipRepository } from './team-membership.repository';
import { MoveSalesRepInput, UndoTeamMoveInput } from '../generated/resolvers.generated';

/** Reps' team history: moves between teams and undoing the latest, so team KPIs count each day's facts for the team of that day. */
export class TeamMoveService {
  private readonly teams: TeamRepository;
  private readonly reps: SalesRepRepository;
  private readonly memberships: TeamMembershipRepository;

  constructor(private readonly database: Database) {
    this.teams = new TeamRepository(database);
    this.reps = new SalesRepRepository(database);
    this.memberships = new TeamMembershipRepository(database);
  }

  /**
   * Moves a rep to another team from a day on. Their history keeps both
   * stints, so team KPIs count each day's facts for the team of that day.
   */
  async moveSalesRep(viewer: Viewer, input: MoveSalesRepInput, now = new Date()): Promise<SalesRepEntity> {
    assertOrganiser(viewer);
    const [rep] = await this.reps.findByIds([input.repId]);
    if (!rep) throw badUserInput('input.repId', `no rep ${input.repId}`);
    const [team] = await this.teams.findByIds([input.teamId]);
    if (!team) throw badUserInput('input.teamId', `no team ${input.teamId}`);
    if (team.id === rep.teamId) throw badUserInput('input.teamId', `${rep.name} is already in ${team.name}`);
    const reason = requiredText(input.reason, 'input.reason', 500);
    const fromDay = input.fromDay ?? dayKey(now);
    const current = await this.memberships.current(rep.id);
    if (current && fromDay <= current.fromDay)
      throw badUserInput('input.fromDay', `the move must come after ${rep.name} joined the current team on ${current.fromDay}`);
    const moved = Object.assign(new SalesRepEntity(), { ...rep, teamId: team.id, version: rep.version + 1 });
    await saveVersioned(this.database, SalesRepEntity, 'rep', rep, input.version, { teamId: team.id }, async (manager: Transaction) => {
      if (current) await this.memberships.setEnd(manager, current.id, fromDay);
      await this.memberships.insert(manager, stint(rep.id, team.id, fromDay, reason, viewer, now));
      await appendToOutbox(manager, [
        { type: 'SalesRepMoved', aggregateId: rep.id, payload: { repId: rep.id, fromTeamId: rep.teamId, toTeamId: team.id, onDay: fromDay, reason } },
        await directoryEntry(manager, moved),
      ]);
    });
    return moved;
  }

  /**
   * Undoes a rep's latest move, made on the wrong day or to the wrong team
   * (directors and admins, with a reason): the stint it opened is removed and
   * the one before reopened, so from that day the rep's facts count for the
   * previous team again. Announced as a SalesRepMoved back to the previous
   * team on the undone move's day (and the directory entry), so every reader
   * of moves follows. Frozen scorecards and statements keep what they froze.
   * To move on another day, undo and move again.
   */
  async undoTeamMove(viewer: Viewer, input: UndoTeamMoveInput): Promise<SalesRepEntity> {
    assertOrganiser(viewer);
    const [rep] = await this.reps.findByIds([input.repId]);
    if (!rep) throw badUserInput('input.repId', `no rep ${input.repId}`);
    const reason = requiredText(input.reason, 'input.reason', 500);
    const stints = await this.memberships.latestTwo(rep.id);
    const [latest, previous] = stints;
    if (!latest || !previous || latest.toDay !== null || previous.toDay !== latest.fromDay)
      throw badUserInput('input.repId', `${rep.name} has no move to undo: they are in the team they joined first`);
    const restored = Object.assign(new SalesRepEntity(), { ...rep, teamId: previous.teamId, version: rep.version + 1 });
    await saveVersioned(this.database, SalesRepEntity, 'rep', rep, input.version, { teamId: previous.teamId }, async (manager: Transaction) => {
      // The rep's version guards the history: a move or undo since bumped it, so these are still the two latest stints.
      await this.memberships.deleteOpen(manager, latest.id);
      await this.memberships.setEnd(manager, previous.id, null);
      await appendToOutbox(manager, [
        {
          type: 'SalesRepMoved',
          aggregateId: rep.id,
          payload: {
            repId: rep.id,
            fromTeamId: latest.teamId,
            toTeamId: previous.teamId,
            onDay: latest.fromDay,
            reason: `Undoes the move of ${latest.fromDay} (${latest.reason}): ${reason}`,
          },
        },
        await directoryEntry(manager, restored),
      ]);
    });
    return restored;
  }
}
