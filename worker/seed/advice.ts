/**
 * Two advice offices of the demo municipality (worker/guide/advice.ts), shown on the guide pages
 * reached from its widget. Fictional: the names, addresses (Beispiel… streets), phone number (a
 * subscriber number may not start with 0) and the `.example` addresses reach nobody.
 */
import type { adviceOffices } from '../db/schema';
import { DEMO_MUNICIPALITY_ID } from './organizations';

export type NewAdviceOffice = typeof adviceOffices.$inferInsert;

export function demoAdviceOffices(now: number): NewAdviceOffice[] {
  return [
    {
      id: 'adv_demo_landratsamt',
      organizationId: DEMO_MUNICIPALITY_ID,
      name: 'Wohnberatung im Landratsamt',
      hours: 'Di 9–12 Uhr und Do 14–17 Uhr, sonst nach Vereinbarung',
      phone: '03581 0123 45',
      email: 'wohnberatung@landkreis-goerlitz.example',
      website: 'https://www.landkreis-goerlitz.example/wohnberatung',
      address: 'Beispielweg 3, 02826 Görlitz',
      createdAt: now,
      updatedAt: now,
    },
    {
      id: 'adv_demo_netzwerk',
      organizationId: DEMO_MUNICIPALITY_ID,
      name: 'Netzwerk Gemeinschaftlich Wohnen Oberlausitz e. V.',
      hours: 'Jeden 1. und 3. Mittwoch im Monat 16–19 Uhr in Zittau, Beratung auch per Video',
      phone: null,
      email: 'beratung@wohnen-oberlausitz.example',
      website: 'https://wohnen-oberlausitz.example',
      address: 'Beispielgasse 7, 02763 Zittau',
      createdAt: now,
      updatedAt: now,
    },
  ];
}
