import { ConsumerCheckpointEntity, OutboxEventEntity, OutboxSequenceEntity } from '@salesgraph/events';
import { IdempotencyKeyEntity, SubgraphDatabase } from '@salesgraph/persistence';
import { BranchEntity } from './branch/branch.entity';
import { BadHabitCheckEntity, EvaluationCycleEntity, EvaluationTemplateEntity, QualitativeScoreEntity, ScorecardEntity } from './evaluation/evaluation.entity';
import { ExpenseBudgetEntity, ExpenseClaimEntity } from './expense/expense.entity';
import {
  CustomerFactEntity,
  CustomerRevenueFactEntity,
  CustomerVisitDayEntity,
  InvoiceFactEntity,
  PaymentFactEntity,
  RepDailyFactEntity,
  VisitPolicyFactEntity,
} from './facts/facts.entity';
import { IncentivePeriodCloseEntity, IncentivePlanEntity, IncentivePlanVersionEntity, IncentiveStatementEntity } from './incentive/incentive.entity';
import { InitialSchema1764374400000 } from './migrations/1764374400000-initial-schema';
import { DiscountAuthority1764460800000 } from './migrations/1764460800000-discount-authority';
import { Performance1764547200000 } from './migrations/1764547200000-performance';
import { PositionEntity } from './position/position.entity';
import { SalesReportEntity } from './sales-report/sales-report.entity';
import { SalesRepEntity } from './sales-rep/sales-rep.entity';
import { MarketSizeEntity, TargetEntity } from './target/target.entity';
import { TeamMembershipEntity } from './team-membership/team-membership.entity';
import { TeamEntity } from './team/team.entity';

import { IdempotencyKeys1764633600000 } from './migrations/1764633600000-idempotency-keys';
import { DiscountBeyondAuthority1764720000000 } from './migrations/1764720000000-discount-beyond-authority';
import { AnnounceRepBranches1765756800000 } from './migrations/1765756800000-announce-rep-branches';
import { NewVsMaintenance1765843200000 } from './migrations/1765843200000-new-vs-maintenance';

export const repPerformanceDatabase: SubgraphDatabase = {
  subgraph: 'rep-performance',
  entities: [
    IdempotencyKeyEntity,
    TeamEntity,
    SalesRepEntity,
    BranchEntity,
    PositionEntity,
    TeamMembershipEntity,
    TargetEntity,
    MarketSizeEntity,
    RepDailyFactEntity,
    CustomerFactEntity,
    CustomerRevenueFactEntity,
    CustomerVisitDayEntity,
    InvoiceFactEntity,
    PaymentFactEntity,
    VisitPolicyFactEntity,
    EvaluationTemplateEntity,
    EvaluationCycleEntity,
    QualitativeScoreEntity,
    BadHabitCheckEntity,
    ScorecardEntity,
    IncentivePlanEntity,
    IncentivePlanVersionEntity,
    IncentiveStatementEntity,
    IncentivePeriodCloseEntity,
    ExpenseBudgetEntity,
    ExpenseClaimEntity,
    SalesReportEntity,
    OutboxEventEntity,
    OutboxSequenceEntity,
    ConsumerCheckpointEntity,
  ],
  migrations: [
    InitialSchema1764374400000,
    DiscountAuthority1764460800000,
    Performance1764547200000,
    IdempotencyKeys1764633600000,
    DiscountBeyondAuthority1764720000000,
    AnnounceRepBranches1765756800000,
    NewVsMaintenance1765843200000,
  ],
};
