import { randomUUID } from 'node:crypto';
import { Viewer } from '@salesgraph/auth';
import { dayKey, DEFAULT_DISCOUNT_AUTHORITY_BP } from '@salesgraph/domain';
import { appendToOutbox } from '@salesgraph/events';
import { badUserInput, ListPage, percentBasisPoints, saveVersioned } from '@salesgraph/subgraph-kit';
import { Database, transact } from '@salesgraph/persistence';
import { assertOrganiser } from '../access';
import { PositionRepository } from '../position/position.repository';
import { FIRST_DAY, stint } from '../team-membership/stint';
import { TeamMembershipRepository } from '../team-membership/team-membership.repository';
import { TeamRepository } from '../team/team.repository';
import { directoryEntry } from './directory-entry';
import { SalesRepEntity, SalesRepStatus } from './sales-rep.entity';
import { SalesRepRepository } from './sales-rep.repository';
import { RegisterSalesRepInput, SetDiscountAuthorityInput, UpdateSalesRepInput } from '../generated/resolvers.generated';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The sales force: registering reps, their discount authority, position, status and type. Team moves are team-membership's. */
export class SalesRepService {
  private readonly teams: TeamRepository;
  private readonly reps: SalesRepRepository;
  private readonly positions: PositionRepository;
  private readonly memberships: TeamMembershipRepository;

  constructor(private readonly database: Database) {
    this.teams = new TeamRepository(database);
    this.reps = new SalesRepRepository(database);
    this.positions = new PositionRepository(database);
    this.memberships = new TeamMembershipRepository(database);
  }

  salesRepPage(page: ListPage<'id'>): Promise<[SalesRepEntity[], number]> {
    return this.reps.page(page);
  }

  /** Registers a rep and announces it, in one transaction. */
  async registerSalesRep(viewer: Viewer, input: RegisterSalesRepInput, now = new Date()): Promise<SalesRepEntity> {
    assertOrganiser(viewer);
    const name = input.name.trim();
    const email = input.email.trim().toLowerCase();
    if (name.length === 0 || name.length > 200) throw badUserInput('input.name', 'name must be 1–200 characters');
    if (!EMAIL.test(email) || email.length > 200) throw badUserInput('input.email', `"${input.email}" is not an email address`);
    const [team] = await this.teams.findByIds([input.teamId]);
    if (!team) throw badUserInput('input.teamId', `no team ${input.teamId}`);
    if (await this.reps.findByEmail(email)) throw badUserInput('input.email', `${email} is already registered`);
    const hireDate = input.hireDate ?? dayKey(now);
    if (input.positionId && !(await this.positions.exists(input.positionId))) throw badUserInput('input.positionId', `no position ${input.positionId}`);
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
    return transact(this.database, async (manager) => {
      await this.reps.insert(manager, rep);
      await this.memberships.insert(manager, stint(rep.id, team.id, FIRST_DAY, 'joined', viewer, now));
      await appendToOutbox(manager, [await directoryEntry(manager, rep)]);
      return rep;
    });
  }

  /** Directors set how far each rep may discount before a manager must approve; customer-relationship applies it. */
  async setDiscountAuthority(viewer: Viewer, input: SetDiscountAuthorityInput): Promise<SalesRepEntity> {
    assertOrganiser(viewer);
    const [rep] = await this.reps.findByIds([input.repId]);
    if (!rep) throw badUserInput('input.repId', `no rep ${input.repId}`);
    const discountAuthorityBp = percentBasisPoints(input.discountAuthorityPercent, 'input.discountAuthorityPercent');
    const updated = Object.assign(new SalesRepEntity(), { ...rep, discountAuthorityBp, version: rep.version + 1 });
    await saveVersioned(this.database, SalesRepEntity, 'rep', rep, input.version, { discountAuthorityBp }, async (manager) =>
      appendToOutbox(manager, [await directoryEntry(manager, updated)]),
    );
    return updated;
  }

  /** Changes a rep's position or status (on leave, left): a rep who left owes no reports and takes no targets. */
  async updateSalesRep(viewer: Viewer, input: UpdateSalesRepInput): Promise<SalesRepEntity> {
    assertOrganiser(viewer);
    const [rep] = await this.reps.findByIds([input.repId]);
    if (!rep) throw badUserInput('input.repId', `no rep ${input.repId}`);
    if (input.positionId && !(await this.positions.exists(input.positionId))) throw badUserInput('input.positionId', `no position ${input.positionId}`);
    const changes: Partial<SalesRepEntity> = {};
    if (input.positionId !== undefined) changes.positionId = input.positionId;
    if (input.status) changes.status = input.status;
    if (input.type) changes.type = input.type;
    const updated = Object.assign(new SalesRepEntity(), { ...rep, ...changes, version: rep.version + 1 });
    // A new position may change the rep's role, which other subgraphs' directories rely on.
    await saveVersioned(this.database, SalesRepEntity, 'rep', rep, input.version, changes, async (manager) =>
      changes.positionId !== undefined ? appendToOutbox(manager, [await directoryEntry(manager, updated)]) : undefined,
    );
    return updated;
  }
}
