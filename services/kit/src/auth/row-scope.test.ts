import { type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import type { Caller, CallerRole } from './caller';
import { anyOfRows, defineScope, rowsRelated, rowsWhere, scopedCaller } from './row-scope';

interface Visit {
  id: string;
  schoolId: string;
  partnerId: string;
  studentId: string;
}

const caller = (role: CallerRole, scope: Partial<Caller['scope']> = {}): Caller => ({ subject: 'u', role, scope: { schoolIds: [], ...scope } });

const checked: string[] = [];
const visitScope = defineScope<Visit, { caller: Caller; favourites: Set<string> }>({
  entity: 'Visit',
  columns: { schoolId: 'school_id', partnerId: 'partner_id', studentId: 'student_id' },
  rules: {
    DISTRICT_ADMIN: () => 'ALL',
    SCHOOL_STAFF: (c) =>
      anyOfRows(
        rowsWhere({ schoolId: c.schoolIds }),
        rowsRelated({
          check: (visit: Visit, context: { favourites: Set<string> }) => {
            checked.push(visit.id);
            return context.favourites.has(visit.id);
          },
        }),
      ),
    PARTNER_USER: (c) =>
      rowsRelated({ check: () => false, sql: (alias) => ({ clause: `${alias}.partner_id = :hostPartner`, params: { hostPartner: c.partnerId } }) }),
    STUDENT: (c) => rowsWhere({ studentId: c.studentId }),
  },
});

const visit: Visit = { id: 'v1', schoolId: 's1', partnerId: 'p1', studentId: 'st1' };

/** Records what a repository's query builder would be given. */
function recorder() {
  const calls: [string, Record<string, unknown> | undefined][] = [];
  const qb = { andWhere: (sql: string, params?: Record<string, unknown>) => (calls.push([sql, params]), qb) };
  return { qb: qb as unknown as SelectQueryBuilder<ObjectLiteral>, calls };
}

describe('EntityScope', () => {
  it('types each role with its claim and refuses a caller whose claim is missing', () => {
    expect(scopedCaller(caller('SCHOOL_STAFF', { schoolIds: ['s1'] }))).toEqual({ role: 'SCHOOL_STAFF', subject: 'u', schoolIds: ['s1'] });
    expect(scopedCaller(caller('SCHOOL_STAFF'))).toBeUndefined();
    expect(scopedCaller(caller('PARTNER_USER'))).toBeUndefined();
    expect(visitScope.contains({ caller: caller('STUDENT'), favourites: new Set() }, visit)).toBe(false);
  });

  it('decides one record from the same declaration the list narrowing uses', async () => {
    const favourites = new Set(['v1']);
    expect(visitScope.contains({ caller: caller('DISTRICT_ADMIN'), favourites }, visit)).toBe(true);
    expect(visitScope.contains({ caller: caller('STUDENT', { studentId: 'st1' }), favourites }, visit)).toBe(true);
    expect(visitScope.contains({ caller: caller('STUDENT', { studentId: 'st2' }), favourites }, visit)).toBe(false);
    // A column match decides without the related lookup; otherwise the lookup decides.
    checked.length = 0;
    expect(visitScope.contains({ caller: caller('SCHOOL_STAFF', { schoolIds: ['s1'] }), favourites: new Set() }, visit)).toBe(true);
    expect(checked).toEqual([]);
    expect(await visitScope.contains({ caller: caller('SCHOOL_STAFF', { schoolIds: ['s9'] }), favourites }, visit)).toBe(true);
    expect(await visitScope.contains({ caller: caller('SCHOOL_STAFF', { schoolIds: ['s9'] }), favourites: new Set() }, visit)).toBe(false);
    // A role without a rule reaches nothing.
    expect(visitScope.contains({ caller: caller('ANALYST'), favourites }, visit)).toBe(false);
  });

  it('narrows a list in SQL by column, by a related rule that has SQL, and to nothing for a role without a rule', () => {
    const staff = recorder();
    visitScope.rowsFor(caller('SCHOOL_STAFF', { schoolIds: ['s1', 's2'] })).applyTo(staff.qb, 'v');
    // The related rule has no SQL (it only admits single records), so the list holds the schools' visits.
    expect(staff.calls).toEqual([['(v.school_id IN (:...scopeVisit0schoolId))', { scopeVisit0schoolId: ['s1', 's2'] }]]);

    const partner = recorder();
    visitScope.rowsFor(caller('PARTNER_USER', { partnerId: 'p1' })).applyTo(partner.qb, 'v');
    expect(partner.calls).toEqual([['(v.partner_id = :hostPartner)', { hostPartner: 'p1' }]]);

    const admin = recorder();
    expect(visitScope.rowsFor(caller('DISTRICT_ADMIN')).unrestricted).toBe(true);
    visitScope.rowsFor(caller('DISTRICT_ADMIN')).applyTo(admin.qb, 'v');
    expect(admin.calls).toEqual([]);

    const analyst = recorder();
    visitScope.rowsFor(caller('ANALYST')).applyTo(analyst.qb, 'v');
    expect(analyst.calls).toEqual([['1 = 0', undefined]]);
  });

  it('refuses a record outside the scope with OUTSIDE_SCOPE naming the input', async () => {
    await expect(
      visitScope.require({ caller: caller('STUDENT', { studentId: 'st2' }), favourites: new Set() }, visit, { field: 'input.visitId', what: 'visit v1' }),
    ).rejects.toMatchObject({ message: 'input.visitId: visit v1 is outside the scope of this STUDENT', extensions: { code: 'FORBIDDEN', rule: 'OUTSIDE_SCOPE', field: 'input.visitId' } });
  });
});
