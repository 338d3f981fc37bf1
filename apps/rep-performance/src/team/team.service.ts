import { randomUUID } from 'node:crypto';
import { Viewer } from '@salesgraph/auth';
import { appendToOutbox } from '@salesgraph/events';
import { badUserInput, updateLocked } from '@salesgraph/subgraph-kit';
import { Database, transact } from '@salesgraph/persistence';
import { assertOrganiser } from '../access';
import { BranchRepository } from '../branch/branch.repository';
import { directoryEntry } from '../sales-rep/directory-entry';
import { SalesRepRepository } from '../sales-rep/sales-rep.repository';
import { TeamEntity } from './team.entity';
import { TeamRepository } from './team.repository';
import { CreateTeamInput, SetTeamBranchInput, SetTeamManagerInput } from '../generated/resolvers.generated';

/** Sales teams: their manager and the branch they sit under. */
export class TeamService {
  private readonly teams: TeamRepository;
  private readonly reps: SalesRepRepository;
  private readonly branches: BranchRepository;

  constructor(private readonly database: Database) {
    this.teams = new TeamRepository(database);
    this.reps = new SalesRepRepository(database);
    this.branches = new BranchRepository(database);
  }

  allTeams(): Promise<TeamEntity[]> {
    return this.teams.findAll();
  }

  async createTeam(viewer: Viewer, input: CreateTeamInput, now = new Date()): Promise<TeamEntity> {
    assertOrganiser(viewer);
    const name = input.name.trim();
    if (name.length === 0 || name.length > 100) throw badUserInput('input.name', 'name must be 1–100 characters');
    if (await this.teams.findByName(name)) throw badUserInput('input.name', `a team named "${name}" already exists`);
    if (input.branchId && !(await this.branches.exists(input.branchId))) throw badUserInput('input.branchId', `no branch ${input.branchId}`);
    const team = Object.assign(new TeamEntity(), { id: randomUUID(), name, managerId: null, branchId: input.branchId ?? null, createdAt: now, version: 1 });
    await transact(this.database, (manager) => this.teams.insert(manager, team));
    return team;
  }

  async setTeamManager(viewer: Viewer, input: SetTeamManagerInput): Promise<TeamEntity> {
    assertOrganiser(viewer);
    const [team] = await this.teams.findByIds([input.teamId]);
    if (!team) throw badUserInput('input.teamId', `no team ${input.teamId}`);
    const [rep] = await this.reps.findByIds([input.managerId]);
    if (!rep) throw badUserInput('input.managerId', `no rep ${input.managerId}`);
    if (rep.teamId !== team.id) throw badUserInput('input.managerId', `${rep.name} is not a member of ${team.name}`);
    return (await updateLocked(this.database, TeamEntity, 'team', team.id, undefined, () => ({ managerId: rep.id }))).row;
  }

  /** Puts a team under a branch (or, with no branch, directly under the company). */
  async setTeamBranch(viewer: Viewer, input: SetTeamBranchInput): Promise<TeamEntity> {
    assertOrganiser(viewer);
    const [team] = await this.teams.findByIds([input.teamId]);
    if (!team) throw badUserInput('input.teamId', `no team ${input.teamId}`);
    if (input.branchId && !(await this.branches.exists(input.branchId))) throw badUserInput('input.branchId', `no branch ${input.branchId}`);
    const branchId = input.branchId ?? null;
    // The team's reps are announced again with the new branch, in the same transaction, so no directory lags the move.
    return (
      await updateLocked(
        this.database,
        TeamEntity,
        'team',
        team.id,
        undefined,
        () => ({ branchId }),
        async (manager) => {
          const members = await this.reps.membersOf(manager, team.id);
          if (members.length) await appendToOutbox(manager, await Promise.all(members.map((rep) => directoryEntry(manager, rep))));
        },
      )
    ).row;
  }
}
