/** English texts of the API reference at /docs (the language it is served in); typed by the German catalogue. */
import type { docs as de } from '../de/docs';

export const docs: typeof de = {
  title: (api) => `${api} — reference`,
  machineReadable: 'Machine-readable: ',
  errorsAre: '. Errors are ',
  with: ' with ',
  namingFields: ' naming each invalid field.',
  operations: 'Operations',
  parameters: 'Parameters',
  name: 'Name',
  in: 'In',
  required: 'Required',
  yes: 'yes',
  no: 'no',
  requestBody: 'Request body',
  responses: 'Responses',
  schemas: 'Schemas',
  servers: 'Servers',
  license: 'License: ',
  contact: 'Contact: ',
  operationId: 'Operation id: ',
  description: 'Description',
  example: 'Example',
};
