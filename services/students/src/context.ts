import type { RequestContext } from '@careergraph/kit';
import type { StudentsLoaders } from './loaders';
import type { StudentsServices } from './services';

export interface StudentsContext extends RequestContext<StudentsLoaders> {
  services: StudentsServices;
}
