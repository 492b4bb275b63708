import { addYears, isUuid } from '@careergraph/kit';
import { generatePartnersWorld, partnerStatusHistory } from './partners';
import { generateStudentsWorld } from './students';

describe('the demo partners world', () => {
  const students = generateStudentsWorld({ students: 200, asOf: '2026-11-22' });
  const world = generatePartnersWorld(students);
  const asOf = students.asOf;
  const partners = new Map(world.partners.map((p) => [p.id, p]));

  it('is the same on every run', () => {
    expect(generatePartnersWorld(students)).toEqual(world);
  });

  it('has about 60 partners of every kind and status, with the names other services look up', () => {
    expect(world.partners.length).toBeGreaterThanOrEqual(55);
    expect(new Set(world.partners.map((p) => p.kind)).size).toBe(6);
    expect(new Set(world.partners.map((p) => p.status))).toEqual(new Set(['PROSPECT', 'VETTING', 'ACTIVE', 'SUSPENDED', 'INACTIVE']));
    expect(new Set(world.partners.map((p) => p.name.toLowerCase())).size).toBe(world.partners.length);
    const byName = new Map(world.partners.map((p) => [p.name, p]));
    expect(byName.get('City Colleges of Chicago')).toMatchObject({ kind: 'POSTSECONDARY_INSTITUTION', status: 'ACTIVE' });
    expect(byName.get('GPS Education Partners')).toMatchObject({ kind: 'INTERMEDIARY', status: 'ACTIVE' });
    expect(byName.get('GPS Education Partners')!.careerClusters[0]).toBe('MANUFACTURING');
    for (const name of ['National Center for Construction Education and Research', 'CompTIA', 'National Restaurant Association', 'American Welding Society']) {
      expect(byName.get(name)?.kind).toBe('INDUSTRY_ASSOCIATION');
    }
    for (const name of ['Illinois State Board of Education', 'Illinois Department of Public Health']) {
      expect(byName.get(name)?.kind).toBe('GOVERNMENT_AGENCY');
    }
  });

  it('keeps every partner within the partner rules', () => {
    for (const partner of world.partners) {
      expect(isUuid(partner.id)).toBe(true);
      expect(partner.capacity).toBeGreaterThanOrEqual(1);
      expect(partner.careerClusters.length).toBeGreaterThan(0);
      expect(new Set(partner.careerClusters).size).toBe(partner.careerClusters.length);
      if (partner.agreementSignedOn) {
        expect(partner.agreementExpiresOn! > partner.agreementSignedOn).toBe(true);
        expect(partner.agreementSignedOn <= asOf).toBe(true);
      }
      if (partner.status === 'ACTIVE') {
        expect(partner.agreementSignedOn! <= asOf && asOf <= partner.agreementExpiresOn!).toBe(true);
        expect(partner.insuranceExpiresOn! >= asOf).toBe(true);
      }
    }
  });

  it('records a status history that starts as a PROSPECT and follows the allowed moves to the current status', () => {
    const allowed = new Set(['PROSPECT>VETTING', 'VETTING>ACTIVE', 'VETTING>INACTIVE', 'ACTIVE>SUSPENDED', 'ACTIVE>INACTIVE', 'SUSPENDED>ACTIVE', 'SUSPENDED>INACTIVE', 'INACTIVE>VETTING']);
    for (const partner of world.partners) {
      const history = partnerStatusHistory(partner, asOf);
      expect(history[0]).toMatchObject({ fromStatus: null, toStatus: 'PROSPECT' });
      expect(history[history.length - 1].toStatus).toBe(partner.status);
      history.slice(1).forEach((change, i) => {
        expect(allowed.has(`${change.fromStatus}>${change.toStatus}`)).toBe(true);
        expect(change.changedAt >= history[i].changedAt).toBe(true);
      });
      expect(history[history.length - 1].changedAt.toISOString().slice(0, 10) <= asOf).toBe(true);
    }
  });

  it('gives every partner 1–3 Chicago worksites and 2–4 contacts with coherent background checks', () => {
    for (const partner of world.partners) {
      const sites = world.worksites.filter((w) => w.partnerId === partner.id);
      const contacts = world.contacts.filter((c) => c.partnerId === partner.id);
      expect(sites.length).toBeGreaterThanOrEqual(1);
      expect(sites.length).toBeLessThanOrEqual(3);
      expect(contacts.length).toBeGreaterThanOrEqual(2);
      expect(contacts.length).toBeLessThanOrEqual(4);
    }
    expect(world.worksites.every((w) => w.city === 'Chicago' && w.latitude! > 41.6 && w.latitude! < 42.1)).toBe(true);
    const statuses = new Set<string>();
    for (const contact of world.contacts) {
      expect(contact.roles.length).toBeGreaterThan(0);
      expect(contact.email).toMatch(/^[^\s@]+@[^\s@]+\.[^\s@]+$/);
      if (contact.clearanceStatus === 'CLEARED') {
        expect(contact.clearanceExpiresOn! > contact.clearedOn!).toBe(true);
        expect(contact.clearedOn! <= asOf).toBe(true);
        if (contact.clearanceLevel === 'LEVEL_I') expect(contact.clearanceExpiresOn! <= addYears(contact.clearedOn!, 1)).toBe(true);
        statuses.add(contact.clearanceExpiresOn! >= asOf ? 'CURRENT' : 'EXPIRED');
      } else if (contact.clearanceStatus) {
        expect(contact.clearedOn).toBeNull();
        expect(contact.clearanceExpiresOn).toBeNull();
        statuses.add(contact.clearanceStatus);
      }
    }
    expect(statuses).toEqual(new Set(['CURRENT', 'EXPIRED', 'PENDING', 'DENIED']));
    const supervisors = world.contacts.filter((c) => c.roles.includes('SUPERVISOR'));
    const current = supervisors.filter((c) => c.clearanceStatus === 'CLEARED' && c.clearanceExpiresOn! >= asOf);
    expect(current.length / supervisors.length).toBeGreaterThan(0.6);
  });

  it('offers about 150 opportunities of every type, within the opportunity rules', () => {
    expect(world.opportunities.length).toBeGreaterThanOrEqual(140);
    expect(new Set(world.opportunities.map((o) => o.continuumType)).size).toBe(7);
    expect(new Set(world.opportunities.map((o) => o.cedsType)).size).toBe(14);
    const programs = new Map(students.programs.map((p) => [p.id, p]));
    const worksites = new Map(world.worksites.map((w) => [w.id, w]));
    for (const o of world.opportunities) {
      const partner = partners.get(o.partnerId)!;
      if (o.worksiteId) expect(worksites.get(o.worksiteId)!.partnerId).toBe(o.partnerId);
      if (o.programId) expect(programs.get(o.programId)!.careerCluster).toBe(o.careerCluster);
      expect(partner.careerClusters).toContain(o.careerCluster);
      expect(o.endDate >= o.startDate).toBe(true);
      expect(o.slots).toBeGreaterThanOrEqual(1);
      expect(o.slots).toBeLessThanOrEqual(500);
      expect(o.minimumAge).toBeGreaterThanOrEqual(11);
      expect(o.minimumAge).toBeLessThanOrEqual(21);
      expect(o.gradeLevels.length).toBeGreaterThan(0);
      expect(new Set(o.gradeLevels).size).toBe(o.gradeLevels.length);
      expect(o.gradeLevels.every((g) => g >= 6 && g <= 12)).toBe(true);
      if (o.continuumType !== 'CAREER_AWARENESS') expect(Math.min(...o.gradeLevels)).toBeGreaterThanOrEqual(9);
      if (o.compensationKind === 'UNPAID') expect(o.hourlyRate).toBeNull();
      if (o.compensationKind === 'WAGE') expect(o.hourlyRate!).toBeGreaterThanOrEqual(13);
      if (o.compensationKind === 'STIPEND') expect(o.hourlyRate!).toBeGreaterThan(0);
      if (o.status === 'PUBLISHED') {
        expect(partner.status).toBe('ACTIVE');
        expect(o.endDate >= asOf).toBe(true);
        expect(o.endDate <= partner.agreementExpiresOn!).toBe(true);
      }
      if (o.status === 'DRAFT') expect(['ACTIVE', 'VETTING', 'PROSPECT']).toContain(partner.status);
    }
    const published = world.opportunities.filter((o) => o.status === 'PUBLISHED');
    expect(published.length / world.opportunities.length).toBeGreaterThan(0.5);
    expect(new Set(world.opportunities.map((o) => o.status))).toEqual(new Set(['DRAFT', 'PUBLISHED', 'CLOSED']));
    expect(published.some((o) => o.startDate <= asOf)).toBe(true);
  });
});
