import { ConfigError, loadSubgraphTypeDefs } from '@careergraph/kit';
import { Kind } from 'graphql';
import { DEFAULT_HAZARDOUS_OCCUPATION_RULES, HAZARDOUS_OCCUPATIONS, loadHazardousOccupationRules } from './hazardous-occupations';

describe('hazardous-occupation table (29 CFR 570)', () => {
  it('has an age for exactly the categories an opportunity may declare (schema/partners.graphql)', () => {
    const enumNode = loadSubgraphTypeDefs('partners').definitions.find(
      (d) => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === 'HazardousOccupation',
    );
    const declared = enumNode && 'values' in enumNode ? (enumNode.values ?? []).map((v) => v.name.value) : [];
    expect(Object.keys(HAZARDOUS_OCCUPATIONS).sort()).toEqual([...declared].sort());
  });

  it('bars the 17 Hazardous Occupations Orders under 18 and the 570.33 occupations under 16', () => {
    const orders = Object.values(HAZARDOUS_OCCUPATIONS).filter((rule) => rule.source.startsWith('HO '));
    expect(orders).toHaveLength(17);
    expect(orders.every((rule) => rule.minimumAge === 18)).toBe(true);
    expect(DEFAULT_HAZARDOUS_OCCUPATION_RULES).toMatchObject({ ROOFING: 18, EXCAVATION: 18, MANUFACTURING_MINING_OR_PROCESSING: 16, CONSTRUCTION: 16 });
  });

  it('lets HAZARDOUS_OCCUPATION_RULES raise single ages', () => {
    expect(loadHazardousOccupationRules(undefined)).toBe(DEFAULT_HAZARDOUS_OCCUPATION_RULES);
    expect(loadHazardousOccupationRules('{"CONSTRUCTION": 18}')).toEqual({ ...DEFAULT_HAZARDOUS_OCCUPATION_RULES, CONSTRUCTION: 18 });
  });

  it.each([
    ['not JSON', '{'],
    ['a list', '[16]'],
    ['an unknown category', '{"JUGGLING": 16}'],
    ['an age below the federal floor', '{"ROOFING": 16}'],
    ['a fractional age', '{"CONSTRUCTION": 16.5}'],
  ])('refuses %s', (_case, json) => {
    expect(() => loadHazardousOccupationRules(json)).toThrow(ConfigError);
  });
});
