import { defineSubgraph, type SubgraphRuntimeDeps } from '@careergraph/kit';
import { type IntegrationsSettings, loadIntegrationsSettings } from './config/integrations-settings';
import type { IntegrationsContext } from './context';
import { integrationsEntities } from './entities';
import { createIntegrationsLoaders } from './loaders';
import { integrationsMigrations } from './migrations';
import { integrationsPolicy } from './policy';
import { createIntegrationsRepositories } from './repositories';
import { resolvers } from './resolvers';
import { createIntegrationsServices } from './services';
import { createNotifications, mountUnsubscribeRoutes } from './notifications';
import { PartnerStudentReader } from './webhooks/partner-student-reader';
import { WebhookDeliveryWorker } from './webhooks/webhook-delivery.worker';
import { WebhookSecretBox } from './webhooks/webhook-secrets';

/** The integrations subgraph (district IT): the event inbox, partner webhooks, machine clients, notifications. */
export const integrationsSubgraph = defineSubgraph<IntegrationsSettings, IntegrationsContext, ReturnType<typeof integrationsRuntime>>({
  name: 'integrations',
  schema: { schema: 'integrations', entities: integrationsEntities, migrations: integrationsMigrations },
  resolvers,
  policy: integrationsPolicy,
  loadSettings: (subgraphUrls, source) => loadIntegrationsSettings(subgraphUrls, source),
  runtime: integrationsRuntime,
  context: (base, { repositories, services }) => ({
    ...base,
    loaders: createIntegrationsLoaders(repositories, base.caller),
    services,
  }),
  workers: ({ repositories, settings, notifications }, deps) => [
    new WebhookDeliveryWorker({
      repositories,
      logger: deps.logger,
      secrets: new WebhookSecretBox(settings.webhooks.secretsKey),
      students: new PartnerStudentReader({ url: settings.studentsUrl, signer: deps.signer, timeoutMs: settings.webhooks.timeoutMs }),
      settings: settings.webhooks,
    }),
    notifications.eventMails,
    notifications.hoursDigest,
    notifications.complianceReminders,
    notifications.oneTimeLinks,
  ],
  // The unsubscribe links of mails (the gateway forwards /notifications/unsubscribe here).
  routes: ({ notifications }, deps) => (app) => mountUnsubscribeRoutes(app, notifications.preferences, deps.logger),
});

function integrationsRuntime(deps: SubgraphRuntimeDeps, settings: IntegrationsSettings) {
  const repositories = createIntegrationsRepositories(deps.dataSource);
  const notifications = createNotifications(deps, settings.notifications, repositories);
  return { repositories, settings, notifications, services: createIntegrationsServices(repositories, settings, notifications) };
}
