import type { ApolloServerPlugin } from '@apollo/server';
import type { StudentsContext } from '../context';
import type { DisclosureRepository } from '../repositories/disclosure.repository';

/**
 * Writes the request's record of disclosures before its answer is sent: one multi-row INSERT that
 * must succeed, or the answer is replaced by an error, since an unrecorded disclosure must not
 * happen. Requests of school officials record nothing and wait for nothing.
 */
export function recordDisclosuresPlugin(disclosures: DisclosureRepository): ApolloServerPlugin<StudentsContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operationName, response }) {
          const log = contextValue.disclosures;
          if (!log.recording || log.studentIds.length === 0) return;
          try {
            // The scope checks already asked placements; their answers give the legitimate interest.
            const { settled } = contextValue.loaders.partnerAccess;
            await disclosures.append(log.rows(operationName ?? null, (id) => settled.get(id)?.placementId ?? null));
          } catch (error) {
            contextValue.logger.error({ err: error, requestId: contextValue.requestId }, 'record of disclosures not written; answer withheld');
            if (response.body.kind !== 'single') return;
            response.body.singleResult = {
              data: null,
              errors: [
                {
                  message: 'The record of disclosures could not be written, so no student information was sent; try again.',
                  extensions: { code: 'SERVICE_UNAVAILABLE', requestId: contextValue.requestId },
                },
              ],
            };
          }
        },
      };
    },
  };
}
