import { dayKey, DEFAULT_QUESTION_SET } from '@salesgraph/domain';
import {
  createClient,
  GraphQLClient,
  SeedAddContactDocument,
  SeedApplyPaymentDocument,
  SeedCreateBranchDocument,
  SeedCreateCustomerDocument,
  SeedCreateOpportunityDocument,
  SeedCreatePositionDocument,
  SeedCreateTeamDocument,
  SeedDrawKeyAccountFundDocument,
  SeedInvoiceOrderDocument,
  SeedLogVisitDocument,
  SeedMoveOpportunityStageDocument,
  SeedOpenComplaintDocument,
  SeedReassignCustomerDocument,
  SeedRecordCompetitorIntelligenceDocument,
  SeedRecordOrderDocument,
  SeedRecordSatisfactionSurveyDocument,
  SeedRegisterSalesRepDocument,
  SeedResolveComplaintDocument,
  SeedSetCustomerQualityProfileDocument,
  SeedSetKeyAccountFundDocument,
  SeedSetTeamManagerDocument,
  SeedSubmitSuccessCaseDocument,
  SeedUpdateCustomerDocument,
} from '@salesgraph/graphql-types';
import { DemoData } from './demo-data';
import { performanceDemoData } from './performance-demo-data';
import { seedPerformance } from './seed-performance';

/** The question keys of the shipped assessment set (version 1), in order. */
const QUESTION_KEYS = DEFAULT_QUESTION_SET.questions.map((question) => question.key);

export interface SeededRep {
  id: string;
  name: string;
  teamId: string;
  teamName: string;
  manager: boolean;
}

/**
 * Writes the demo data through the gateway's public API with an ADMIN token,
 * so every row passes the same validation and emits the same events as a
 * user's would. Returns the reps, for tokens.
 */
export async function seedDemo(
  gatewayUrl: string,
  adminToken: string,
  data: DemoData,
  tokenFor: (rep: SeededRep) => string,
  concurrency = 4,
): Promise<SeededRep[]> {
  const admin = createClient({ url: gatewayUrl, token: adminToken });
  const as = (rep: SeededRep): GraphQLClient => createClient({ url: gatewayUrl, token: tokenFor(rep) });
  const performance = performanceDemoData(data, dayKey(new Date()));
  const positionIds = new Map<string, string>();
  for (const position of performance.positions) {
    const result = await admin.request(SeedCreatePositionDocument, {
      input: { title: position.title, responsibilities: position.responsibilities, role: position.role },
    });
    positionIds.set(position.key, result.createPosition.id);
  }
  const branchIds = new Map<string, string>();
  for (const branch of performance.branches) {
    const result = await admin.request(SeedCreateBranchDocument, {
      input: { name: branch.name, region: branch.region },
    });
    branchIds.set(branch.key, result.createBranch.id);
  }
  const teamIds = new Map<string, string>();
  for (const team of data.teams) {
    const branch = performance.branches.find((candidate) => candidate.teamKeys.includes(team.key));
    const result = await admin.request(SeedCreateTeamDocument, {
      input: { name: team.name, branchId: branch ? branchIds.get(branch.key) : null },
    });
    teamIds.set(team.key, result.createTeam.id);
  }
  const reps = new Map<string, SeededRep>();
  for (const rep of data.reps) {
    const teamId = known(teamIds, rep.teamKey);
    const result = await admin.request(SeedRegisterSalesRepDocument, {
      input: {
        name: rep.name,
        email: rep.email,
        type: rep.type,
        teamId,
        hireDate: performance.hireDates.get(rep.key),
        positionId: positionIds.get(rep.manager ? 'manager' : 'rep'),
      },
    });
    const teamName = data.teams.find((team) => team.key === rep.teamKey)?.name ?? rep.teamKey;
    reps.set(rep.key, { id: result.registerSalesRep.id, name: rep.name, teamId, teamName, manager: rep.manager });
    if (rep.manager) {
      await admin.request(SeedSetTeamManagerDocument, {
        input: { teamId, managerId: result.registerSalesRep.id },
      });
    }
  }

  const customerIds = new Map<string, string>();
  await inParallel(data.customers, concurrency, async (customer) => {
    const input = { name: customer.name, class: customer.class, ownerId: known(reps, customer.ownerKey).id };
    // The customer subgraph learns of new reps from rep-performance's feed a moment later.
    const id = await retryWhile(async () => {
      const result = await admin.execute(SeedCreateCustomerDocument, { input });
      if (result.data?.createCustomer) return result.data.createCustomer.id;
      const error = result.errors?.[0];
      if (error?.extensions?.['field'] === 'input.ownerId') return undefined;
      throw new Error(error?.message ?? 'createCustomer failed');
    }, 15_000);
    customerIds.set(customer.key, id);
  });

  const customerOf = (key: string) => known(customerIds, key);
  const now = Date.now();
  await inParallel(data.customers, concurrency, (customer) =>
    admin.request(SeedUpdateCustomerDocument, {
      input: { id: customerOf(customer.key), version: 1, region: customer.region, industry: customer.industry, source: customer.source },
    }),
  );

  await inParallel(data.orders, concurrency, async (order) => {
    const { recordOrder } = await admin.request(SeedRecordOrderDocument, {
      input: { customerId: customerOf(order.customerKey), orderedAt: order.orderedAt, paymentTermsDays: order.paymentTermsDays, lines: order.lines },
    });
    // Discounts beyond authority stay in the managers' approval queue.
    if (recordOrder.status !== 'CONFIRMED') return;
    const { invoiceOrder } = await admin.request(SeedInvoiceOrderDocument, { input: { orderId: recordOrder.id, issuedAt: order.orderedAt } });
    const outstandingMinor = Math.round(Number(invoiceOrder.outstanding) * 100);
    const payMinor = Math.round(outstandingMinor * order.paidShare);
    if (payMinor <= 0) return;
    const receivedAt = new Date(Math.min(now - 60_000, Date.parse(order.orderedAt) + order.paymentTermsDays * 0.8 * 86_400_000)).toISOString();
    await admin.request(SeedApplyPaymentDocument, {
      input: { invoiceId: invoiceOrder.id, amount: `${Math.floor(payMinor / 100)}.${String(payMinor % 100).padStart(2, '0')}`, receivedAt },
    });
  });

  // Key accounts: a relationship fund with some spending, and a quality profile.
  const keyAccounts = data.customers.filter((customer) => customer.class === 'A').slice(0, 12);
  await inParallel(keyAccounts, concurrency, async (customer) => {
    const customerId = customerOf(customer.key);
    await admin.request(SeedSetKeyAccountFundDocument, { input: { customerId, budget: '5000.00' } });
    await admin.request(SeedDrawKeyAccountFundDocument, {
      input: { customerId, amount: '1200.00', purpose: 'Factory visit and dinner' },
    });
    await admin.request(SeedSetCustomerQualityProfileDocument, {
      input: {
        customerId,
        yearsInBusiness: 12,
        industryStanding: 'ESTABLISHED',
        standingTrend: 'RISING',
        businessPrivateBalance: 'BUSINESS_FIRST',
        notes: 'Reads the trade press; values punctuality.',
      },
    });
  });
  // A few accounts changed hands, with the reason kept.
  for (const customer of data.customers.slice(0, 3)) {
    const current = known(reps, customer.ownerKey);
    const next = [...reps.values()].find((rep) => rep.teamId === current.teamId && rep.id !== current.id);
    if (!next) continue;
    await admin.request(SeedReassignCustomerDocument, {
      input: { customerId: customerOf(customer.key), toRepId: next.id, reason: 'Territory rebalanced' },
    });
  }

  const contactIds = new Map<string, string>();
  await inParallel(data.contacts, concurrency, async (contact) => {
    const { addContact } = await admin.request(SeedAddContactDocument, {
      input: {
        customerId: customerOf(contact.customerKey),
        name: contact.name,
        title: contact.title,
        roles: contact.roles,
        socialStyle: contact.socialStyle,
        influence: contact.influence,
      },
    });
    contactIds.set(contact.key, addContact.id);
  });

  await inParallel(data.visits, concurrency, (visit) =>
    admin.request(SeedLogVisitDocument, {
      input: {
        customerId: customerOf(visit.customerKey),
        kind: visit.kind,
        visitedAt: visit.visitedAt,
        purpose: visit.purpose,
        contactIds: [known(contactIds, visit.contactKey)],
        outcome: visit.outcome,
        assessment: { contactId: known(contactIds, visit.contactKey), answers: QUESTION_KEYS.map((key, i) => ({ key, points: visit.assessmentPoints[i] })) },
      },
    }),
  );

  await inParallel(data.opportunities, concurrency, async (opportunity) => {
    const { createOpportunity } = await admin.request(SeedCreateOpportunityDocument, {
      input: {
        customerId: customerOf(opportunity.customerKey),
        name: opportunity.name,
        amount: opportunity.amount,
        expectedCloseDate: new Date(now + opportunity.closesInDays * 86_400_000).toISOString().slice(0, 10),
        competitors: opportunity.wonByCompetitor ? [opportunity.wonByCompetitor] : [],
      },
    });
    let version = createOpportunity.version;
    for (const stage of opportunity.stages.slice(1)) {
      const moved = await admin.request(SeedMoveOpportunityStageDocument, {
        input: { id: createOpportunity.id, version, stage, lostReason: opportunity.lostReason, wonByCompetitor: opportunity.wonByCompetitor },
      });
      version = moved.moveOpportunityStage.version;
    }
  });

  await inParallel(data.complaints, concurrency, async (complaint) => {
    const { openComplaint } = await admin.request(SeedOpenComplaintDocument, {
      input: {
        customerId: customerOf(complaint.customerKey),
        subject: complaint.subject,
        description: complaint.subject,
        severity: complaint.severity,
        openedAt: complaint.openedAt,
      },
    });
    if (complaint.resolution) {
      await admin.request(SeedResolveComplaintDocument, {
        input: { id: openComplaint.id, version: openComplaint.version, resolution: complaint.resolution },
      });
    }
  });
  await inParallel(data.surveys, concurrency, (survey) =>
    admin.request(SeedRecordSatisfactionSurveyDocument, {
      input: { customerId: customerOf(survey.customerKey), score: survey.score, surveyedAt: survey.surveyedAt },
    }),
  );
  await inParallel(data.intelligence, concurrency, (note) => admin.request(SeedRecordCompetitorIntelligenceDocument, { input: note }));
  // Success cases are written by reps themselves, so each needs the rep's own token.
  for (const successCase of data.successCases) {
    const rep = known(reps, successCase.repKey);
    await as(rep).request(SeedSubmitSuccessCaseDocument, {
      input: { title: successCase.title, story: successCase.story, industry: successCase.industry },
    });
  }
  await seedPerformance(admin, as, data, performance, branchIds, teamIds, reps);
  return [...reps.values()];
}

/** A key the seed itself created earlier: missing means the demo data is inconsistent. */
function known<T>(map: Map<string, T>, key: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`demo data refers to ${key}, which was not created`);
  return value;
}

async function inParallel<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

async function retryWhile<T>(attempt: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await attempt();
    if (result !== undefined) return result;
    if (Date.now() > deadline) throw new Error('gave up waiting for the rep directory to catch up');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
