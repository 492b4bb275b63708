import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { parse, print } from 'graphql';
import { FetchWaves } from './fetch-waves';
import { SubgraphBatcher } from './subgraph-batching';

type Context = { requestId: string };
type Options = GraphQLDataSourceProcessOptions<Context>;

const entities = (type: string, fields: string) =>
  `query Plan__${type}($representations:[_Any!]!){_entities(representations:$representations){...on ${type}{${fields}}}}`;
const PARTNER = entities('Partner', 'id name');
const WORKSITE = entities('Worksite', 'id city');
const CONTACT = entities('PartnerContact', 'id email');

/** A client operation's fetch, as Apollo's plan executor hands it to the data source. */
const fetchOf = (context: Context, query: string, id: string) =>
  ({ kind: 'incoming operation', context, incomingRequestContext: {}, request: { query, variables: { representations: [{ id }] } } }) as unknown as Options;

/** Sends each wave's fetches, answering every `_entities` alias with the representations it was sent. */
function batcher() {
  const sent: Options['request'][] = [];
  const subgraph = new SubgraphBatcher<Context>(async ({ request }) => {
    sent.push(request);
    const data: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(request.variables ?? {})) {
      // Merged variables are prefixed like the root fields' aliases (`_v0_representations` → `_v0__entities`).
      data[name.replace('representations', '_entities')] = (value as { id: string }[]).map(({ id }) => ({ id }));
    }
    return { data };
  }, new FetchWaves<Context>());
  return { sent, process: (context: Context, query: string, id: string) => subgraph.process(fetchOf(context, query, id)) };
}

describe('SubgraphBatcher', () => {
  it('sends one fetch unchanged, and a wave of fetches to one subgraph as one merged operation', async () => {
    const { sent, process } = batcher();
    expect(await process({ requestId: 'one' }, PARTNER, 'p1')).toEqual({ data: { _entities: [{ id: 'p1' }] } });
    expect(sent.map((request) => request.query)).toEqual([PARTNER]);
    const context = { requestId: 'two' };
    const answers = await Promise.all([process(context, PARTNER, 'p2'), process(context, WORKSITE, 'w2')]);
    expect(answers).toEqual([{ data: { _entities: [{ id: 'p2' }] } }, { data: { _entities: [{ id: 'w2' }] } }]);
    expect(sent).toHaveLength(2);
    expect(print(parse(sent[1].query!))).toBe(sent[1].query);
    expect(sent[1].query).toMatch(/_v0__entities: _entities\(representations: \$_v0_representations\)[\s\S]*_v1__entities/);
  });

  it('sends the text each combination of fetches merges to, reused or not', async () => {
    const { sent, process } = batcher();
    const combinations = [[PARTNER, WORKSITE], [WORKSITE, PARTNER], [PARTNER, WORKSITE], [PARTNER, WORKSITE, CONTACT], [WORKSITE, PARTNER]];
    for (const [index, queries] of combinations.entries()) {
      const context = { requestId: `r${index}` };
      await Promise.all(queries.map((query, i) => process(context, query, `${index}-${i}`)));
    }
    const texts = sent.map((request) => request.query);
    // Each is its own merge: the fetches' operations in order, aliased by position.
    const typesIn = (text: string) => [...text.matchAll(/\.\.\. on (\w+)/g)].map((match) => match[1]);
    expect(texts.map((text) => typesIn(text!))).toEqual([
      ['Partner', 'Worksite'],
      ['Worksite', 'Partner'],
      ['Partner', 'Worksite'],
      ['Partner', 'Worksite', 'PartnerContact'],
      ['Worksite', 'Partner'],
    ]);
    expect(texts[2]).toBe(texts[0]);
    expect(texts[4]).toBe(texts[1]);
    expect(texts[1]).not.toBe(texts[0]);
    expect(sent[2].variables).toEqual({ _v0_representations: [{ id: '2-0' }], _v1_representations: [{ id: '2-1' }] });
  });
});
