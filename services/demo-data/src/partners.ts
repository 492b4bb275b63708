import { addDays, addYears, deterministicUuid, SeededRandom, schoolYearOf, schoolYearStartingIn } from '@careergraph/kit';
import {
  CLUSTER_TOPICS,
  CONTACT_TITLES,
  GENERATED_PARTNER_KINDS,
  PARTNER_SPECS,
  type PartnerSpec,
  SITE_NAMES,
  WORKSITE_SPECS,
} from './partners-catalog';
import { FIRST_NAMES, LAST_NAMES, NEIGHBORHOODS } from './catalog';
import type { DemoContact, DemoOpportunity, DemoPartner, DemoWorksite, PartnersWorld } from './partners-world';
import type { StudentsWorld } from './students';

/** One kind of opportunity: where it sits on both continua and what it pays and needs. */
interface OpportunityKind {
  continuumType: string;
  cedsType: string;
  label: string;
  compensation: 'WAGE' | 'STIPEND' | 'UNPAID';
  clearance: 'LEVEL_I' | 'LEVEL_II';
  /** Days from start to end. */
  days: [number, number];
  grades: number[][];
  minimumAge: number;
  /** Only partners in one of these clusters offer it (clinical work is health care, SAE is agriculture). */
  clusters?: string[];
}

const k = (
  continuumType: string,
  cedsType: string,
  label: string,
  compensation: OpportunityKind['compensation'],
  clearance: OpportunityKind['clearance'],
  days: [number, number],
  grades: number[][],
  minimumAge: number,
  clusters?: string[],
): OpportunityKind => ({ continuumType, cedsType, label, compensation, clearance, days, grades, minimumAge, clusters });

const WORK_EXPERIENCE_DAYS = 42;
const MIDDLE_AND_HIGH = [[6, 7, 8], [6, 7, 8, 9, 10, 11, 12], [9, 10, 11, 12]];
const HIGH = [[9, 10, 11, 12], [10, 11, 12]];
const UPPER = [[11, 12], [10, 11, 12]];

// Level II covers one-day speakers and supervised visits; Level I one-on-one or unsupervised work (DOMAIN.md).
const KINDS: OpportunityKind[] = [
  k('CAREER_AWARENESS', 'OTHER', 'Career Day', 'UNPAID', 'LEVEL_II', [0, 0], MIDDLE_AND_HIGH, 11),
  k('CAREER_AWARENESS', 'MENTORSHIP', 'Guest Speaker Series', 'UNPAID', 'LEVEL_II', [0, 60], MIDDLE_AND_HIGH, 11),
  k('CAREER_EXPLORATION', 'JOB_SHADOWING', 'Job Shadow Day', 'UNPAID', 'LEVEL_II', [0, 2], HIGH, 14),
  k('CAREER_EXPLORATION', 'SIMULATED_WORKSITE', 'Mock Interview Clinic', 'UNPAID', 'LEVEL_II', [0, 1], HIGH, 14),
  k('TEAM_BASED_CHALLENGE', 'ENTREPRENEURSHIP', 'Innovation Challenge', 'STIPEND', 'LEVEL_II', [21, 60], HIGH, 14),
  k('TEAM_BASED_CHALLENGE', 'SCHOOL_BASED_ENTERPRISE', 'Student Enterprise Project', 'UNPAID', 'LEVEL_II', [30, 120], HIGH, 14),
  k('CAREER_DEVELOPMENT_EXPERIENCE', 'PAID_INTERNSHIP', 'Paid Internship', 'WAGE', 'LEVEL_I', [42, 84], UPPER, 16),
  k('CAREER_DEVELOPMENT_EXPERIENCE', 'UNPAID_INTERNSHIP', 'Internship', 'UNPAID', 'LEVEL_I', [42, 84], UPPER, 16),
  k('CAREER_DEVELOPMENT_EXPERIENCE', 'CLINICAL_WORK', 'Clinical Rotation', 'STIPEND', 'LEVEL_I', [42, 120], UPPER, 16, ['HEALTH_SCIENCE']),
  k('CAREER_DEVELOPMENT_EXPERIENCE', 'COOPERATIVE_EDUCATION', 'Co-op Placement', 'WAGE', 'LEVEL_I', [90, 180], UPPER, 16),
  k('CAREER_DEVELOPMENT_EXPERIENCE', 'SERVICE_LEARNING', 'Service Learning Project', 'UNPAID', 'LEVEL_I', [30, 90], HIGH, 14),
  k('CAREER_DEVELOPMENT_EXPERIENCE', 'SUPERVISED_AGRICULTURAL', 'Supervised Agricultural Experience', 'STIPEND', 'LEVEL_I', [60, 150], HIGH, 14,
    ['AGRICULTURE_FOOD_AND_NATURAL_RESOURCES']),
  k('PRE_APPRENTICESHIP', 'ON_THE_JOB', 'Pre-Apprenticeship', 'STIPEND', 'LEVEL_I', [90, 200], UPPER, 16),
  k('YOUTH_APPRENTICESHIP', 'APPRENTICESHIP', 'Youth Apprenticeship', 'WAGE', 'LEVEL_I', [150, 280], UPPER, 16),
  k('YOUTH_APPRENTICESHIP', 'ON_THE_JOB', 'Youth Apprenticeship On-the-Job Training', 'WAGE', 'LEVEL_I', [120, 240], UPPER, 16),
  k('APPRENTICESHIP', 'APPRENTICESHIP', 'Registered Apprenticeship', 'WAGE', 'LEVEL_I', [180, 300], [[12]], 17),
];

const WORK_EXPERIENCES = KINDS.filter((kind) => kind.days[0] >= WORK_EXPERIENCE_DAYS);

export interface PartnersWorldOptions {
  /** Partners in all; past the named ones, partners get generated names (district scale). Default: the named ones. */
  partners?: number;
  /** Worksites per partner, [min, max]. Default [1, 3]. */
  worksitesPerPartner?: [number, number];
  /** Opportunities in all. Default 150. */
  opportunities?: number;
  /**
   * School years before last whose opportunities ran under today's agreements: active partners
   * signed that much earlier, for that much longer. Default 0 (agreements from last July on).
   */
  historyYears?: number;
  /** The shares of opportunities planned in the current year and as drafts; the rest ran in earlier years. */
  plans?: { current: number; draft: number };
  /**
   * The share of opportunities (past the first of each kind) that are work experiences of six weeks
   * or more (internships, co-ops, apprenticeships), where a district's hours come from. Default:
   * every kind equally likely.
   */
  workExperienceShare?: number;
}

const DEMO_OPTIONS: Required<PartnersWorldOptions> = {
  partners: PARTNER_SPECS.length,
  worksitesPerPartner: [1, 3],
  opportunities: 150,
  historyYears: 0,
  plans: { current: 0.8, draft: 0.1 },
  workExperienceShare: 0,
};

/**
 * The partners slice of the demo world, coherent with every partners rule as of `students.asOf`:
 * only ACTIVE partners (current agreement and insurance) have PUBLISHED opportunities, published
 * opportunities end within their partner's agreement, and checks follow the clearance rules.
 */
export function generatePartnersWorld(students: StudentsWorld, options: PartnersWorldOptions = {}): PartnersWorld {
  const settings = { ...DEMO_OPTIONS, ...options };
  const random = new SeededRandom('careergraph-demo-partners');
  const asOf = students.asOf;
  const current = schoolYearOf(asOf);

  const specs = [...PARTNER_SPECS, ...generatedPartnerSpecs(settings.partners - PARTNER_SPECS.length)];
  const partners = specs.map((spec, i) => demoPartner(spec, i, asOf, random, settings.historyYears));
  const worksites: DemoWorksite[] = [];
  const contacts: DemoContact[] = [];
  partners.forEach((partner, p) => {
    const siteCount = random.int(...settings.worksitesPerPartner);
    random.sample(WORKSITE_SPECS, siteCount).forEach((site, s) => {
      worksites.push({
        id: deterministicUuid('worksite', `${p}:${s}`),
        partnerId: partner.id,
        name: `${partner.name} ${SITE_NAMES[s % SITE_NAMES.length]}`,
        street: site.street,
        city: 'Chicago',
        state: 'IL',
        postalCode: site.postalCode,
        transitAccess: site.transit,
        latitude: site.latitude,
        longitude: site.longitude,
      });
    });
    const domain = `${partner.name.toLowerCase().replace(/[^a-z0-9]+/g, '').slice(0, 24)}.example.org`;
    const contactCount = random.int(2, 4);
    for (let c = 0; c < contactCount; c++) {
      const firstName = random.pick(FIRST_NAMES);
      const lastName = random.pick(LAST_NAMES);
      const roles = c === 0 ? (random.chance(0.3) ? ['COORDINATOR', 'SUPERVISOR'] : ['COORDINATOR']) : ['SUPERVISOR'];
      contacts.push({
        id: deterministicUuid('partner-contact', `${p}:${c}`),
        partnerId: partner.id,
        firstName,
        lastName,
        title: random.pick(CONTACT_TITLES[roles.includes('SUPERVISOR') ? 'SUPERVISOR' : 'COORDINATOR']),
        email: `${firstName}.${lastName}${c}@${domain}`.toLowerCase().replace(/[^a-z0-9.@-]/g, ''),
        phone: random.chance(0.8) ? `(312) 555-${String(1000 + random.int(0, 8999))}` : null,
        roles,
        ...backgroundCheck(roles.includes('SUPERVISOR'), asOf, random),
      });
    }
  });

  const programsByCluster = new Map<string, string[]>();
  for (const program of students.programs) {
    programsByCluster.set(program.careerCluster, [...(programsByCluster.get(program.careerCluster) ?? []), program.id]);
  }
  const active = partners.filter((p) => p.status === 'ACTIVE');
  const onceActive = partners.filter((p) => ['ACTIVE', 'SUSPENDED', 'INACTIVE'].includes(p.status));
  const drafting = partners.filter((p) => ['ACTIVE', 'VETTING', 'PROSPECT'].includes(p.status));

  const sitesOf = new Map<string, DemoWorksite[]>();
  for (const site of worksites) sitesOf.set(site.partnerId, [...(sitesOf.get(site.partnerId) ?? []), site]);
  const { plans } = settings;
  const opportunities: DemoOpportunity[] = [];
  for (let i = 0; i < settings.opportunities; i++) {
    // The first pass walks every kind once so each continuum and CEDS type appears.
    const kind = i < KINDS.length ? KINDS[i] : random.pick(settings.workExperienceShare > 0 && random.chance(settings.workExperienceShare) ? WORK_EXPERIENCES : KINDS);
    const roll = i < KINDS.length ? 0 : random.next();
    const plan: 'current' | 'draft' | 'earlier' = roll < plans.current ? 'current' : roll < plans.current + plans.draft ? 'draft' : 'earlier';
    const pool = plan === 'current' ? active : plan === 'draft' ? drafting : onceActive;
    const fitting = pool.filter((p) => !kind.clusters || p.careerClusters.some((c) => kind.clusters!.includes(c)));
    const partner = random.pick(fitting.length > 0 ? fitting : active.filter((p) => p.careerClusters.some((c) => kind.clusters!.includes(c))));
    const clusters = kind.clusters ? partner.careerClusters.filter((c) => kind.clusters!.includes(c)) : partner.careerClusters;
    const careerCluster = random.pick(clusters);
    // An inactive partner's agreement covered the year before last only.
    const yearsBack = partner.status === 'INACTIVE' ? 2 : random.int(1, 2);
    const year = plan === 'earlier' ? schoolYearStartingIn(current.startYear - yearsBack) : current;
    let startDate = addDays(`${year.startYear}-08-25`, random.int(0, 250));
    if (plan === 'draft') startDate = addDays(asOf, random.int(14, 120));
    let endDate = addDays(startDate, random.int(kind.days[0], kind.days[1]));
    if (endDate > year.lastDay && plan !== 'draft') endDate = year.lastDay;
    if (startDate > endDate) startDate = endDate;
    // A published opportunity that already ran has been closed since.
    const status = plan === 'draft' ? 'DRAFT' : plan === 'earlier' || endDate < asOf ? 'CLOSED' : 'PUBLISHED';
    const partnerSites = sitesOf.get(partner.id)!;
    const programs = programsByCluster.get(careerCluster) ?? [];
    const topic = random.pick(CLUSTER_TOPICS[careerCluster]);
    const gradeLevels = random.pick(kind.grades);
    opportunities.push({
      id: deterministicUuid('opportunity', i),
      partnerId: partner.id,
      worksiteId: kind.continuumType === 'CAREER_AWARENESS' && random.chance(0.3) ? null : random.pick(partnerSites).id,
      title: `${topic} ${kind.label}`,
      description: `${kind.label} in ${topic.toLowerCase()} with ${partner.name}.`,
      continuumType: kind.continuumType,
      cedsType: kind.cedsType,
      careerCluster,
      programId: programs.length > 0 && random.chance(0.85) ? random.pick(programs) : null,
      startDate,
      endDate,
      slots: kind.continuumType === 'CAREER_AWARENESS' ? random.int(20, 150) : random.int(1, 12),
      compensationKind: kind.compensation,
      hourlyRate: hourlyRate(kind.compensation, random),
      minimumAge: gradeLevels[0] <= 8 ? 11 : kind.minimumAge,
      gradeLevels,
      requiredClearance: kind.clearance,
      status,
    });
  }
  return { partners, worksites, contacts, opportunities };
}

/** Each status comes with the paperwork it implies as of `asOf`. */
function demoPartner(spec: PartnerSpec, i: number, asOf: string, random: SeededRandom, historyYears: number): DemoPartner {
  const current = schoolYearOf(asOf);
  const base = {
    id: deterministicUuid('partner', i),
    name: spec.name,
    kind: spec.kind,
    industrySector: spec.sector,
    careerClusters: spec.clusters,
    status: spec.status,
    capacity: spec.kind === 'EMPLOYER' ? random.int(5, 60) : random.int(50, 500),
  };
  // Signed between last July and the start of this school year, for two years: it covers the
  // whole current school year, so every opportunity of the year ends within it.
  // With history, the agreement was signed that many years earlier and runs that much longer.
  const lastSigning = [addDays(`${current.startYear - 1}-07-15`, random.int(0, 365)), asOf, `${current.startYear}-08-15`].sort()[0];
  const signedOn = addYears(lastSigning, -historyYears);
  const agreement = { agreementSignedOn: signedOn, agreementExpiresOn: addYears(signedOn, 2 + historyYears) };
  switch (spec.status) {
    case 'ACTIVE':
      return { ...base, ...agreement, insuranceExpiresOn: addDays(asOf, random.int(60, 400)) };
    case 'SUSPENDED': {
      // Suspended after its insurance lapsed, some time after the agreement was signed.
      const earlierSigning = [signedOn, addDays(asOf, -120)].sort()[0];
      return { ...base, agreementSignedOn: earlierSigning, agreementExpiresOn: addYears(earlierSigning, 2), insuranceExpiresOn: addDays(asOf, -random.int(10, 90)) };
    }
    case 'INACTIVE': {
      const oldSigning = addDays(`${current.startYear - 3}-08-01`, random.int(0, 60));
      return { ...base, agreementSignedOn: oldSigning, agreementExpiresOn: addYears(oldSigning, 2), insuranceExpiresOn: addDays(asOf, -random.int(100, 300)) };
    }
    case 'VETTING':
      return random.chance(0.5)
        ? { ...base, agreementSignedOn: addDays(asOf, -random.int(1, 20)), agreementExpiresOn: addYears(asOf, 2), insuranceExpiresOn: null }
        : { ...base, agreementSignedOn: null, agreementExpiresOn: null, insuranceExpiresOn: addDays(asOf, random.int(30, 300)) };
    default:
      return { ...base, agreementSignedOn: null, agreementExpiresOn: null, insuranceExpiresOn: null };
  }
}

/**
 * Partners past the named ones (district scale): a neighborhood and a line of business make a
 * unique name; most are active employers, a few in every other status.
 */
function generatedPartnerSpecs(count: number): PartnerSpec[] {
  const statuses = ['ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'PROSPECT', 'VETTING', 'SUSPENDED', 'INACTIVE'];
  return Array.from({ length: Math.max(0, count) }, (_, i) => {
    const line = GENERATED_PARTNER_KINDS[i % GENERATED_PARTNER_KINDS.length];
    const neighborhood = NEIGHBORHOODS[Math.floor(i / GENERATED_PARTNER_KINDS.length) % NEIGHBORHOODS.length];
    const round = Math.floor(i / (GENERATED_PARTNER_KINDS.length * NEIGHBORHOODS.length));
    return {
      name: `${neighborhood} ${line.name}${round > 0 ? ` ${round + 1}` : ''}`,
      kind: line.kind,
      sector: line.sector,
      clusters: line.clusters,
      status: statuses[i % statuses.length],
    };
  });
}

/** Supervisors mostly hold a current clearance; some are pending, denied or expired. Coordinators may have none. */
function backgroundCheck(supervisor: boolean, asOf: string, random: SeededRandom) {
  const none = { clearanceLevel: null, clearanceStatus: null, clearedOn: null, clearanceExpiresOn: null };
  if (!supervisor && random.chance(0.6)) return none;
  const level = random.chance(0.65) ? 'LEVEL_I' : 'LEVEL_II';
  const outcome = random.weighted([['CURRENT', 80], ['PENDING', 8], ['DENIED', 4], ['EXPIRED', 8]] as const);
  if (outcome === 'PENDING' || outcome === 'DENIED') return { ...none, clearanceLevel: level, clearanceStatus: outcome };
  // Level I is renewed yearly (DOMAIN.md); Level II is taken to last two years.
  const years = level === 'LEVEL_I' ? 1 : 2;
  const age = outcome === 'CURRENT' ? random.int(5, 360 * years - 5) : random.int(370 * years, 370 * years + 200);
  const clearedOn = addDays(asOf, -age);
  return { clearanceLevel: level, clearanceStatus: 'CLEARED', clearedOn, clearanceExpiresOn: addYears(clearedOn, years) };
}

/** Wages sit above the Illinois youth minimum ($13.00 in 2025); stipends are smaller hourly amounts. */
function hourlyRate(kind: string, random: SeededRandom): number | null {
  if (kind === 'UNPAID') return null;
  const cents = kind === 'WAGE' ? random.int(1500, 2100) : random.int(800, 1500);
  return Math.round(cents / 25) * 0.25;
}

/**
 * The history a partner's status implies: registered as a PROSPECT, vetted, activated when its
 * first agreement was signed, and then suspended when its insurance lapsed or made inactive when
 * its agreement ran out. Partners that were ever active joined three school years ago.
 */
export function partnerStatusHistory(partner: DemoPartner, asOf: string) {
  const firstYear = schoolYearOf(asOf).startYear - 3;
  const entries: { toStatus: string; reason: string; on: string }[] = [];
  const step = (toStatus: string, reason: string, on: string) => entries.push({ toStatus, reason, on });
  if (partner.status === 'PROSPECT' || partner.status === 'VETTING') {
    const registered = addDays(partner.agreementSignedOn ?? asOf, -60);
    step('PROSPECT', 'Registered as a prospect', registered);
    if (partner.status === 'VETTING') step('VETTING', 'Agreement and insurance requested', addDays(registered, 20));
  } else {
    const activated = partner.status === 'INACTIVE' ? partner.agreementSignedOn! : `${firstYear}-08-01`;
    step('PROSPECT', 'Registered as a prospect', addDays(activated, -60));
    step('VETTING', 'Agreement and insurance requested', addDays(activated, -40));
    step('ACTIVE', 'Agreement and insurance on file', activated);
    if (partner.status === 'SUSPENDED') step('SUSPENDED', 'Insurance certificate lapsed', addDays(partner.insuranceExpiresOn!, 1));
    if (partner.status === 'INACTIVE') step('INACTIVE', 'Agreement expired and was not renewed', addDays(partner.agreementExpiresOn!, 1));
  }
  return entries.map((entry, i) => ({
    id: deterministicUuid('partner-status-change', `${partner.id}:${i}`),
    partnerId: partner.id,
    fromStatus: i === 0 ? null : entries[i - 1].toStatus,
    toStatus: entry.toStatus,
    reason: entry.reason,
    changedBy: 'demo-seed',
    changedAt: new Date(`${entry.on}T15:00:00Z`),
  }));
}
