import { canManageOrganisation, Viewer } from '@salesgraph/auth';
import { appendToOutbox } from '@salesgraph/events';
import { forbidden, wholeNumber } from '@salesgraph/subgraph-kit';
import { Database, transact } from '@salesgraph/persistence';
import { VisitPolicyEntity } from './visit-policy.entity';
import { VisitPolicyRepository } from './visit-policy.repository';
import { SetVisitPolicyInput } from '../generated/resolvers.generated';

export class VisitPolicyService {
  private readonly policies: VisitPolicyRepository;

  constructor(private readonly dataSource: Database) {
    this.policies = new VisitPolicyRepository(dataSource);
  }

  list(): Promise<VisitPolicyEntity[]> {
    return this.policies.findAll();
  }

  /** Directors set the company's visit rhythm; the change is announced. */
  async set(viewer: Viewer, input: SetVisitPolicyInput, now = new Date()): Promise<VisitPolicyEntity> {
    if (!canManageOrganisation(viewer)) throw forbidden('Only directors and admins set visit policies');
    const intervalDays = wholeNumber(input.intervalDays, 'input.intervalDays', 1, 365);
    return transact(this.dataSource, async (manager) => {
      const saved = await this.policies.save(manager, { class: input.class, intervalDays, updatedBy: viewer.subject, updatedAt: now });
      await appendToOutbox(manager, [{ type: 'VisitPolicyChanged', aggregateId: input.class, payload: { class: input.class, intervalDays } }]);
      return saved;
    });
  }
}
