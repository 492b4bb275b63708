import { generatePartnersWorld } from './partners';
import type { PartnersWorld } from './partners-world';
import { generateStudentsWorld, type StudentsWorld, type StudentsWorldOptions } from './students';

/** The size of the demo district `npm start` loads. */
export const DEMO_STUDENTS_OPTIONS: StudentsWorldOptions = { students: 2000 };

/** The students and partners slices every later slice (placements, credentials) builds on. */
export function generateDemoFoundation(options: StudentsWorldOptions = DEMO_STUDENTS_OPTIONS): {
  students: StudentsWorld;
  partners: PartnersWorld;
} {
  const students = generateStudentsWorld(options);
  return { students, partners: generatePartnersWorld(students) };
}
