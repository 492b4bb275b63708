import { type CareerGraphClaims, type Role, schoolYearOf, today } from '@careergraph/kit';
import type { DataSource } from 'typeorm';

type DataSources = Record<string, DataSource>;

/** The demo records each role's test identity is scoped to. */
export interface DemoIdentities {
  student: string;
  school: string;
  partner: string;
  department: 'CTE';
  scopes: Record<Role, Omit<CareerGraphClaims, 'role'>>;
}

async function ids(dataSource: DataSource, sql: string, params: unknown[] = []): Promise<string[]> {
  return ((await dataSource.query(sql, params)) as { id: string }[]).map((row) => row.id);
}

async function first(dataSource: DataSource, what: string, sql: string, params: unknown[] = []): Promise<string> {
  const [id] = await ids(dataSource, `${sql} LIMIT 1`, params);
  if (!id) throw new Error(`the demo world has no ${what}`);
  return id;
}

/**
 * A student with a live placement and an award, at the school they attend now: their school, the
 * partner they are placed with and the CTE department scope the other identities, so each role's
 * own records exist.
 */
export async function demoIdentities(dataSources: DataSources): Promise<DemoIdentities> {
  const placed = (await dataSources.placements.query(
    `SELECT student_id, partner_id, school_id FROM placements.placements
      WHERE status NOT IN ('DECLINED', 'WITHDRAWN') ORDER BY student_id, id`,
  )) as { student_id: string; partner_id: string; school_id: string }[];
  const awarded = new Set(await ids(dataSources.credentials, 'SELECT DISTINCT student_id AS id FROM credentials.credential_awards'));
  const schoolOf = new Map(
    ((await dataSources.students.query('SELECT id, school_id FROM students.students')) as { id: string; school_id: string }[]).map((s) => [s.id, s.school_id]),
  );
  const chosen = placed.find((p) => awarded.has(p.student_id) && schoolOf.get(p.student_id) === p.school_id);
  if (!chosen) throw new Error('the demo world has no placed, awarded student at their current school');
  return {
    student: chosen.student_id,
    school: chosen.school_id,
    partner: chosen.partner_id,
    department: 'CTE',
    scopes: {
      DISTRICT_ADMIN: {},
      ANALYST: {},
      DEPARTMENT_STAFF: { department: 'CTE' },
      SCHOOL_STAFF: { schoolIds: [chosen.school_id] },
      PARTNER_USER: { partnerId: chosen.partner_id },
      STUDENT: { studentId: chosen.student_id },
    },
  };
}

/** A record in the role's scope, and (for OWN cells) one outside it. */
export interface Sample {
  inScope: string;
  outOfScope: string;
}

type SampleFor = (dataSources: DataSources, identities: DemoIdentities, role: Role) => Promise<Sample>;

/** A student in none of the identities' scopes: another school, not placed with the partner, no CTE program. */
async function outsider(dataSources: DataSources, identities: DemoIdentities): Promise<string> {
  const withPartner = new Set(await ids(dataSources.placements, 'SELECT student_id AS id FROM placements.placements WHERE partner_id = $1', [identities.partner]));
  const candidates = await ids(
    dataSources.students,
    `SELECT s.id FROM students.students s
      WHERE s.school_id <> $1 AND s.id <> $2
        AND NOT EXISTS (SELECT 1 FROM students.program_enrollments e JOIN students.programs p ON p.id = e.program_id
                         WHERE e.student_id = s.id AND p.department = 'CTE')
      ORDER BY s.id LIMIT 50`,
    [identities.school, identities.student],
  );
  const id = candidates.find((candidate) => !withPartner.has(candidate));
  if (!id) throw new Error('the demo world has no student outside every test scope');
  return id;
}

const cteStudent = (dataSources: DataSources) =>
  first(
    dataSources.students,
    'student in a CTE program',
    `SELECT e.student_id AS id FROM students.program_enrollments e JOIN students.programs p ON p.id = e.program_id
      WHERE p.department = 'CTE' ORDER BY e.student_id`,
  );

/** A partner with a published opportunity (what a STUDENT reaches), else the identity's partner. */
async function partnerFor(dataSources: DataSources, identities: DemoIdentities, role: Role): Promise<string> {
  if (role !== 'STUDENT') return identities.partner;
  return first(dataSources.partners, 'partner with a published opportunity', `SELECT partner_id AS id FROM partners.opportunities WHERE status = 'PUBLISHED' ORDER BY partner_id`);
}

const otherPartner = (dataSources: DataSources, identities: DemoIdentities) =>
  first(
    dataSources.partners,
    'partner without published opportunities',
    `SELECT p.id FROM partners.partners p WHERE p.id <> $1
        AND NOT EXISTS (SELECT 1 FROM partners.opportunities o WHERE o.partner_id = p.id AND o.status = 'PUBLISHED') ORDER BY p.id`,
    [identities.partner],
  );

const ofPartner = (table: string): SampleFor => async (dataSources, identities, role) => ({
  inScope: await first(dataSources.partners, table, `SELECT id FROM partners.${table} WHERE partner_id = $1 ORDER BY id`, [await partnerFor(dataSources, identities, role)]),
  outOfScope: await first(dataSources.partners, table, `SELECT id FROM partners.${table} WHERE partner_id = $1 ORDER BY id`, [await otherPartner(dataSources, identities)]),
});

/** Per entity type: how to find a record in and out of each role's scope in the demo world. */
export const SAMPLES: Record<string, SampleFor> = {
  Student: async (dataSources, identities, role) => ({
    inScope: role === 'DEPARTMENT_STAFF' ? await cteStudent(dataSources) : identities.student,
    outOfScope: await outsider(dataSources, identities),
  }),
  School: async (dataSources, identities) => ({
    inScope: identities.school,
    outOfScope: await first(dataSources.students, 'second school', 'SELECT id FROM students.schools WHERE id <> $1 ORDER BY id', [identities.school]),
  }),
  Program: async (dataSources) => ({
    inScope: await first(dataSources.students, 'CTE program', `SELECT id FROM students.programs WHERE department = 'CTE' ORDER BY id`),
    outOfScope: await first(dataSources.students, 'non-CTE program', `SELECT id FROM students.programs WHERE department <> 'CTE' ORDER BY id`),
  }),
  Partner: async (dataSources, identities, role) => ({
    inScope: await partnerFor(dataSources, identities, role),
    outOfScope: await otherPartner(dataSources, identities),
  }),
  Worksite: ofPartner('worksites'),
  PartnerContact: ofPartner('partner_contacts'),
  Opportunity: async (dataSources, identities, role) => ({
    inScope: await first(
      dataSources.partners,
      'opportunity',
      `SELECT id FROM partners.opportunities WHERE ($1::text = 'STUDENT' AND status = 'PUBLISHED') OR ($1::text <> 'STUDENT' AND partner_id = $2)
        ORDER BY (status = 'PUBLISHED') DESC, id`,
      [role, identities.partner],
    ),
    outOfScope: await first(
      dataSources.partners,
      'unpublished opportunity of another partner',
      `SELECT id FROM partners.opportunities WHERE partner_id <> $1 AND status <> 'PUBLISHED' ORDER BY id`,
      [identities.partner],
    ),
  }),
  Placement: async (dataSources, identities, role) => ({
    inScope:
      role === 'DEPARTMENT_STAFF'
        ? await first(dataSources.placements, 'CTE placement', `SELECT id FROM placements.placements WHERE department = 'CTE' ORDER BY id`)
        : await first(dataSources.placements, 'identity placement', 'SELECT id FROM placements.placements WHERE student_id = $1 AND partner_id = $2 ORDER BY id', [
            identities.student,
            identities.partner,
          ]),
    outOfScope: await first(
      dataSources.placements,
      'placement outside every scope',
      `SELECT id FROM placements.placements WHERE student_id <> $1 AND partner_id <> $2 AND school_id <> $3
          AND department IS DISTINCT FROM 'CTE' ORDER BY id`,
      [identities.student, identities.partner, identities.school],
    ),
  }),
  // Every role that reads aggregates reads every year's; there is no narrower scope.
  SchoolYear: async () => {
    const id = schoolYearOf(today()).id;
    return { inScope: id, outOfScope: id };
  },
  Credential: async (dataSources) => {
    const id = await first(dataSources.credentials, 'credential', 'SELECT id FROM credentials.credentials ORDER BY id');
    return { inScope: id, outOfScope: id };
  },
  // Staff reach every experience; a host partner's users the ones it hosts (the district fair has
  // every active partner); students every one not in DRAFT.
  Experience: async (dataSources, identities, role) => ({
    inScope: await first(
      dataSources.experiences,
      'experience',
      `SELECT id FROM experiences.experiences WHERE status <> 'DRAFT' AND ($1::text <> 'PARTNER_USER' OR $2::uuid = ANY(host_partner_ids)) ORDER BY id`,
      [role, identities.partner],
    ),
    outOfScope: await first(
      dataSources.experiences,
      'draft experience another partner hosts',
      `SELECT id FROM experiences.experiences WHERE status = 'DRAFT' AND NOT $1::uuid = ANY(host_partner_ids) ORDER BY id`,
      [identities.partner],
    ),
  }),
  CredentialAward: async (dataSources, identities, role) => {
    const atSchool = new Set(await ids(dataSources.students, 'SELECT id FROM students.students WHERE school_id = $1', [identities.school]));
    const awards = (await dataSources.credentials.query(
      'SELECT id, student_id, school_id, department FROM credentials.credential_awards ORDER BY id',
    )) as { id: string; student_id: string; school_id: string; department: string | null }[];
    const inScope = awards.find((award) =>
      role === 'DEPARTMENT_STAFF' ? award.department === 'CTE' : role === 'SCHOOL_STAFF' ? award.school_id === identities.school : award.student_id === identities.student,
    );
    const outOfScope = awards.find(
      (award) => award.student_id !== identities.student && award.school_id !== identities.school && !atSchool.has(award.student_id) && award.department !== 'CTE',
    );
    if (!inScope || !outOfScope) throw new Error(`the demo world has no CredentialAward samples for ${role}`);
    return { inScope: inScope.id, outOfScope: outOfScope.id };
  },
};
