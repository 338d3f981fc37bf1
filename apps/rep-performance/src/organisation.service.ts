import { randomUUID } from 'node:crypto';
import { canManageOrganisation, Viewer } from '@salesgraph/auth';
import { DEFAULT_DISCOUNT_AUTHORITY_BP } from '@salesgraph/domain';
import { appendToOutbox } from '@salesgraph/events';
import { badUserInput, forbidden, PageRequest, saveVersioned } from '@salesgraph/subgraph-kit';
import { DataSource } from 'typeorm';
import { SalesRepEntity, SalesRepType } from './sales-rep/sales-rep.entity';
import { SalesRepRepository } from './sales-rep/sales-rep.repository';
import { TeamEntity } from './team/team.entity';
import { TeamRepository } from './team/team.repository';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The rep as other subgraphs' directories need them. */
function directoryEntry(rep: SalesRepEntity) {
  return {
    type: 'SalesRepRegistered' as const,
    aggregateId: rep.id,
    payload: { repId: rep.id, name: rep.name, teamId: rep.teamId, discountAuthorityBp: rep.discountAuthorityBp },
  };
}

/** A percentage with at most two decimals, 0–100, as basis points. */
function basisPoints(percent: number, field: string): number {
  const bp = Math.round(percent * 100);
  if (!(percent >= 0 && percent <= 100) || Math.abs(bp - percent * 100) > 1e-6) throw badUserInput(field, 'a percentage from 0 to 100 with at most two decimals');
  return bp;
}

/** Teams and reps: the organisation that every target and scorecard hangs from. */
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

  async createTeam(viewer: Viewer, input: { name: string }, now = new Date()): Promise<TeamEntity> {
    this.assertOrganiser(viewer);
    const name = input.name.trim();
    if (name.length === 0 || name.length > 100) throw badUserInput('input.name', 'name must be 1–100 characters');
    if (await this.teams.findByName(name)) throw badUserInput('input.name', `a team named "${name}" already exists`);
    const team = Object.assign(new TeamEntity(), { id: randomUUID(), name, managerId: null, createdAt: now, version: 1 });
    await this.dataSource.transaction((manager) => this.teams.insert(manager, team));
    return team;
  }

  /** Registers a rep and announces it, in one transaction. */
  async registerSalesRep(
    viewer: Viewer,
    input: { name: string; email: string; type: SalesRepType; teamId: string; discountAuthorityPercent?: number | null },
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
    const rep = Object.assign(new SalesRepEntity(), {
      id: randomUUID(),
      name,
      email,
      type: input.type,
      teamId: team.id,
      discountAuthorityBp: input.discountAuthorityPercent == null ? DEFAULT_DISCOUNT_AUTHORITY_BP : basisPoints(input.discountAuthorityPercent, 'input.discountAuthorityPercent'),
      createdAt: now,
      version: 1,
    });
    await this.dataSource.transaction(async (manager) => {
      await this.reps.insert(manager, rep);
      await appendToOutbox(manager, [directoryEntry(rep)]);
    });
    return rep;
  }

  /** Directors set how far each rep may discount before a manager must approve; customer-relationship applies it. */
  async setDiscountAuthority(viewer: Viewer, input: { repId: string; version: number; discountAuthorityPercent: number }): Promise<SalesRepEntity> {
    this.assertOrganiser(viewer);
    const [rep] = await this.reps.findByIds([input.repId]);
    if (!rep) throw badUserInput('input.repId', `no rep ${input.repId}`);
    const discountAuthorityBp = basisPoints(input.discountAuthorityPercent, 'input.discountAuthorityPercent');
    const updated = Object.assign(new SalesRepEntity(), { ...rep, discountAuthorityBp, version: rep.version + 1 });
    await saveVersioned(this.dataSource, SalesRepEntity, 'rep', rep, input.version, { discountAuthorityBp }, (manager) =>
      appendToOutbox(manager, [directoryEntry(updated)]),
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
    await saveVersioned(this.dataSource, TeamEntity, 'team', team, team.version, { managerId: rep.id });
    return { ...team, managerId: rep.id, version: team.version + 1 };
  }

  private assertOrganiser(viewer: Viewer): void {
    if (!canManageOrganisation(viewer)) throw forbidden('Only directors and admins change the organisation');
  }
}
