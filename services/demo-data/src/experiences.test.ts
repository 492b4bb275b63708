import { generateDemoFoundation } from './demo-world';
import { generateExperiencesWorld } from './experiences';

describe('generateExperiencesWorld', () => {
  const foundation = generateDemoFoundation({ students: 600, asOf: '2026-12-07' });
  const world = generateExperiencesWorld(foundation.students, foundation.partners);
  const studentById = new Map(foundation.students.students.map((s) => [s.id, s]));
  const experienceById = new Map(world.experiences.map((e) => [e.id, e]));

  it('is deterministic', () => {
    expect(generateExperiencesWorld(foundation.students, foundation.partners)).toEqual(world);
  });

  it('registers only students the experience is open to, and records attendance only of past experiences', () => {
    for (const registration of world.registrations) {
      const experience = experienceById.get(registration.experienceId)!;
      const student = studentById.get(registration.studentId)!;
      expect(experience.gradeLevels).toContain(student.gradeLevel);
      if (experience.schoolId) expect(student.schoolId).toBe(experience.schoolId);
    }
    for (const row of world.attendance) {
      const experience = experienceById.get(row.experienceId)!;
      expect(experience.status).toBe('COMPLETED');
      expect(experience.startsAt.getTime()).toBeLessThan(new Date('2026-12-07').getTime());
    }
    expect(world.experiences.some((e) => e.status === 'PUBLISHED')).toBe(true);
    expect(world.experiences.filter((e) => e.status === 'DRAFT')).toHaveLength(1);
  });

  it('puts only students who were present on teams, each on one', () => {
    const present = new Set(world.attendance.filter((a) => a.status === 'PRESENT').map((a) => `${a.experienceId}:${a.studentId}`));
    const members = world.teams.flatMap((team) => team.memberIds.map((id) => `${team.experienceId}:${id}`));
    expect(world.teams.length).toBeGreaterThan(0);
    expect(members.every((key) => present.has(key))).toBe(true);
    expect(new Set(members).size).toBe(members.length);
  });

  it('has every active partner host the district career fair', () => {
    const fair = world.experiences.find((e) => e.kind === 'CAREER_FAIR' && e.status === 'COMPLETED')!;
    expect(fair.schoolId).toBeNull();
    expect(fair.hostPartnerIds.sort()).toEqual(foundation.partners.partners.filter((p) => p.status === 'ACTIVE').map((p) => p.id).sort());
  });
});
