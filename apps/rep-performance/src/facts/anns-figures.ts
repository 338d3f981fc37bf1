import { TestSubgraph } from '@salesgraph/subgraph-kit/testing';
import { data, director, TestOrganisation } from '../test-organisation';

/** One KPI as a spec reads it back: its value and the facts it came from. */
export interface KpiRead {
  key: string;
  value: number | null;
  facts: Array<{ name: string; value: number }>;
}

/**
 * Ann's figures as a director reads them through the graph: her KPIs by key
 * and her commission statement, for the specs that check how a correction
 * lands in the facts (on its own day, never in a frozen period).
 */
export function annsFigures(t: { readonly subgraph: TestSubgraph; readonly org: TestOrganisation }) {
  return {
    kpis: async (period: string): Promise<Record<string, KpiRead>> => {
      const result = data<{ salesRep: { kpis: { kpis: KpiRead[] } } }>(
        await t.subgraph.execute(
          director,
          `query($r: ID!, $p: Period!) { salesRep(id: $r) { kpis(period: $p) { kpis { key value facts { name value } } } } }`,
          { r: t.org.reps.ann.id, p: period },
        ),
      );
      return Object.fromEntries(result.salesRep.kpis.kpis.map((kpi) => [kpi.key, kpi]));
    },
    statement: async (period: string) =>
      data<{ salesRep: { incentiveStatement: { total: string; closed: boolean; facts: { basis: string } } } }>(
        await t.subgraph.execute(
          director,
          `query($r: ID!, $p: Period!) { salesRep(id: $r) { incentiveStatement(period: $p) { total closed facts { basis } } } }`,
          { r: t.org.reps.ann.id, p: period },
        ),
      ).salesRep.incentiveStatement,
  };
}
