import { NotFoundError, numberInRange, optionalText, parseId, requiredText, UserInputError } from '@careergraph/kit';
import { randomUUID } from 'node:crypto';
import type { WorksiteEntity } from '../entities/worksite.entity';
import type { AddressInput, CreateWorksiteInput, GeoPointInput, UpdateWorksiteInput } from '../generated/graphql';
import type { PartnersContext } from '../context';
import type { PartnersRepositories } from '../repositories';
import { partnerScope, worksiteScope } from '../policy';

const STATE = /^[A-Z]{2}$/;
const POSTAL_CODE = /^\d{5}(-\d{4})?$/;

/** Where partners host students. */
export class WorksiteService {
  constructor(private readonly repositories: PartnersRepositories) {}

  async get(rawId: string, context: PartnersContext): Promise<WorksiteEntity | null> {
    return worksiteScope.visible(context, await context.loaders.worksiteById.load(parseId('id', rawId)));
  }

  async create(input: CreateWorksiteInput, context: PartnersContext): Promise<WorksiteEntity> {
    const partnerId = parseId('input.partnerId', input.partnerId);
    await partnerScope.require(context, { id: partnerId }, { field: 'input.partnerId', what: `partner ${partnerId}` });
    if (!(await this.repositories.partners.findById(partnerId))) throw new NotFoundError('Partner', partnerId, 'input.partnerId');
    return this.repositories.worksites.insert(
      Object.assign({} as WorksiteEntity, {
        id: randomUUID(),
        partnerId,
        name: requiredText('input.name', input.name, 200),
        ...validAddress(input.address),
        transitAccess: optionalText('input.transitAccess', input.transitAccess, 300),
        ...validLocation(input.location),
      }),
    );
  }

  /** Omitted fields stay; transitAccess and location are cleared by an explicit null. */
  async update(input: UpdateWorksiteInput, context: PartnersContext): Promise<WorksiteEntity> {
    const id = parseId('input.id', input.id);
    const worksite = await this.repositories.worksites.findById(id);
    if (!worksite) throw new NotFoundError('Worksite', id, 'input.id');
    await partnerScope.require(context, { id: worksite.partnerId }, { field: 'input.id', what: `partner ${worksite.partnerId}` });
    const changes: Partial<WorksiteEntity> = {};
    if (input.name != null) changes.name = requiredText('input.name', input.name, 200);
    if (input.address != null) Object.assign(changes, validAddress(input.address));
    if (input.transitAccess !== undefined) changes.transitAccess = optionalText('input.transitAccess', input.transitAccess, 300);
    if (input.location !== undefined) Object.assign(changes, validLocation(input.location));
    return (await this.repositories.worksites.update(id, changes))!;
  }
}

function validAddress(address: AddressInput): Pick<WorksiteEntity, 'street' | 'city' | 'state' | 'postalCode'> {
  const state = address.state.trim().toUpperCase();
  if (!STATE.test(state)) throw new UserInputError('input.address.state', 'must be a two-letter state code such as IL');
  const postalCode = address.postalCode.trim();
  if (!POSTAL_CODE.test(postalCode)) throw new UserInputError('input.address.postalCode', 'must be a ZIP code such as 60607');
  return {
    street: requiredText('input.address.street', address.street, 200),
    city: requiredText('input.address.city', address.city, 100),
    state,
    postalCode,
  };
}

function validLocation(location: GeoPointInput | null | undefined): Pick<WorksiteEntity, 'latitude' | 'longitude'> {
  if (!location) return { latitude: null, longitude: null };
  return {
    latitude: numberInRange('input.location.latitude', location.latitude, -90, 90),
    longitude: numberInRange('input.location.longitude', location.longitude, -180, 180),
  };
}
