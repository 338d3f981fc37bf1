import { dayKey, DEFAULT_QUESTION_SET } from '@salesgraph/domain';
import { DemoData } from './demo-data';
import { graphql, graphqlData } from './graphql-client';
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
  const call = <T>(query: string, variables: Record<string, unknown>) => graphqlData<T>(gatewayUrl, adminToken, query, variables);
  const performance = performanceDemoData(data, dayKey(new Date()));
  const positionIds = new Map<string, string>();
  for (const position of performance.positions) {
    const result = await call<{ createPosition: { id: string } }>(`mutation($input: CreatePositionInput!) { createPosition(input: $input) { id } }`, {
      input: { title: position.title, responsibilities: position.responsibilities, role: position.role },
    });
    positionIds.set(position.key, result.createPosition.id);
  }
  const branchIds = new Map<string, string>();
  for (const branch of performance.branches) {
    const result = await call<{ createBranch: { id: string } }>(`mutation($input: CreateBranchInput!) { createBranch(input: $input) { id } }`, {
      input: { name: branch.name, region: branch.region },
    });
    branchIds.set(branch.key, result.createBranch.id);
  }
  const teamIds = new Map<string, string>();
  for (const team of data.teams) {
    const branch = performance.branches.find((candidate) => candidate.teamKeys.includes(team.key));
    const result = await call<{ createTeam: { id: string } }>(`mutation($input: CreateTeamInput!) { createTeam(input: $input) { id } }`, {
      input: { name: team.name, branchId: branch ? branchIds.get(branch.key) : null },
    });
    teamIds.set(team.key, result.createTeam.id);
  }
  const reps = new Map<string, SeededRep>();
  for (const rep of data.reps) {
    const teamId = known(teamIds, rep.teamKey);
    const result = await call<{ registerSalesRep: { id: string } }>(`mutation($input: RegisterSalesRepInput!) { registerSalesRep(input: $input) { id } }`, {
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
      await call(`mutation($input: SetTeamManagerInput!) { setTeamManager(input: $input) { id } }`, {
        input: { teamId, managerId: result.registerSalesRep.id },
      });
    }
  }

  const customerIds = new Map<string, string>();
  await inParallel(data.customers, concurrency, async (customer) => {
    const input = { name: customer.name, class: customer.class, ownerId: known(reps, customer.ownerKey).id };
    // The customer subgraph learns of new reps from rep-performance's feed a moment later.
    const id = await retryWhile(async () => {
      const result = await graphql<{ createCustomer: { id: string } }>(
        gatewayUrl,
        adminToken,
        `
          mutation ($input: CreateCustomerInput!) {
            createCustomer(input: $input) {
              id
            }
          }
        `,
        { input },
      );
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
    call(`mutation($input: UpdateCustomerInput!) { updateCustomer(input: $input) { id } }`, {
      input: { id: customerOf(customer.key), version: 1, region: customer.region, industry: customer.industry, source: customer.source },
    }),
  );

  await inParallel(data.orders, concurrency, async (order) => {
    const { recordOrder } = await call<{ recordOrder: { id: string; status: string } }>(
      `mutation($input: RecordOrderInput!) { recordOrder(input: $input) { id status } }`,
      {
        input: { customerId: customerOf(order.customerKey), orderedAt: order.orderedAt, paymentTermsDays: order.paymentTermsDays, lines: order.lines },
      },
    );
    // Discounts beyond authority stay in the managers' approval queue.
    if (recordOrder.status !== 'CONFIRMED') return;
    const { invoiceOrder } = await call<{ invoiceOrder: { id: string; outstanding: string } }>(
      `mutation($input: InvoiceOrderInput!) { invoiceOrder(input: $input) { id outstanding } }`,
      { input: { orderId: recordOrder.id, issuedAt: order.orderedAt } },
    );
    const outstandingMinor = Math.round(Number(invoiceOrder.outstanding) * 100);
    const payMinor = Math.round(outstandingMinor * order.paidShare);
    if (payMinor <= 0) return;
    const receivedAt = new Date(Math.min(now - 60_000, Date.parse(order.orderedAt) + order.paymentTermsDays * 0.8 * 86_400_000)).toISOString();
    await call(`mutation($input: ApplyPaymentInput!) { applyPayment(input: $input) { id } }`, {
      input: { invoiceId: invoiceOrder.id, amount: `${Math.floor(payMinor / 100)}.${String(payMinor % 100).padStart(2, '0')}`, receivedAt },
    });
  });

  // Key accounts: a relationship fund with some spending, and a quality profile.
  const keyAccounts = data.customers.filter((customer) => customer.class === 'A').slice(0, 12);
  await inParallel(keyAccounts, concurrency, async (customer) => {
    const customerId = customerOf(customer.key);
    await call(`mutation($input: SetKeyAccountFundInput!) { setKeyAccountFund(input: $input) { id } }`, { input: { customerId, budget: '5000.00' } });
    await call(`mutation($input: DrawKeyAccountFundInput!) { drawKeyAccountFund(input: $input) { id } }`, {
      input: { customerId, amount: '1200.00', purpose: 'Factory visit and dinner' },
    });
    await call(`mutation($input: SetCustomerQualityProfileInput!) { setCustomerQualityProfile(input: $input) { id } }`, {
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
    await call(`mutation($input: ReassignCustomerInput!) { reassignCustomer(input: $input) { id } }`, {
      input: { customerId: customerOf(customer.key), toRepId: next.id, reason: 'Territory rebalanced' },
    });
  }

  const contactIds = new Map<string, string>();
  await inParallel(data.contacts, concurrency, async (contact) => {
    const { addContact } = await call<{ addContact: { id: string } }>(`mutation($input: AddContactInput!) { addContact(input: $input) { id } }`, {
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
    call(`mutation($input: LogVisitInput!) { logVisit(input: $input) { id } }`, {
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
    const { createOpportunity } = await call<{ createOpportunity: { id: string; version: number } }>(
      `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id version } }`,
      {
        input: {
          customerId: customerOf(opportunity.customerKey),
          name: opportunity.name,
          amount: opportunity.amount,
          expectedCloseDate: new Date(now + opportunity.closesInDays * 86_400_000).toISOString().slice(0, 10),
          competitors: opportunity.wonByCompetitor ? [opportunity.wonByCompetitor] : [],
        },
      },
    );
    let version = createOpportunity.version;
    for (const stage of opportunity.stages.slice(1)) {
      const moved = await call<{ moveOpportunityStage: { version: number } }>(
        `mutation($input: MoveOpportunityStageInput!) { moveOpportunityStage(input: $input) { version } }`,
        {
          input: { id: createOpportunity.id, version, stage, lostReason: opportunity.lostReason, wonByCompetitor: opportunity.wonByCompetitor },
        },
      );
      version = moved.moveOpportunityStage.version;
    }
  });

  await inParallel(data.complaints, concurrency, async (complaint) => {
    const { openComplaint } = await call<{ openComplaint: { id: string; version: number } }>(
      `mutation($input: OpenComplaintInput!) { openComplaint(input: $input) { id version } }`,
      {
        input: {
          customerId: customerOf(complaint.customerKey),
          subject: complaint.subject,
          description: complaint.subject,
          severity: complaint.severity,
          openedAt: complaint.openedAt,
        },
      },
    );
    if (complaint.resolution) {
      await call(`mutation($input: ResolveComplaintInput!) { resolveComplaint(input: $input) { id } }`, {
        input: { id: openComplaint.id, version: openComplaint.version, resolution: complaint.resolution },
      });
    }
  });
  await inParallel(data.surveys, concurrency, (survey) =>
    call(`mutation($input: RecordSatisfactionSurveyInput!) { recordSatisfactionSurvey(input: $input) { id } }`, {
      input: { customerId: customerOf(survey.customerKey), score: survey.score, surveyedAt: survey.surveyedAt },
    }),
  );
  await inParallel(data.intelligence, concurrency, (note) =>
    call(`mutation($input: RecordCompetitorIntelligenceInput!) { recordCompetitorIntelligence(input: $input) { id } }`, { input: note }),
  );
  // Success cases are written by reps themselves, so each needs the rep's own token.
  for (const successCase of data.successCases) {
    const rep = known(reps, successCase.repKey);
    await graphqlData(gatewayUrl, tokenFor(rep), `mutation($input: SubmitSuccessCaseInput!) { submitSuccessCase(input: $input) { id } }`, {
      input: { title: successCase.title, story: successCase.story, industry: successCase.industry },
    });
  }
  await seedPerformance(gatewayUrl, call, data, performance, branchIds, teamIds, reps, tokenFor);
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
