/**
 * The shape of the demo world's partners slice. The partners seed loads it; the placements and
 * credentials seeds build on it (which opportunities exist, who supervises, which college issues
 * credit), so all three agree on ids without reading each other's tables.
 */
export interface DemoPartner {
  id: string;
  name: string;
  kind: string;
  industrySector: string;
  careerClusters: string[];
  status: string;
  agreementSignedOn: string | null;
  agreementExpiresOn: string | null;
  insuranceExpiresOn: string | null;
  capacity: number;
}

export interface DemoWorksite {
  id: string;
  partnerId: string;
  name: string;
  street: string;
  city: string;
  state: string;
  postalCode: string;
  transitAccess: string | null;
  latitude: number | null;
  longitude: number | null;
}

export interface DemoContact {
  id: string;
  partnerId: string;
  firstName: string;
  lastName: string;
  title: string | null;
  email: string;
  phone: string | null;
  roles: string[];
  clearanceLevel: string | null;
  clearanceStatus: string | null;
  clearedOn: string | null;
  clearanceExpiresOn: string | null;
}

export interface DemoOpportunity {
  id: string;
  partnerId: string;
  worksiteId: string | null;
  title: string;
  description: string;
  continuumType: string;
  cedsType: string;
  careerCluster: string;
  programId: string | null;
  startDate: string;
  endDate: string;
  slots: number;
  compensationKind: string;
  hourlyRate: number | null;
  minimumAge: number;
  gradeLevels: number[];
  requiredClearance: string;
  status: string;
}

export interface PartnersWorld {
  partners: DemoPartner[];
  worksites: DemoWorksite[];
  contacts: DemoContact[];
  opportunities: DemoOpportunity[];
}
