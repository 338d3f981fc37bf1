import { randomUUID } from 'node:crypto';
import { Viewer } from '@salesgraph/auth';
import { appendToOutbox } from '@salesgraph/events';
import { badUserInput, requiredText } from '@salesgraph/subgraph-kit';
import { Database, lockRow, transact } from '@salesgraph/persistence';
import { assertOrganiser } from '../access';
import { directoryEntry } from '../sales-rep/directory-entry';
import { SalesRepEntity } from '../sales-rep/sales-rep.entity';
import { SalesRepRepository } from '../sales-rep/sales-rep.repository';
import { BranchEntity } from './branch.entity';
import { BranchRepository } from './branch.repository';
import { CreateBranchInput, SetBranchManagerInput } from '../generated/resolvers.generated';

/** Regional branches and their heads: the level between the company and its teams. */
export class BranchService {
  private readonly reps: SalesRepRepository;
  private readonly branches: BranchRepository;

  constructor(private readonly database: Database) {
    this.reps = new SalesRepRepository(database);
    this.branches = new BranchRepository(database);
  }

  allBranches(): Promise<BranchEntity[]> {
    return this.branches.findAll();
  }

  async createBranch(viewer: Viewer, input: CreateBranchInput, now = new Date()): Promise<BranchEntity> {
    assertOrganiser(viewer);
    const name = requiredText(input.name, 'input.name', 100);
    if (await this.branches.named(name)) throw badUserInput('input.name', `a branch named "${name}" already exists`);
    const branch = Object.assign(new BranchEntity(), {
      id: randomUUID(),
      name,
      region: requiredText(input.region, 'input.region', 100),
      managerId: null,
      createdAt: now,
      version: 1,
    });
    await this.branches.insert(branch);
    return branch;
  }

  async setBranchManager(viewer: Viewer, input: SetBranchManagerInput): Promise<BranchEntity> {
    assertOrganiser(viewer);
    const branch = await this.branches.findOne(input.branchId);
    if (!branch) throw badUserInput('input.branchId', `no branch ${input.branchId}`);
    const [rep] = await this.reps.findByIds([input.managerId]);
    if (!rep) throw badUserInput('input.managerId', `no rep ${input.managerId}`);
    // One head per branch and one branch per head, so who stands above a rep is never ambiguous. Decided under the
    // appointee's lock, taken first, so two appointments of one person to two branches take turns and the second sees
    // the first; the branch's lock then orders appointments to one branch.
    return transact(
      this.database,
      async (manager) => {
        const head = await lockRow(manager, SalesRepEntity, rep.id);
        const current = await lockRow(manager, BranchEntity, branch.id);
        if (!head) throw badUserInput('input.managerId', `no rep ${input.managerId}`);
        if (!current) throw badUserInput('input.branchId', `no branch ${input.branchId}`);
        if (current.managerId === head.id) return current;
        const elsewhere = await this.branches.headedBy(manager, head.id);
        if (elsewhere) throw badUserInput('input.managerId', `${head.name} already heads ${elsewhere.name}: appoint another head there first`);
        const former = current.managerId ? await this.reps.findOneIn(manager, current.managerId) : null;
        const updated = Object.assign(new BranchEntity(), current, { managerId: head.id, version: current.version + 1 });
        await this.branches.setManager(manager, current.id, head.id, updated.version);
        // The new and the former head are announced again: other subgraphs tell who stands above the branch's reps by it.
        await appendToOutbox(manager, await Promise.all([head, ...(former ? [former] : [])].map((rep) => directoryEntry(manager, rep))));
        return updated;
      },
      { queueOn: `branch-head:${rep.id}` },
    );
  }
}
