import { removeTemplates, templatesFolder } from './database-templates';

/** jest's globalTeardown: drops the run's template databases and removes its folder. */
export default async function tearDownDatabaseTemplates(): Promise<void> {
  const folder = templatesFolder();
  if (folder) await removeTemplates(folder);
}
