import { Viewer } from '@salesgraph/auth';
import { badUserInput, conflict, optionalText, wholeNumber } from '@salesgraph/subgraph-kit';
import { Database, lockRow, transact } from '@salesgraph/persistence';
import { CustomerEntity } from '../customer/customer.entity';
import { CustomerService } from '../customer/customer.service';
import { CustomerQualityProfileEntity } from './quality-profile.entity';
import { QualityProfileRepository } from './quality-profile.repository';
import { SetCustomerQualityProfileInput } from '../generated/resolvers.generated';

/** Sensitive: the owner and managers see it; analysts, though they read everything else, do not. */
export function maySeeQualityProfile(viewer: Viewer): boolean {
  return viewer.role === 'REP' || viewer.role === 'MANAGER' || viewer.role === 'DIRECTOR' || viewer.role === 'ADMIN';
}

export class QualityProfileService {
  private readonly profiles: QualityProfileRepository;

  constructor(
    private readonly dataSource: Database,
    private readonly customers: CustomerService,
  ) {
    this.profiles = new QualityProfileRepository(dataSource);
  }

  /** Replaces the whole profile: created without a version, changed only from the version read. */
  async set(viewer: Viewer, input: SetCustomerQualityProfileInput, now = new Date()): Promise<CustomerEntity> {
    const customer = await this.customers.workable(viewer, input.customerId, 'input.customerId');
    const profile = {
      educationLevel: optionalText(input.educationLevel ?? null, 'input.educationLevel', 100) ?? null,
      readingHabits: optionalText(input.readingHabits ?? null, 'input.readingHabits', 500) ?? null,
      yearsInBusiness: input.yearsInBusiness == null ? null : wholeNumber(input.yearsInBusiness, 'input.yearsInBusiness', 0, 500),
      pastSetbacks: optionalText(input.pastSetbacks ?? null, 'input.pastSetbacks', 1000) ?? null,
      industryStanding: input.industryStanding ?? null,
      standingTrend: input.standingTrend ?? null,
      peerReputation: optionalText(input.peerReputation ?? null, 'input.peerReputation', 1000) ?? null,
      businessPrivateBalance: input.businessPrivateBalance ?? null,
      notes: optionalText(input.notes ?? null, 'input.notes', 10_000) ?? null,
      updatedAt: now,
    };
    return transact(
      this.dataSource,
      async (manager) => {
        // The customer's lock makes two first saves queue: the second then finds the profile and is asked for its version.
        await lockRow(manager, CustomerEntity, customer.id);
        const existing = await this.profiles.findIn(manager, customer.id);
        if (!existing) {
          if (input.version != null) throw badUserInput('input.version', 'there is no profile yet: leave version out to create it');
          await this.profiles.insert(manager, { customerId: customer.id, ...profile, version: 1 });
          return customer;
        }
        if (input.version == null) throw badUserInput('input.version', 'the profile exists: send the version you read');
        const stale = () => conflict(`the profile of customer ${customer.id} was changed by someone else: reload and try again`);
        if (input.version !== existing.version) throw stale();
        if (!(await this.profiles.updateIfVersion(manager, customer.id, existing.version, profile))) throw stale();
        return customer;
      },
      { queueOn: `customer:${customer.id}` },
    );
  }

  profilesOf(customerIds: readonly string[]): Promise<CustomerQualityProfileEntity[]> {
    return this.profiles.profilesOf(customerIds);
  }
}
