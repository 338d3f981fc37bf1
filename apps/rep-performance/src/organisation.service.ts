import { randomUUID } from 'node:crypto';
import { canManageOrganisation, Viewer } from '@salesgraph/auth';
import { dayKey, DEFAULT_DISCOUNT_AUTHORITY_BP } from '@salesgraph/domain';
import { appendToOutbox } from '@salesgraph/events';
import { badUserInput, forbidden, isoDate, PageRequest, percentBasisPoints, requiredText, saveVersioned, updateLocked } from '@salesgraph/subgraph-kit';
import { lockRow, transact } from '@salesgraph/persistence';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { BranchEntity } from './branch/branch.entity';
import { PositionEntity } from './position/position.entity';
import { SalesRepEntity, SalesRepStatus, SalesRepType } from './sales-rep/sales-rep.entity';
import { TeamMembershipEntity } from './team-membership/team-membership.entity';
import { SalesRepRepository } from './sales-rep/sales-rep.repository';
import { TeamEntity } from './team/team.entity';
import { TeamRepository } from './team/team.repository';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The rep as other subgraphs' directories need them, with their position's role (who stands above whom) and their team's branch (whose branch head sees them). */
async function directoryEntry(manager: EntityManager, rep: SalesRepEntity) {
  const role = rep.positionId ? ((await manager.findOneBy(PositionEntity, { id: rep.positionId }))?.role ?? null) : null;
  const branchId = (await manager.findOneBy(TeamEntity, { id: rep.teamId }))?.branchId ?? null;
  const headsBranchId = (await manager.findOneBy(BranchEntity, { managerId: rep.id }))?.id ?? null;
  return {
    type: 'SalesRepRegistered' as const,
    aggregateId: rep.id,
    payload: { repId: rep.id, name: rep.name, teamId: rep.teamId, discountAuthorityBp: rep.discountAuthorityBp, role, branchId, headsBranchId },
  };
}

const ROLES_OF_POSITIONS = ['REP', 'MANAGER', 'DIRECTOR', 'ANALYST', 'ADMIN'];

/** The first stint of a rep in a team, from the start of time: facts recorded before registration (imports) count for it. */
const FIRST_DAY = '1970-01-01';

function membership(repId: string, teamId: string, fromDay: string, reason: string, viewer: Viewer, now: Date): TeamMembershipEntity {
  return Object.assign(new TeamMembershipEntity(), {
    id: randomUUID(),
    repId,
    teamId,
    fromDay,
    toDay: null,
    reason,
    recordedBy: viewer.subject,
    recordedAt: now,
  });
}

/** Company → branches → teams → reps, with positions and team history: the organisation every target and scorecard hangs from. */
export class OrganisationService {
  private readonly teams: TeamRepository;
  private readonly reps: SalesRepRepository;

  constructor(private readonly dataSource: DataSource) {
    this.teams = new TeamRepository(dataSource);
    this.reps = new SalesRepRepository(dataSource);
  }

  allTeams(): Promise<TeamEntity[]> {
    return this.teams.findAll();
  }

  salesRepPage(page: PageRequest): Promise<[SalesRepEntity[], number]> {
    return this.reps.page(page.first, page.after);
  }

  async createTeam(viewer: Viewer, input: { name: string; branchId?: string | null }, now = new Date()): Promise<TeamEntity> {
    this.assertOrganiser(viewer);
    const name = input.name.trim();
    if (name.length === 0 || name.length > 100) throw badUserInput('input.name', 'name must be 1–100 characters');
    if (await this.teams.findByName(name)) throw badUserInput('input.name', `a team named "${name}" already exists`);
    if (input.branchId && !(await this.dataSource.getRepository(BranchEntity).existsBy({ id: input.branchId })))
      throw badUserInput('input.branchId', `no branch ${input.branchId}`);
    const team = Object.assign(new TeamEntity(), { id: randomUUID(), name, managerId: null, branchId: input.branchId ?? null, createdAt: now, version: 1 });
    await transact(this.dataSource, (manager) => this.teams.insert(manager, team));
    return team;
  }

  /** Registers a rep and announces it, in one transaction. */
  async registerSalesRep(
    viewer: Viewer,
    input: {
      name: string;
      email: string;
      type: SalesRepType;
      teamId: string;
      discountAuthorityPercent?: number | null;
      hireDate?: string | null;
      positionId?: string | null;
    },
    now = new Date(),
  ): Promise<SalesRepEntity> {
    this.assertOrganiser(viewer);
    const name = input.name.trim();
    const email = input.email.trim().toLowerCase();
    if (name.length === 0 || name.length > 200) throw badUserInput('input.name', 'name must be 1–200 characters');
    if (!EMAIL.test(email) || email.length > 200) throw badUserInput('input.email', `"${input.email}" is not an email address`);
    const [team] = await this.teams.findByIds([input.teamId]);
    if (!team) throw badUserInput('input.teamId', `no team ${input.teamId}`);
    if (await this.reps.findByEmail(email)) throw badUserInput('input.email', `${email} is already registered`);
    const hireDate = isoDate(input.hireDate ?? dayKey(now), 'input.hireDate');
    if (input.positionId && !(await this.dataSource.getRepository(PositionEntity).existsBy({ id: input.positionId })))
      throw badUserInput('input.positionId', `no position ${input.positionId}`);
    const rep = Object.assign(new SalesRepEntity(), {
      id: randomUUID(),
      name,
      email,
      type: input.type,
      teamId: team.id,
      discountAuthorityBp:
        input.discountAuthorityPercent == null
          ? DEFAULT_DISCOUNT_AUTHORITY_BP
          : percentBasisPoints(input.discountAuthorityPercent, 'input.discountAuthorityPercent'),
      positionId: input.positionId ?? null,
      hireDate,
      status: 'ACTIVE' as SalesRepStatus,
      createdAt: now,
      version: 1,
    });
    return transact(this.dataSource, async (manager) => {
      await this.reps.insert(manager, rep);
      await manager.insert(TeamMembershipEntity, membership(rep.id, team.id, FIRST_DAY, 'joined', viewer, now));
      await appendToOutbox(manager, [await directoryEntry(manager, rep)]);
      return rep;
    });
  }

  /** Directors set how far each rep may discount before a manager must approve; customer-relationship applies it. */
  async setDiscountAuthority(viewer: Viewer, input: { repId: string; version: number; discountAuthorityPercent: number }): Promise<SalesRepEntity> {
    this.assertOrganiser(viewer);
    const [rep] = await this.reps.findByIds([input.repId]);
    if (!rep) throw badUserInput('input.repId', `no rep ${input.repId}`);
    const discountAuthorityBp = percentBasisPoints(input.discountAuthorityPercent, 'input.discountAuthorityPercent');
    const updated = Object.assign(new SalesRepEntity(), { ...rep, discountAuthorityBp, version: rep.version + 1 });
    await saveVersioned(this.dataSource, SalesRepEntity, 'rep', rep, input.version, { discountAuthorityBp }, async (manager) =>
      appendToOutbox(manager, [await directoryEntry(manager, updated)]),
    );
    return updated;
  }

  async setTeamManager(viewer: Viewer, input: { teamId: string; managerId: string }): Promise<TeamEntity> {
    this.assertOrganiser(viewer);
    const [team] = await this.teams.findByIds([input.teamId]);
    if (!team) throw badUserInput('input.teamId', `no team ${input.teamId}`);
    const [rep] = await this.reps.findByIds([input.managerId]);
    if (!rep) throw badUserInput('input.managerId', `no rep ${input.managerId}`);
    if (rep.teamId !== team.id) throw badUserInput('input.managerId', `${rep.name} is not a member of ${team.name}`);
    return (await updateLocked(this.dataSource, TeamEntity, 'team', team.id, undefined, () => ({ managerId: rep.id }))).row;
  }

  async createBranch(viewer: Viewer, input: { name: string; region: string }, now = new Date()): Promise<BranchEntity> {
    this.assertOrganiser(viewer);
    const name = requiredText(input.name, 'input.name', 100);
    if (await this.dataSource.getRepository(BranchEntity).existsBy({ name })) throw badUserInput('input.name', `a branch named "${name}" already exists`);
    const branch = Object.assign(new BranchEntity(), {
      id: randomUUID(),
      name,
      region: requiredText(input.region, 'input.region', 100),
      managerId: null,
      createdAt: now,
      version: 1,
    });
    await this.dataSource.getRepository(BranchEntity).insert(branch);
    return branch;
  }

  /** Puts a team under a branch (or, with no branch, directly under the company). */
  async setTeamBranch(viewer: Viewer, input: { teamId: string; branchId?: string | null }): Promise<TeamEntity> {
    this.assertOrganiser(viewer);
    const [team] = await this.teams.findByIds([input.teamId]);
    if (!team) throw badUserInput('input.teamId', `no team ${input.teamId}`);
    if (input.branchId && !(await this.dataSource.getRepository(BranchEntity).existsBy({ id: input.branchId })))
      throw badUserInput('input.branchId', `no branch ${input.branchId}`);
    const branchId = input.branchId ?? null;
    // The team's reps are announced again with the new branch, in the same transaction, so no directory lags the move.
    return (
      await updateLocked(
        this.dataSource,
        TeamEntity,
        'team',
        team.id,
        undefined,
        () => ({ branchId }),
        async (manager) => {
          const members = await manager.find(SalesRepEntity, { where: { teamId: team.id }, order: { id: 'ASC' } });
          if (members.length) await appendToOutbox(manager, await Promise.all(members.map((rep) => directoryEntry(manager, rep))));
        },
      )
    ).row;
  }

  async setBranchManager(viewer: Viewer, input: { branchId: string; managerId: string }): Promise<BranchEntity> {
    this.assertOrganiser(viewer);
    const branch = await this.dataSource.getRepository(BranchEntity).findOneBy({ id: input.branchId });
    if (!branch) throw badUserInput('input.branchId', `no branch ${input.branchId}`);
    const [rep] = await this.reps.findByIds([input.managerId]);
    if (!rep) throw badUserInput('input.managerId', `no rep ${input.managerId}`);
    // One head per branch and one branch per head, so who stands above a rep is never ambiguous. Decided under the
    // appointee's lock, taken first, so two appointments of one person to two branches take turns and the second sees
    // the first; the branch's lock then orders appointments to one branch.
    return transact(
      this.dataSource,
      async (manager) => {
        const head = await lockRow(manager, SalesRepEntity, rep.id);
        const current = await lockRow(manager, BranchEntity, branch.id);
        if (!head) throw badUserInput('input.managerId', `no rep ${input.managerId}`);
        if (!current) throw badUserInput('input.branchId', `no branch ${input.branchId}`);
        if (current.managerId === head.id) return current;
        const elsewhere = await manager.findOneBy(BranchEntity, { managerId: head.id });
        if (elsewhere) throw badUserInput('input.managerId', `${head.name} already heads ${elsewhere.name}: appoint another head there first`);
        const former = current.managerId ? await manager.findOneBy(SalesRepEntity, { id: current.managerId }) : null;
        const updated = Object.assign(new BranchEntity(), current, { managerId: head.id, version: current.version + 1 });
        await manager.update(BranchEntity, { id: current.id }, { managerId: head.id, version: updated.version });
        // The new and the former head are announced again: other subgraphs tell who stands above the branch's reps by it.
        await appendToOutbox(manager, await Promise.all([head, ...(former ? [former] : [])].map((rep) => directoryEntry(manager, rep))));
        return updated;
      },
      { queueOn: `branch-head:${rep.id}` },
    );
  }

  async createPosition(
    viewer: Viewer,
    input: { title: string; responsibilities: string[]; role: string; reportsToId?: string | null },
  ): Promise<PositionEntity> {
    this.assertOrganiser(viewer);
    const title = requiredText(input.title, 'input.title', 100);
    if (await this.dataSource.getRepository(PositionEntity).existsBy({ title }))
      throw badUserInput('input.title', `a position titled "${title}" already exists`);
    if (!input.responsibilities.length) throw badUserInput('input.responsibilities', 'a job description lists at least one responsibility');
    const responsibilities = input.responsibilities.map((text, index) => requiredText(text, `input.responsibilities.${index}`, 500));
    if (!ROLES_OF_POSITIONS.includes(input.role)) throw badUserInput('input.role', `role is one of ${ROLES_OF_POSITIONS.join(', ')}`);
    if (input.reportsToId && !(await this.dataSource.getRepository(PositionEntity).existsBy({ id: input.reportsToId })))
      throw badUserInput('input.reportsToId', `no position ${input.reportsToId}`);
    const position = Object.assign(new PositionEntity(), {
      id: randomUUID(),
      title,
      responsibilities,
      role: input.role,
      reportsToId: input.reportsToId ?? null,
      version: 1,
    });
    await this.dataSource.getRepository(PositionEntity).insert(position);
    return position;
  }

  /** Changes a rep's position or status (on leave, left): a rep who left owes no reports and takes no targets. */
  async updateSalesRep(
    viewer: Viewer,
    input: { repId: string; version: number; positionId?: string | null; status?: SalesRepStatus | null; type?: SalesRepType | null },
  ): Promise<SalesRepEntity> {
    this.assertOrganiser(viewer);
    const [rep] = await this.reps.findByIds([input.repId]);
    if (!rep) throw badUserInput('input.repId', `no rep ${input.repId}`);
    if (input.positionId && !(await this.dataSource.getRepository(PositionEntity).existsBy({ id: input.positionId })))
      throw badUserInput('input.positionId', `no position ${input.positionId}`);
    const changes: Partial<SalesRepEntity> = {};
    if (input.positionId !== undefined) changes.positionId = input.positionId;
    if (input.status) changes.status = input.status;
    if (input.type) changes.type = input.type;
    const updated = Object.assign(new SalesRepEntity(), { ...rep, ...changes, version: rep.version + 1 });
    // A new position may change the rep's role, which other subgraphs' directories rely on.
    await saveVersioned(this.dataSource, SalesRepEntity, 'rep', rep, input.version, changes, async (manager) =>
      changes.positionId !== undefined ? appendToOutbox(manager, [await directoryEntry(manager, updated)]) : undefined,
    );
    return updated;
  }

  /**
   * Moves a rep to another team from a day on. Their history keeps both
   * stints, so team KPIs count each day's facts for the team of that day.
   */
  async moveSalesRep(
    viewer: Viewer,
    input: { repId: string; version: number; teamId: string; fromDay?: string | null; reason: string },
    now = new Date(),
  ): Promise<SalesRepEntity> {
    this.assertOrganiser(viewer);
    const [rep] = await this.reps.findByIds([input.repId]);
    if (!rep) throw badUserInput('input.repId', `no rep ${input.repId}`);
    const [team] = await this.teams.findByIds([input.teamId]);
    if (!team) throw badUserInput('input.teamId', `no team ${input.teamId}`);
    if (team.id === rep.teamId) throw badUserInput('input.teamId', `${rep.name} is already in ${team.name}`);
    const reason = requiredText(input.reason, 'input.reason', 500);
    const fromDay = isoDate(input.fromDay ?? dayKey(now), 'input.fromDay');
    const current = await this.dataSource.getRepository(TeamMembershipEntity).findOneBy({ repId: rep.id, toDay: IsNull() });
    if (current && fromDay <= current.fromDay)
      throw badUserInput('input.fromDay', `the move must come after ${rep.name} joined the current team on ${current.fromDay}`);
    const moved = Object.assign(new SalesRepEntity(), { ...rep, teamId: team.id, version: rep.version + 1 });
    await saveVersioned(this.dataSource, SalesRepEntity, 'rep', rep, input.version, { teamId: team.id }, async (manager: EntityManager) => {
      if (current) await manager.update(TeamMembershipEntity, { id: current.id }, { toDay: fromDay });
      await manager.insert(TeamMembershipEntity, membership(rep.id, team.id, fromDay, reason, viewer, now));
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
  async undoTeamMove(viewer: Viewer, input: { repId: string; version: number; reason: string }): Promise<SalesRepEntity> {
    this.assertOrganiser(viewer);
    const [rep] = await this.reps.findByIds([input.repId]);
    if (!rep) throw badUserInput('input.repId', `no rep ${input.repId}`);
    const reason = requiredText(input.reason, 'input.reason', 500);
    const stints = await this.dataSource.getRepository(TeamMembershipEntity).find({ where: { repId: rep.id }, order: { fromDay: 'DESC' }, take: 2 });
    const [latest, previous] = stints;
    if (!latest || !previous || latest.toDay !== null || previous.toDay !== latest.fromDay)
      throw badUserInput('input.repId', `${rep.name} has no move to undo: they are in the team they joined first`);
    const restored = Object.assign(new SalesRepEntity(), { ...rep, teamId: previous.teamId, version: rep.version + 1 });
    await saveVersioned(this.dataSource, SalesRepEntity, 'rep', rep, input.version, { teamId: previous.teamId }, async (manager: EntityManager) => {
      // The rep's version guards the history: a move or undo since bumped it, so these are still the two latest stints.
      await manager.delete(TeamMembershipEntity, { id: latest.id, toDay: IsNull() });
      await manager.update(TeamMembershipEntity, { id: previous.id }, { toDay: null });
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

  private assertOrganiser(viewer: Viewer): void {
    if (!canManageOrganisation(viewer)) throw forbidden('Only directors and admins change the organisation');
  }
}
