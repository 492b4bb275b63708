/** The demo partners: real names where other services look them up, fictional Chicago employers otherwise. */

export interface PartnerSpec {
  name: string;
  kind: string;
  sector: string;
  clusters: string[];
  status: string;
}

const MF = 'MANUFACTURING';
const HS = 'HEALTH_SCIENCE';
const IT = 'INFORMATION_TECHNOLOGY';
const AC = 'ARCHITECTURE_AND_CONSTRUCTION';
const HT = 'HOSPITALITY_AND_TOURISM';
const ED = 'EDUCATION_AND_TRAINING';
const GV = 'GOVERNMENT_AND_PUBLIC_ADMINISTRATION';
const BM = 'BUSINESS_MANAGEMENT_AND_ADMINISTRATION';
const FI = 'FINANCE';
const TR = 'TRANSPORTATION_DISTRIBUTION_AND_LOGISTICS';
const AV = 'ARTS_AV_TECHNOLOGY_AND_COMMUNICATIONS';
const AG = 'AGRICULTURE_FOOD_AND_NATURAL_RESOURCES';
const HU = 'HUMAN_SERVICES';
const LW = 'LAW_PUBLIC_SAFETY_CORRECTIONS_AND_SECURITY';
const MK = 'MARKETING';
const ST = 'SCIENCE_TECHNOLOGY_ENGINEERING_AND_MATHEMATICS';

const spec = (name: string, kind: string, sector: string, clusters: string[], status = 'ACTIVE'): PartnerSpec => ({
  name,
  kind,
  sector,
  clusters,
  status,
});

export const PARTNER_SPECS: PartnerSpec[] = [
  spec('City Colleges of Chicago', 'POSTSECONDARY_INSTITUTION', 'Higher Education', [HS, IT, MF, BM, ED]),
  // DOMAIN.md: the DuPage pilot starts with manufacturing, then health care and IT.
  spec('GPS Education Partners', 'INTERMEDIARY', 'Work-Based Learning Intermediary', [MF, HS, IT]),
  spec('National Center for Construction Education and Research', 'INDUSTRY_ASSOCIATION', 'Construction', [AC]),
  spec('CompTIA', 'INDUSTRY_ASSOCIATION', 'Information Technology', [IT]),
  spec('National Restaurant Association', 'INDUSTRY_ASSOCIATION', 'Hospitality', [HT]),
  spec('American Welding Society', 'INDUSTRY_ASSOCIATION', 'Manufacturing', [MF]),
  spec('Illinois State Board of Education', 'GOVERNMENT_AGENCY', 'Public Education', [ED, GV]),
  spec('Illinois Department of Public Health', 'GOVERNMENT_AGENCY', 'Public Health', [HS, GV]),
  // Manufacturing employers
  spec('Calumet Precision Machining', 'EMPLOYER', 'Manufacturing', [MF, ST]),
  spec('Pilsen Steel Fabricators', 'EMPLOYER', 'Manufacturing', [MF]),
  spec('Lakefront Packaging Company', 'EMPLOYER', 'Manufacturing', [MF, TR]),
  spec('Goose Island Metalworks', 'EMPLOYER', 'Manufacturing', [MF]),
  spec('South Works Robotics', 'EMPLOYER', 'Manufacturing', [MF, ST]),
  spec('Kedzie Tool and Die', 'EMPLOYER', 'Manufacturing', [MF], 'SUSPENDED'),
  spec('Stockyards Food Processing', 'EMPLOYER', 'Manufacturing', [MF, AG], 'VETTING'),
  spec('Ravenswood Electronics Assembly', 'EMPLOYER', 'Manufacturing', [MF, IT], 'INACTIVE'),
  // Health care employers
  spec('Lakeshore Community Hospital', 'EMPLOYER', 'Health Care', [HS]),
  spec('West Side Family Health Center', 'EMPLOYER', 'Health Care', [HS, HU]),
  spec('Bronzeville Medical Group', 'EMPLOYER', 'Health Care', [HS]),
  spec('Northside Pharmacy Cooperative', 'EMPLOYER', 'Health Care', [HS]),
  spec('Midway Senior Living', 'EMPLOYER', 'Health Care', [HS, HU]),
  spec('Humboldt Park Dental Clinic', 'EMPLOYER', 'Health Care', [HS]),
  spec('Englewood Rehabilitation Institute', 'EMPLOYER', 'Health Care', [HS], 'PROSPECT'),
  spec('Chatham Urgent Care', 'EMPLOYER', 'Health Care', [HS], 'SUSPENDED'),
  // IT employers
  spec('Loop Data Systems', 'EMPLOYER', 'Information Technology', [IT]),
  spec('Fulton Market Software', 'EMPLOYER', 'Information Technology', [IT, AV]),
  spec('Wicker Park Cyber Defense', 'EMPLOYER', 'Information Technology', [IT, LW]),
  spec('Prairie Cloud Networks', 'EMPLOYER', 'Information Technology', [IT]),
  spec('Hyde Park Health Informatics', 'EMPLOYER', 'Information Technology', [IT, HS], 'VETTING'),
  spec('Uptown Game Studio', 'EMPLOYER', 'Information Technology', [IT, AV], 'INACTIVE'),
  // Construction employers
  spec('Bridgeport Builders', 'EMPLOYER', 'Construction', [AC]),
  spec('Southside Electrical Contractors', 'EMPLOYER', 'Construction', [AC]),
  spec('Windy City Mechanical', 'EMPLOYER', 'Construction', [AC]),
  spec('Lawndale Carpentry Works', 'EMPLOYER', 'Construction', [AC]),
  spec('Great Lakes Plumbing and Pipefitting', 'EMPLOYER', 'Construction', [AC]),
  spec('Austin Design Build', 'EMPLOYER', 'Construction', [AC, ST], 'PROSPECT'),
  // Other employers
  spec('Navy Pier Hospitality Group', 'EMPLOYER', 'Hospitality', [HT]),
  spec('Taylor Street Kitchen', 'EMPLOYER', 'Hospitality', [HT, MK]),
  spec('LaSalle Street Credit Union', 'EMPLOYER', 'Finance', [FI, BM]),
  spec('Wacker Drive Insurance Partners', 'EMPLOYER', 'Finance', [FI], 'VETTING'),
  spec('Cicero Avenue Logistics', 'EMPLOYER', 'Transportation and Logistics', [TR]),
  spec('Midway Aviation Services', 'EMPLOYER', 'Transportation and Logistics', [TR, MF]),
  spec('Chicago Transit Fleet Services', 'EMPLOYER', 'Transportation and Logistics', [TR]),
  spec('Riverwalk Media Collective', 'EMPLOYER', 'Media', [AV, MK]),
  spec('Garfield Park Urban Farms', 'EMPLOYER', 'Agriculture', [AG, ST]),
  spec('Magnificent Mile Marketing', 'EMPLOYER', 'Marketing', [MK, BM], 'INACTIVE'),
  // Community organizations
  spec('Little Village Youth Council', 'COMMUNITY_ORGANIZATION', 'Youth Development', [HU, GV]),
  spec('Chicago Urban Gardeners Alliance', 'COMMUNITY_ORGANIZATION', 'Environment', [AG, ST]),
  spec('Back of the Yards Neighborhood Center', 'COMMUNITY_ORGANIZATION', 'Community Services', [HU, ED]),
  spec('Rogers Park Arts Collective', 'COMMUNITY_ORGANIZATION', 'Arts', [AV]),
  spec('South Shore Youth Entrepreneurs', 'COMMUNITY_ORGANIZATION', 'Youth Development', [BM, MK]),
  spec('Albany Park Legal Aid', 'COMMUNITY_ORGANIZATION', 'Legal Services', [LW, HU], 'PROSPECT'),
  spec('Woodlawn Tutoring Network', 'COMMUNITY_ORGANIZATION', 'Education', [ED], 'SUSPENDED'),
  // Colleges, intermediaries, agencies, associations
  spec('Lake Michigan Technical College', 'POSTSECONDARY_INSTITUTION', 'Higher Education', [AC, MF, TR]),
  spec('Chicago Health Careers Institute', 'POSTSECONDARY_INSTITUTION', 'Higher Education', [HS], 'VETTING'),
  spec('Chicagoland Career Pathways Network', 'INTERMEDIARY', 'Work-Based Learning Intermediary', [IT, BM, FI]),
  spec('Midwest Youth Apprenticeship Alliance', 'INTERMEDIARY', 'Work-Based Learning Intermediary', [AC, MF], 'INACTIVE'),
  spec('Chicago Fire Department Training Academy', 'GOVERNMENT_AGENCY', 'Public Safety', [LW]),
  spec('Cook County Department of Public Works', 'GOVERNMENT_AGENCY', 'Public Works', [GV, AC], 'PROSPECT'),
  spec('Illinois Manufacturers Workforce Council', 'INDUSTRY_ASSOCIATION', 'Manufacturing', [MF], 'SUSPENDED'),
];

export const WORKSITE_SPECS = [
  { street: '1501 W Fulton St', postalCode: '60607', latitude: 41.8868, longitude: -87.6645, transit: 'CTA Green/Pink Line, Ashland, 5-minute walk' },
  { street: '3100 S Ashland Ave', postalCode: '60608', latitude: 41.8377, longitude: -87.6658, transit: 'CTA Orange Line, Ashland, 10-minute walk' },
  { street: '600 E Grand Ave', postalCode: '60611', latitude: 41.8917, longitude: -87.6086, transit: 'CTA bus 29 State and 65 Grand' },
  { street: '4300 W Roosevelt Rd', postalCode: '60624', latitude: 41.8661, longitude: -87.7331, transit: 'CTA Pink Line, Pulaski, 8-minute walk' },
  { street: '8700 S Cottage Grove Ave', postalCode: '60619', latitude: 41.7362, longitude: -87.6047, transit: 'CTA bus 4 Cottage Grove; Metra Electric, 87th St' },
  { street: '2501 N Clybourn Ave', postalCode: '60614', latitude: 41.9273, longitude: -87.6706, transit: 'CTA Brown Line, Diversey, 12-minute walk' },
  { street: '5600 S Halsted St', postalCode: '60621', latitude: 41.7920, longitude: -87.6445, transit: 'CTA Green Line, Halsted, 10-minute walk' },
  { street: '3600 W Chicago Ave', postalCode: '60651', latitude: 41.8951, longitude: -87.7171, transit: 'CTA bus 66 Chicago' },
  { street: '200 W Madison St', postalCode: '60606', latitude: 41.8819, longitude: -87.6346, transit: 'CTA Blue Line, Washington, 3-minute walk' },
  { street: '1200 W 35th St', postalCode: '60609', latitude: 41.8307, longitude: -87.6566, transit: 'CTA Orange Line, Halsted, 12-minute walk' },
  { street: '4800 N Western Ave', postalCode: '60625', latitude: 41.9692, longitude: -87.6888, transit: 'CTA Brown Line, Western, 2-minute walk' },
  { street: '6300 S Kedzie Ave', postalCode: '60629', latitude: 41.7786, longitude: -87.7032, transit: 'CTA bus 52A South Kedzie; Orange Line, Kedzie' },
  { street: '2700 W Cermak Rd', postalCode: '60608', latitude: 41.8520, longitude: -87.6934, transit: 'CTA Pink Line, California, 6-minute walk' },
  { street: '5500 S Cicero Ave', postalCode: '60638', latitude: 41.7930, longitude: -87.7430, transit: 'CTA Orange Line, Midway, 10-minute walk' },
  { street: '1000 E 63rd St', postalCode: '60637', latitude: 41.7806, longitude: -87.6000, transit: 'CTA Green Line, Cottage Grove; Metra Electric, 63rd St' },
  { street: '3300 W Irving Park Rd', postalCode: '60618', latitude: 41.9538, longitude: -87.7106, transit: 'CTA Blue Line, Irving Park, 8-minute walk' },
  { street: '11000 S Torrence Ave', postalCode: '60617', latitude: 41.6930, longitude: -87.5590, transit: 'CTA bus 30 South Chicago' },
  { street: '1900 W Lawrence Ave', postalCode: '60640', latitude: 41.9688, longitude: -87.6760, transit: 'CTA Brown Line, Damen, 7-minute walk' },
];

export const SITE_NAMES = ['Main Campus', 'Training Center', 'Downtown Office', 'South Side Site', 'West Side Site', 'North Side Site'];

export const CONTACT_TITLES = {
  COORDINATOR: ['Workforce Programs Coordinator', 'Community Partnerships Manager', 'Education Outreach Lead'],
  SUPERVISOR: ['Shop Supervisor', 'Clinical Preceptor', 'Team Lead', 'Site Manager', 'Senior Technician', 'Project Foreman'],
};

/** What each cluster's opportunities are about, for titles. */
export const CLUSTER_TOPICS: Record<string, string[]> = {
  [AG]: ['Urban Agriculture', 'Greenhouse Operations', 'Food Systems'],
  [AC]: ['Carpentry', 'Electrical Systems', 'HVAC Service', 'Site Safety', 'Plumbing'],
  [AV]: ['Video Production', 'Graphic Design', 'Podcast Studio'],
  [BM]: ['Office Operations', 'Small Business', 'Project Coordination'],
  [ED]: ['Classroom Support', 'Early Childhood', 'Tutoring'],
  [FI]: ['Member Services', 'Financial Literacy', 'Accounting Operations'],
  [GV]: ['Public Service', 'City Operations', 'Civic Data'],
  [HS]: ['Patient Care', 'Pharmacy Operations', 'Medical Office', 'Emergency Medicine'],
  [HT]: ['Culinary Kitchen', 'Guest Services', 'Event Operations'],
  [HU]: ['Youth Programs', 'Senior Services', 'Family Services'],
  [IT]: ['Network Support', 'Software Development', 'Cybersecurity Operations', 'Help Desk'],
  [LW]: ['Fire Science', 'Legal Services', 'Public Safety'],
  [MF]: ['CNC Machining', 'Welding Fabrication', 'Quality Control', 'Robotics Maintenance'],
  [MK]: ['Digital Marketing', 'Brand Design', 'Market Research'],
  [ST]: ['Engineering Design', 'Environmental Science', 'Lab Research'],
  [TR]: ['Fleet Maintenance', 'Warehouse Logistics', 'Aviation Maintenance'],
};

/** Lines of business for the generated partners of the district scale (a neighborhood goes in front). */
export const GENERATED_PARTNER_KINDS: { name: string; kind: string; sector: string; clusters: string[] }[] = [
  { name: 'Precision Machining', kind: 'EMPLOYER', sector: 'Manufacturing', clusters: [MF] },
  { name: 'Metal Fabrication', kind: 'EMPLOYER', sector: 'Manufacturing', clusters: [MF] },
  { name: 'Food Processing', kind: 'EMPLOYER', sector: 'Manufacturing', clusters: [MF, AG] },
  { name: 'Community Hospital', kind: 'EMPLOYER', sector: 'Health Care', clusters: [HS] },
  { name: 'Family Health Clinic', kind: 'EMPLOYER', sector: 'Health Care', clusters: [HS, HU] },
  { name: 'Pharmacy', kind: 'EMPLOYER', sector: 'Health Care', clusters: [HS] },
  { name: 'IT Services', kind: 'EMPLOYER', sector: 'Information Technology', clusters: [IT] },
  { name: 'Software Studio', kind: 'EMPLOYER', sector: 'Information Technology', clusters: [IT, AV] },
  { name: 'Builders', kind: 'EMPLOYER', sector: 'Construction', clusters: [AC] },
  { name: 'Electrical Contractors', kind: 'EMPLOYER', sector: 'Construction', clusters: [AC] },
  { name: 'Mechanical Services', kind: 'EMPLOYER', sector: 'Construction', clusters: [AC] },
  { name: 'Restaurant Group', kind: 'EMPLOYER', sector: 'Hospitality', clusters: [HT] },
  { name: 'Hotel', kind: 'EMPLOYER', sector: 'Hospitality', clusters: [HT, MK] },
  { name: 'Credit Union', kind: 'EMPLOYER', sector: 'Finance', clusters: [FI, BM] },
  { name: 'Logistics', kind: 'EMPLOYER', sector: 'Transportation and Logistics', clusters: [TR] },
  { name: 'Auto Repair', kind: 'EMPLOYER', sector: 'Transportation and Logistics', clusters: [TR] },
  { name: 'Media Lab', kind: 'EMPLOYER', sector: 'Media', clusters: [AV, MK] },
  { name: 'Urban Farm', kind: 'EMPLOYER', sector: 'Agriculture', clusters: [AG, ST] },
  { name: 'Youth Center', kind: 'COMMUNITY_ORGANIZATION', sector: 'Youth Development', clusters: [HU, ED] },
  { name: 'Community Development Corporation', kind: 'COMMUNITY_ORGANIZATION', sector: 'Community Services', clusters: [HU, GV] },
];
