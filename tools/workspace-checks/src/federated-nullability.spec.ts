import { buildASTSchema, parse } from 'graphql';
import { nonNullAcrossSubgraphs, supergraphSchema } from './federated-nullability';

describe('partial answers by design (docs/architecture.md#errors)', () => {
  it('keeps nullable every field one subgraph adds to another’s entity and every field returning another subgraph’s entity', () => {
    expect(nonNullAcrossSubgraphs(supergraphSchema())).toEqual([]);
  });

  it('would name such a field', () => {
    const sdl = `
      directive @join__type(graph: join__Graph!, key: String, resolvable: Boolean = true) repeatable on OBJECT
      directive @join__field(graph: join__Graph, external: Boolean) repeatable on FIELD_DEFINITION
      enum join__Graph { A B }
      type Query @join__type(graph: A) @join__type(graph: B) { order: Order @join__field(graph: A) }
      type Rep @join__type(graph: A, key: "id", resolvable: false) @join__type(graph: B, key: "id") {
        id: ID!
        name: String! @join__field(graph: B)
        email: String! @join__field(graph: B)
      }
      type Order @join__type(graph: A, key: "id") @join__type(graph: B, key: "id") {
        id: ID!
        total: Int! @join__field(graph: A)
        note: String @join__field(graph: A)
        rep: Rep! @join__field(graph: A)
        score: Int! @join__field(graph: B)
      }`;
    expect(nonNullAcrossSubgraphs(buildASTSchema(parse(sdl), { assumeValid: true, assumeValidSDL: true }))).toEqual([
      'Order.rep: returns Rep, which B owns, yet not nullable',
      'Order.score: added by B to an entity A owns, yet not nullable',
    ]);
  });
});
