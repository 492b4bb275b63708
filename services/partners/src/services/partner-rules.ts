import { today } from '@careergraph/kit';
import type { PartnerEntity } from '../entities/partner.entity';
import type { PartnerStatus } from '../generated/graphql';

/** The only moves a partner's status may make. */
export const STATUS_TRANSITIONS: Record<PartnerStatus, readonly PartnerStatus[]> = {
  PROSPECT: ['VETTING'],
  VETTING: ['ACTIVE', 'INACTIVE'],
  ACTIVE: ['SUSPENDED', 'INACTIVE'],
  SUSPENDED: ['ACTIVE', 'INACTIVE'],
  INACTIVE: ['VETTING'],
};

/** An agreement is current on a day between its signing and its expiry, both included. */
export function agreementCurrentOn(partner: Pick<PartnerEntity, 'agreementSignedOn' | 'agreementExpiresOn'>, date: string): boolean {
  return partner.agreementSignedOn !== null && partner.agreementExpiresOn !== null
    && partner.agreementSignedOn <= date && date <= partner.agreementExpiresOn;
}

/** Insurance covers a day up to and including its expiry. */
export function insuranceCurrentOn(partner: Pick<PartnerEntity, 'insuranceExpiresOn'>, date: string): boolean {
  return partner.insuranceExpiresOn !== null && date <= partner.insuranceExpiresOn;
}

/**
 * A partner may host students (become ACTIVE, publish an opportunity) only with an agreement in
 * force today, and through `coverThrough` when given, and insurance that has not expired.
 * `refuse` builds the error, so each mutation reports it with its own code and field.
 */
export function checkCanHost(partner: PartnerEntity, refuse: (message: string, rule: string) => Error, coverThrough?: string): void {
  const on = today();
  if (!agreementCurrentOn(partner, on)) {
    const onFile = partner.agreementSignedOn
      ? `the agreement on file runs ${partner.agreementSignedOn} to ${partner.agreementExpiresOn}`
      : 'no agreement is on file';
    throw refuse(`${partner.name} needs an agreement in force today (${on}); ${onFile}`, 'AGREEMENT_NOT_CURRENT');
  }
  if (coverThrough && coverThrough > partner.agreementExpiresOn!) {
    throw refuse(`${partner.name}'s agreement expires on ${partner.agreementExpiresOn}, before ${coverThrough}`, 'AGREEMENT_NOT_CURRENT');
  }
  if (!insuranceCurrentOn(partner, on)) {
    const onFile = partner.insuranceExpiresOn ? `the certificate on file expired on ${partner.insuranceExpiresOn}` : 'no certificate is on file';
    throw refuse(`${partner.name} needs current insurance; ${onFile}`, 'INSURANCE_NOT_CURRENT');
  }
}
