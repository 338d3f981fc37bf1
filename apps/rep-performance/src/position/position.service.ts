import { randomUUID } from 'node:crypto';
import { Viewer } from '@salesgraph/auth';
import { badUserInput, requiredText } from '@salesgraph/subgraph-kit';
import { Database } from '@salesgraph/persistence';
import { assertOrganiser } from '../access';
import { PositionEntity } from './position.entity';
import { PositionRepository } from './position.repository';
import { CreatePositionInput } from '../generated/resolvers.generated';

const ROLES_OF_POSITIONS = ['REP', 'MANAGER', 'DIRECTOR', 'ANALYST', 'ADMIN'];

/** Positions and their job descriptions: the evidence base of every evaluation and the role a holder signs in with. */
export class PositionService {
  private readonly positions: PositionRepository;

  constructor(database: Database) {
    this.positions = new PositionRepository(database);
  }

  allPositions(): Promise<PositionEntity[]> {
    return this.positions.findAll();
  }

  async createPosition(viewer: Viewer, input: CreatePositionInput): Promise<PositionEntity> {
    assertOrganiser(viewer);
    const title = requiredText(input.title, 'input.title', 100);
    if (await this.positions.titled(title)) throw badUserInput('input.title', `a position titled "${title}" already exists`);
    if (!input.responsibilities.length) throw badUserInput('input.responsibilities', 'a job description lists at least one responsibility');
    const responsibilities = input.responsibilities.map((text, index) => requiredText(text, `input.responsibilities.${index}`, 500));
    if (!ROLES_OF_POSITIONS.includes(input.role)) throw badUserInput('input.role', `role is one of ${ROLES_OF_POSITIONS.join(', ')}`);
    if (input.reportsToId && !(await this.positions.exists(input.reportsToId))) throw badUserInput('input.reportsToId', `no position ${input.reportsToId}`);
    const position = Object.assign(new PositionEntity(), {
      id: randomUUID(),
      title,
      responsibilities,
      role: input.role,
      reportsToId: input.reportsToId ?? null,
      version: 1,
    });
    await this.positions.insert(position);
    return position;
  }
}
