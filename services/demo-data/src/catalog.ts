/** Fixed reference data for the demo district: fictional schools, real program names and CIP codes. */

export type Department = 'CTE' | 'ROADMAP' | 'TRADES';
export type SchoolKind = 'ELEMENTARY' | 'MIDDLE' | 'HIGH';

export interface SchoolSpec {
  name: string;
  kind: SchoolKind;
  network: string;
}

export const SCHOOL_SPECS: SchoolSpec[] = [
  { name: 'Albany Park Technical High School', kind: 'HIGH', network: 'North/Northwest Side' },
  { name: 'Bridgeport STEM High School', kind: 'HIGH', network: 'South Side' },
  { name: 'Bronzeville Academy High School', kind: 'HIGH', network: 'South Side' },
  { name: 'Chinatown Global Academy', kind: 'HIGH', network: 'Central' },
  { name: 'Englewood Trades Academy', kind: 'HIGH', network: 'South Side' },
  { name: 'Garfield Park Polytechnic High School', kind: 'HIGH', network: 'West Side' },
  { name: 'Humboldt Park Health Sciences High School', kind: 'HIGH', network: 'West Side' },
  { name: 'Hyde Park Early College High School', kind: 'HIGH', network: 'South Side' },
  { name: 'Little Village Career Academy', kind: 'HIGH', network: 'West Side' },
  { name: 'Logan Square High School', kind: 'HIGH', network: 'North/Northwest Side' },
  { name: 'Portage Park High School', kind: 'HIGH', network: 'North/Northwest Side' },
  { name: 'Rogers Park Collegiate High School', kind: 'HIGH', network: 'North/Northwest Side' },
  { name: 'South Shore Engineering Academy', kind: 'HIGH', network: 'Far South Side' },
  { name: 'Pullman Industrial Arts High School', kind: 'HIGH', network: 'Far South Side' },
  { name: 'Uptown Middle School', kind: 'MIDDLE', network: 'North/Northwest Side' },
  { name: 'Chatham Middle School', kind: 'MIDDLE', network: 'Far South Side' },
  { name: 'Belmont Cragin Middle School', kind: 'MIDDLE', network: 'West Side' },
  { name: 'Avondale Elementary School', kind: 'ELEMENTARY', network: 'North/Northwest Side' },
  { name: 'Kenwood Elementary School', kind: 'ELEMENTARY', network: 'South Side' },
  { name: 'West Ridge Elementary School', kind: 'ELEMENTARY', network: 'North/Northwest Side' },
];

/** Names for the generated schools of the district scale. */
export const NEIGHBORHOODS = [
  'Albany Park', 'Archer Heights', 'Ashburn', 'Auburn Gresham', 'Austin', 'Avalon Park', 'Beverly', 'Brighton Park', 'Burnside',
  'Calumet Heights', 'Chatham', 'Chicago Lawn', 'Clearing', 'Dunning', 'East Side', 'Edgewater', 'Edison Park', 'Forest Glen',
  'Gage Park', 'Garfield Ridge', 'Grand Boulevard', 'Greater Grand Crossing', 'Hegewisch', 'Hermosa', 'Irving Park',
  'Jefferson Park', 'Kenwood', 'Lincoln Square', 'Lower West Side', 'McKinley Park', 'Montclare', 'Morgan Park', 'Mount Greenwood',
  'Near West Side', 'North Center', 'North Lawndale', 'North Park', 'Norwood Park', 'Oakland', 'Roseland', 'South Chicago',
  'South Deering', 'South Lawndale', 'Washington Heights', 'Washington Park', 'West Elsdon', 'West Englewood', 'West Garfield Park',
  'West Lawn', 'West Pullman', 'West Town', 'Woodlawn',
];
export const NAMESAKES = ['Addams', 'Banneker', 'Brooks', 'Burnham', 'Clemente', 'DuSable', 'Douglass', 'Hansberry', 'Juarez', 'Lincoln', 'Mitchell', 'Wells', 'Wright'];
export const NETWORKS = ['North/Northwest Side', 'West Side', 'Central', 'South Side', 'Far South Side'];

export const STREETS = ['N Kedzie Ave', 'S State St', 'W Madison St', 'S Halsted St', 'N Milwaukee Ave', 'W 63rd St', 'S Cottage Grove Ave', 'N Clark St', 'W Cermak Rd', 'N Pulaski Rd'];
export const POSTAL_CODES = ['60625', '60616', '60653', '60608', '60621', '60624', '60651', '60615', '60623', '60647', '60634', '60626', '60649', '60628'];

export interface ProgramSpec {
  name: string;
  cluster: string;
  cip: string;
  department: Department;
  /** Course code prefix. */
  code: string;
}

const C = {
  AG: 'AGRICULTURE_FOOD_AND_NATURAL_RESOURCES',
  AC: 'ARCHITECTURE_AND_CONSTRUCTION',
  AV: 'ARTS_AV_TECHNOLOGY_AND_COMMUNICATIONS',
  BM: 'BUSINESS_MANAGEMENT_AND_ADMINISTRATION',
  ED: 'EDUCATION_AND_TRAINING',
  FI: 'FINANCE',
  GV: 'GOVERNMENT_AND_PUBLIC_ADMINISTRATION',
  HS: 'HEALTH_SCIENCE',
  HT: 'HOSPITALITY_AND_TOURISM',
  HU: 'HUMAN_SERVICES',
  IT: 'INFORMATION_TECHNOLOGY',
  LW: 'LAW_PUBLIC_SAFETY_CORRECTIONS_AND_SECURITY',
  MF: 'MANUFACTURING',
  MK: 'MARKETING',
  ST: 'SCIENCE_TECHNOLOGY_ENGINEERING_AND_MATHEMATICS',
  TR: 'TRANSPORTATION_DISTRIBUTION_AND_LOGISTICS',
} as const;

export const PROGRAM_SPECS: ProgramSpec[] = [
  { name: 'Automotive Technology', cluster: C.TR, cip: '47.0604', department: 'CTE', code: 'AUTO' },
  { name: 'Diesel Technology', cluster: C.TR, cip: '47.0605', department: 'TRADES', code: 'DSL' },
  { name: 'Aviation Maintenance', cluster: C.TR, cip: '47.0607', department: 'CTE', code: 'AVN' },
  { name: 'Logistics and Supply Chain', cluster: C.TR, cip: '52.0203', department: 'CTE', code: 'LOG' },
  { name: 'Architectural Design', cluster: C.AC, cip: '15.1303', department: 'CTE', code: 'ARCH' },
  { name: 'Construction Technology', cluster: C.AC, cip: '46.0000', department: 'TRADES', code: 'CONST' },
  { name: 'Carpentry', cluster: C.AC, cip: '46.0201', department: 'TRADES', code: 'CARP' },
  { name: 'Electrical Technology', cluster: C.AC, cip: '46.0302', department: 'TRADES', code: 'ELEC' },
  { name: 'HVAC', cluster: C.AC, cip: '47.0201', department: 'TRADES', code: 'HVAC' },
  { name: 'Welding', cluster: C.MF, cip: '48.0508', department: 'TRADES', code: 'WELD' },
  { name: 'Machining and Manufacturing', cluster: C.MF, cip: '48.0501', department: 'CTE', code: 'MACH' },
  { name: 'Advanced Manufacturing', cluster: C.MF, cip: '15.0613', department: 'CTE', code: 'AMFG' },
  { name: 'Broadcast Technology', cluster: C.AV, cip: '10.0202', department: 'CTE', code: 'BRDC' },
  { name: 'Digital Media Production', cluster: C.AV, cip: '09.0702', department: 'CTE', code: 'DMED' },
  { name: 'Graphic Design', cluster: C.AV, cip: '50.0409', department: 'CTE', code: 'GDES' },
  { name: 'Culinary Arts', cluster: C.HT, cip: '12.0500', department: 'CTE', code: 'CUL' },
  { name: 'Hospitality Management', cluster: C.HT, cip: '52.0901', department: 'CTE', code: 'HOSP' },
  { name: 'Health Sciences', cluster: C.HS, cip: '51.0000', department: 'CTE', code: 'HSCI' },
  { name: 'Certified Nursing Assistant', cluster: C.HS, cip: '51.3902', department: 'ROADMAP', code: 'CNA' },
  { name: 'Pharmacy Technician', cluster: C.HS, cip: '51.0805', department: 'ROADMAP', code: 'PHRM' },
  { name: 'Emergency Medical Technician', cluster: C.HS, cip: '51.0904', department: 'CTE', code: 'EMT' },
  { name: 'Biomedical Science', cluster: C.ST, cip: '26.0102', department: 'ROADMAP', code: 'BIOM' },
  { name: 'Pre-Engineering', cluster: C.ST, cip: '14.0101', department: 'ROADMAP', code: 'ENGR' },
  { name: 'Environmental Science', cluster: C.ST, cip: '03.0104', department: 'CTE', code: 'ENVS' },
  { name: 'Computer Science', cluster: C.IT, cip: '11.0201', department: 'ROADMAP', code: 'CS' },
  { name: 'Information Technology Networking', cluster: C.IT, cip: '11.0901', department: 'CTE', code: 'NET' },
  { name: 'Cybersecurity', cluster: C.IT, cip: '11.1003', department: 'CTE', code: 'CYB' },
  { name: 'Game Design', cluster: C.IT, cip: '11.0804', department: 'CTE', code: 'GAME' },
  { name: 'Business Management', cluster: C.BM, cip: '52.0201', department: 'CTE', code: 'BUS' },
  { name: 'Accounting', cluster: C.FI, cip: '52.0301', department: 'ROADMAP', code: 'ACCT' },
  { name: 'Banking and Finance', cluster: C.FI, cip: '52.0803', department: 'CTE', code: 'FIN' },
  { name: 'Marketing', cluster: C.MK, cip: '52.1401', department: 'CTE', code: 'MKT' },
  { name: 'Early Childhood Education', cluster: C.ED, cip: '19.0709', department: 'ROADMAP', code: 'ECE' },
  { name: 'Teaching Academy', cluster: C.ED, cip: '13.0101', department: 'ROADMAP', code: 'TCH' },
  { name: 'Law and Public Safety', cluster: C.LW, cip: '43.0107', department: 'CTE', code: 'LAW' },
  { name: 'Fire Science', cluster: C.LW, cip: '43.0203', department: 'CTE', code: 'FIRE' },
  { name: 'Cosmetology', cluster: C.HU, cip: '12.0401', department: 'CTE', code: 'COS' },
  { name: 'Agriculture and Horticulture', cluster: C.AG, cip: '01.0601', department: 'CTE', code: 'AGR' },
  { name: 'Public Administration', cluster: C.GV, cip: '44.0401', department: 'CTE', code: 'PUBA' },
  { name: 'Plumbing and Pipefitting', cluster: C.AC, cip: '46.0503', department: 'TRADES', code: 'PLMB' },
];

export const FIRST_NAMES = [
  'Aaliyah', 'Adrian', 'Alejandro', 'Amara', 'Andre', 'Angel', 'Anthony', 'Ariana', 'Ashley', 'Bryan',
  'Camila', 'Carlos', 'Chloe', 'Christopher', 'Daniel', 'Darius', 'David', 'Deja', 'Destiny', 'Diego',
  'Elijah', 'Emily', 'Emmanuel', 'Esperanza', 'Fatima', 'Gabriel', 'Genesis', 'Giselle', 'Hannah', 'Isaiah',
  'Isabella', 'Jada', 'Jalen', 'Jasmine', 'Javier', 'Jayden', 'Jesus', 'Jordan', 'Jose', 'Juan',
  'Kayla', 'Keisha', 'Kevin', 'Kiara', 'Leah', 'Luis', 'Malik', 'Maria', 'Marcus', 'Mei',
  'Michael', 'Miguel', 'Mohammed', 'Nadia', 'Naomi', 'Nia', 'Nguyen', 'Olivia', 'Omar', 'Priya',
  'Rafael', 'Samantha', 'Santiago', 'Sofia', 'Tanisha', 'Terrell', 'Valeria', 'Wei', 'Xavier', 'Yesenia',
  'Zainab', 'Zion',
];

export const LAST_NAMES = [
  'Adams', 'Alvarez', 'Anderson', 'Bailey', 'Brown', 'Castillo', 'Chen', 'Cruz', 'Davis', 'Diaz',
  'Flores', 'Garcia', 'Gomez', 'Gonzalez', 'Green', 'Hernandez', 'Harris', 'Jackson', 'Johnson', 'Jones',
  'Khan', 'Kim', 'Kowalski', 'Lee', 'Lopez', 'Martinez', 'Mendoza', 'Mitchell', 'Moore', 'Morales',
  'Nguyen', 'Nowak', 'Ortiz', 'Patel', 'Perez', 'Ramirez', 'Reyes', 'Rivera', 'Robinson', 'Rodriguez',
  'Sanchez', 'Scott', 'Smith', 'Taylor', 'Thomas', 'Thompson', 'Torres', 'Walker', 'Washington', 'White',
  'Williams', 'Wilson', 'Wright', 'Young',
];

/** CPS-like demographics (77% economically disadvantaged; DOMAIN.md). */
export const RACE_WEIGHTS = [
  ['HISPANIC_OR_LATINO', 47],
  ['BLACK_OR_AFRICAN_AMERICAN', 35],
  ['WHITE', 11],
  ['ASIAN', 4],
  ['TWO_OR_MORE_RACES', 2],
  ['AMERICAN_INDIAN_OR_ALASKA_NATIVE', 0.6],
  ['NATIVE_HAWAIIAN_OR_OTHER_PACIFIC_ISLANDER', 0.4],
] as const;

export const GENDER_WEIGHTS = [
  ['FEMALE', 49],
  ['MALE', 49],
  ['NONBINARY', 1],
  ['NOT_REPORTED', 1],
] as const;

export const DISABILITY_WEIGHTS = [
  ['NONE', 81],
  ['IEP', 15],
  ['SECTION_504', 4],
] as const;
