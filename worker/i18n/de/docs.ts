/**
 * German texts of the API reference at /docs (worker/docs/reference.tsx). The page is served in
 * English, the language of the OpenAPI document it renders; the sentence around its code words is
 * cut where the markup goes, each piece with its own spaces.
 */
export const docs = {
  title: (api: string) => `${api} — Referenz`,
  machineReadable: 'Maschinenlesbar: ',
  errorsAre: '. Fehler sind ',
  with: ' mit ',
  namingFields: ', das jedes ungültige Feld nennt.',
  operations: 'Operationen',
  parameters: 'Parameter',
  name: 'Name',
  in: 'Ort',
  required: 'Pflicht',
  yes: 'ja',
  no: 'nein',
  requestBody: 'Anfragekörper',
  responses: 'Antworten',
  schemas: 'Schemas',
  servers: 'Server',
  license: 'Lizenz: ',
  contact: 'Kontakt: ',
  operationId: 'Operation-ID: ',
  description: 'Beschreibung',
  example: 'Beispiel',
};
