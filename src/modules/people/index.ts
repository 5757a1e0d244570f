export type { PeopleTables } from './people.tables.js';
export { peopleRoutes } from './routes.js';
export { seedReferenceData } from './seed-reference.js';
export { insertPerson } from './create-person.js';
export { requireValidPerson, checkPersonInput } from './check-person-input.js';
