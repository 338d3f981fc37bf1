import { Viewer } from '@salesgraph/auth';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { withCustomerSubgraph } from './customer/customer-spec-kit';

const ann: Viewer = { subject: 'ann', role: 'REP', repId: 'rep-ann', teamId: 'north' };
const sam: Viewer = { subject: 'sam', role: 'REP', repId: 'rep-sam', teamId: 'south' };
const nina: Viewer = { subject: 'nina', role: 'MANAGER', repId: 'rep-nina', teamId: 'north' };

/** What a screen links to by id (a deep link, a cache refresh): one lookup per record, under the record's scope. */
describeOnEachDatabase('single lookups by id', (kind) => {
  const t = withCustomerSubgraph(kind);
  const { data } = t;
  const ids = { contact: '', complaint: '', visit: '', invoice: '' };

  beforeAll(async () => {
    const run = async <T>(query: string, variables: Record<string, unknown> = {}) => data<T>(await t.subgraph.execute(ann, query, variables));
    const acme = (await run<{ createCustomer: { id: string } }>(`mutation { createCustomer(input: { name: "Acme", class: A }) { id } }`)).createCustomer.id;
    ids.contact = (
      await run<{ addContact: { id: string } }>(`mutation($c: ID!) { addContact(input: { customerId: $c, name: "Li Wei" }) { id } }`, { c: acme })
    ).addContact.id;
    ids.complaint = (
      await run<{ openComplaint: { id: string } }>(
        `mutation($c: ID!) { openComplaint(input: { customerId: $c, subject: "Late", description: "Two weeks late" }) { id } }`,
        {
          c: acme,
        },
      )
    ).openComplaint.id;
    ids.visit = (
      await run<{ logVisit: { id: string } }>(
        `mutation($c: ID!, $at: DateTime!) { logVisit(input: { customerId: $c, kind: MAINTENANCE, purpose: "Review", visitedAt: $at }) { id } }`,
        { c: acme, at: new Date(Date.now() - 3_600_000).toISOString() },
      )
    ).logVisit.id;
    const order = (
      await run<{ recordOrder: { id: string } }>(
        `mutation($c: ID!) { recordOrder(input: { customerId: $c, lines: [{ product: "Press", units: 2, listPrice: "100.00" }] }) { id } }`,
        { c: acme },
      )
    ).recordOrder.id;
    ids.invoice = (
      await run<{ invoiceOrder: { id: string } }>(`mutation($o: ID!) { invoiceOrder(input: { orderId: $o }) { id } }`, { o: order })
    ).invoiceOrder.id;
  });

  const lookup = async (viewer: Viewer) =>
    data<Record<string, { id: string } | null>>(
      await t.subgraph.execute(
        viewer,
        `query($contact: ID!, $complaint: ID!, $visit: ID!, $invoice: ID!) {
          contact(id: $contact) { id } complaint(id: $complaint) { id } visit(id: $visit) { id } invoice(id: $invoice) { id }
        }`,
        ids,
      ),
    );

  it('finds a contact, complaint, visit and invoice for the rep and their manager', async () => {
    const expected = { contact: { id: ids.contact }, complaint: { id: ids.complaint }, visit: { id: ids.visit }, invoice: { id: ids.invoice } };
    expect(await lookup(ann)).toEqual(expected);
    expect(await lookup(nina)).toEqual(expected);
  });

  it('answers null, not an error, to a rep of another team, and for an id that names nothing', async () => {
    expect(await lookup(sam)).toEqual({ contact: null, complaint: null, visit: null, invoice: null });
    const missing = await t.subgraph.execute(
      ann,
      '{ contact(id: "none") { id } complaint(id: "none") { id } visit(id: "none") { id } invoice(id: "none") { id } }',
    );
    expect(missing).toEqual({ data: { contact: null, complaint: null, visit: null, invoice: null } });
  });
});
