import type { AuditEventEntity, Connection } from '@careergraph/kit';
import type { CredentialAwardEntity } from './entities/credential-award.entity';
import type { CredentialEntity } from './entities/credential.entity';

/** What connection resolvers receive: a page of entities plus a lazy count (codegen mappers). */
export type CredentialConnection = Connection<CredentialEntity>;
export type CredentialAwardConnection = Connection<CredentialAwardEntity>;
export type CredentialAwardAuditEventConnection = Connection<AuditEventEntity>;
