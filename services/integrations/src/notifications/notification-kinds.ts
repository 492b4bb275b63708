import type { Caller } from '@careergraph/kit';
import type { NotificationKind } from '../generated/graphql';

/** Every kind, in the order the preferences list them; what an unsubscribe link names it. */
export const NOTIFICATION_KINDS: Record<NotificationKind, string> = {
  HOURS_AWAITING_APPROVAL: 'digests of hours awaiting your approval',
  TIME_ENTRY_REJECTED: 'mails about rejected time entries',
  NEW_APPLICANT: 'mails about new applicants',
  PLACEMENT_OFFERED: 'mails about placement offers',
  EXPIRING_COMPLIANCE: 'reminders of expiring insurance, agreements and background checks',
  SIGNATURE_REQUESTED: 'signature requests',
};

export function isNotificationKind(value: string): value is NotificationKind {
  return Object.hasOwn(NOTIFICATION_KINDS, value);
}

/**
 * Who a mail goes to, as the notifications key preferences and the mail log: a student, a partner
 * contact (a supervisor), a signed-in user, or a configured address (the district coordinator).
 */
export const person = {
  student: (id: string) => `student:${id}`,
  contact: (id: string) => `contact:${id}`,
  address: (email: string) => `address:${email.toLowerCase()}`,
  /** The signed-in caller: a student is the student they are, anyone else their token's subject. */
  of: (caller: Caller) => (caller.role === 'STUDENT' && caller.scope.studentId ? person.student(caller.scope.studentId) : `user:${caller.subject}`),
};
