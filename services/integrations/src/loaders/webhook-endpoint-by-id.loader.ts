import { entityLoader } from '@careergraph/kit';
import type { WebhookEndpointRepository } from '../repositories/webhook-endpoint.repository';

export const webhookEndpointByIdLoader = (endpoints: WebhookEndpointRepository) => entityLoader((ids) => endpoints.findByIds(ids));
