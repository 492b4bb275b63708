import { ConfigError } from '@careergraph/kit';

/**
 * Federal child-labor rules on hazardous work (FLSA, 29 CFR part 570): the youngest age at which a
 * student may be placed in each hazardous-occupation category an opportunity can declare
 * (`Opportunity.hazardousOccupation`, partners subgraph). States may be stricter, so the ages are
 * configuration: HAZARDOUS_OCCUPATION_RULES (JSON, category → minimum age) raises any of them; the
 * federal ages are a floor no override may go below.
 */
export const HAZARDOUS_OCCUPATIONS = {
  // The 17 Hazardous Occupations Orders (29 CFR 570.51–570.68): barred under 18.
  EXPLOSIVES: { minimumAge: 18, source: 'HO 1, 29 CFR 570.51' },
  MOTOR_VEHICLE_DRIVING: { minimumAge: 18, source: 'HO 2, 29 CFR 570.52' },
  COAL_MINING: { minimumAge: 18, source: 'HO 3, 29 CFR 570.53' },
  FORESTRY_LOGGING_AND_SAWMILLING: { minimumAge: 18, source: 'HO 4, 29 CFR 570.54' },
  POWER_DRIVEN_WOODWORKING_MACHINES: { minimumAge: 18, source: 'HO 5, 29 CFR 570.55' },
  RADIOACTIVE_SUBSTANCES: { minimumAge: 18, source: 'HO 6, 29 CFR 570.57' },
  POWER_DRIVEN_HOISTING_APPARATUS: { minimumAge: 18, source: 'HO 7, 29 CFR 570.58' },
  POWER_DRIVEN_METAL_FORMING_MACHINES: { minimumAge: 18, source: 'HO 8, 29 CFR 570.59' },
  MINING_OTHER_THAN_COAL: { minimumAge: 18, source: 'HO 9, 29 CFR 570.60' },
  MEAT_AND_POULTRY_PROCESSING: { minimumAge: 18, source: 'HO 10, 29 CFR 570.61' },
  POWER_DRIVEN_BAKERY_MACHINES: { minimumAge: 18, source: 'HO 11, 29 CFR 570.62' },
  BALERS_COMPACTORS_AND_PAPER_PRODUCTS_MACHINES: { minimumAge: 18, source: 'HO 12, 29 CFR 570.63' },
  BRICK_AND_TILE_MANUFACTURING: { minimumAge: 18, source: 'HO 13, 29 CFR 570.64' },
  POWER_DRIVEN_SAWS_AND_SHEARS: { minimumAge: 18, source: 'HO 14, 29 CFR 570.65' },
  WRECKING_DEMOLITION_AND_SHIPBREAKING: { minimumAge: 18, source: 'HO 15, 29 CFR 570.66' },
  ROOFING: { minimumAge: 18, source: 'HO 16, 29 CFR 570.67' },
  EXCAVATION: { minimumAge: 18, source: 'HO 17, 29 CFR 570.68' },
  // Occupations barred to 14- and 15-year-olds (29 CFR 570.33): barred under 16.
  MANUFACTURING_MINING_OR_PROCESSING: { minimumAge: 16, source: '29 CFR 570.33(a)' },
  POWER_DRIVEN_MACHINERY: { minimumAge: 16, source: '29 CFR 570.33' },
  CONSTRUCTION: { minimumAge: 16, source: '29 CFR 570.33' },
  TRANSPORTATION_WAREHOUSING_AND_UTILITIES: { minimumAge: 16, source: '29 CFR 570.33' },
  BOILER_ROOM_AND_MACHINE_MAINTENANCE: { minimumAge: 16, source: '29 CFR 570.33' },
  LOADING_AND_UNLOADING: { minimumAge: 16, source: '29 CFR 570.33' },
  LADDERS_AND_SCAFFOLDS: { minimumAge: 16, source: '29 CFR 570.33' },
} as const;

export type HazardousOccupation = keyof typeof HAZARDOUS_OCCUPATIONS;

/** Category → the youngest age (on the placement's start date) a student may be placed in it. */
export type HazardousOccupationRules = Record<HazardousOccupation, number>;

export const DEFAULT_HAZARDOUS_OCCUPATION_RULES = Object.fromEntries(
  Object.entries(HAZARDOUS_OCCUPATIONS).map(([category, rule]) => [category, rule.minimumAge]),
) as HazardousOccupationRules;

/** Defaults overridden by the JSON in HAZARDOUS_OCCUPATION_RULES; a malformed override fails startup. */
export function loadHazardousOccupationRules(json: string | undefined): HazardousOccupationRules {
  if (!json) return DEFAULT_HAZARDOUS_OCCUPATION_RULES;
  let override: unknown;
  try {
    override = JSON.parse(json);
  } catch {
    throw new ConfigError(['HAZARDOUS_OCCUPATION_RULES must be a JSON object']);
  }
  if (typeof override !== 'object' || override === null || Array.isArray(override)) {
    throw new ConfigError(['HAZARDOUS_OCCUPATION_RULES must be a JSON object']);
  }
  const problems: string[] = [];
  for (const [key, value] of Object.entries(override)) {
    if (!(key in HAZARDOUS_OCCUPATIONS)) problems.push(`HAZARDOUS_OCCUPATION_RULES has an unknown category "${key}"`);
    else if (!Number.isInteger(value) || (value as number) > 21) problems.push(`HAZARDOUS_OCCUPATION_RULES.${key} must be a whole age up to 21`);
    else if ((value as number) < HAZARDOUS_OCCUPATIONS[key as HazardousOccupation].minimumAge) {
      const { minimumAge, source } = HAZARDOUS_OCCUPATIONS[key as HazardousOccupation];
      problems.push(`HAZARDOUS_OCCUPATION_RULES.${key} must not be below the federal minimum age ${minimumAge} (${source})`);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return { ...DEFAULT_HAZARDOUS_OCCUPATION_RULES, ...(override as Partial<HazardousOccupationRules>) };
}
