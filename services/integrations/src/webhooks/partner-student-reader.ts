import { type Caller, IDENTITY_HEADER, type IdentitySigner } from '@careergraph/kit';

/** What a webhook payload carries of a student: what the partner itself could read. */
export interface PartnerStudentCard {
  id: string;
  preferredName: string | null;
  gradeLevel: number | null;
  school: { name: string } | null;
}

const STUDENT_CARD = `query WebhookStudent($id: ID!) { student(id: $id) { id preferredName gradeLevel school { name } } }`;

interface StudentAnswer {
  data?: { student: PartnerStudentCard | null } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * Reads a student for a webhook AS THE PARTNER the endpoint belongs to: the identity is signed as a
 * PARTNER_USER of that partner (subject `webhook-endpoint:<id>`), so the students subgraph's policy
 * decides what it sees (placed students only, opt-outs honored) and records the disclosure exactly
 * as for a partner's own read. Never a SERVICE lookup, which would see everything and record nothing.
 */
export class PartnerStudentReader {
  constructor(
    private readonly options: { url: string; signer: IdentitySigner; timeoutMs: number },
  ) {}

  /**
   * The student as the partner may read them (a field the partner may not read is null), or null
   * when the students subgraph refuses the student. Throws when it cannot be asked (unreachable,
   * slow, or itself unable to decide), so the delivery is retried rather than sent without it.
   */
  async read(partnerId: string, endpointId: string, studentId: string, requestId: string): Promise<PartnerStudentCard | null> {
    const caller: Caller = { subject: `webhook-endpoint:${endpointId}`, role: 'PARTNER_USER', scope: { schoolIds: [], partnerId } };
    const response = await fetch(this.options.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-request-id': requestId,
        [IDENTITY_HEADER]: await this.options.signer.sign(caller, STUDENT_CARD),
      },
      body: JSON.stringify({ query: STUDENT_CARD, variables: { id: studentId }, operationName: 'WebhookStudent' }),
      signal: AbortSignal.timeout(this.options.timeoutMs),
    });
    if (!response.ok) throw new Error(`the students subgraph answered HTTP ${response.status}`);
    const answer = (await response.json()) as StudentAnswer;
    const unavailable = answer.errors?.find((error) => error.extensions?.code === 'SERVICE_UNAVAILABLE');
    if (unavailable) throw new Error(`the students subgraph could not answer: ${unavailable.message}`);
    return answer.data?.student ?? null;
  }
}
