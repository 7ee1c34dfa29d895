/**
 * Postcodes of Landkreis Görlitz (district key 14626) used by the demo seed, copied from
 * migrations/0001_postcodes.sql (GeoNames, CC BY 4.0) so the seed never reads files at run time.
 * `place` is the name the postcodes table gives; a listing may name a village inside that postcode
 * area instead (e.g. 02779 Großschönau, 02953 Bad Muskau).
 */
export const DEMO_DISTRICT_KEY = '14626';
export const DEMO_DISTRICT_NAME = 'Landkreis Görlitz';

export interface PostcodePlace {
  place: string;
  lat: number;
  lon: number;
}

export const DEMO_POSTCODES = {
  '02708': { place: 'Löbau', lat: 51.0747, lon: 14.647 },
  '02727': { place: 'Neugersdorf', lat: 50.9773, lon: 14.6088 },
  '02730': { place: 'Ebersbach/Sachsen', lat: 51.0167, lon: 14.5833 },
  '02736': { place: 'Oppach', lat: 51.0703, lon: 14.5191 },
  '02739': { place: 'Eibau', lat: 50.9827, lon: 14.6621 },
  '02742': { place: 'Friedersdorf', lat: 51.0318, lon: 14.5491 },
  '02747': { place: 'Herrnhut', lat: 51.0147, lon: 14.7531 },
  '02748': { place: 'Bernstadt auf dem Eigen', lat: 51.05, lon: 14.85 },
  '02763': { place: 'Zittau', lat: 50.9001, lon: 14.7704 },
  '02779': { place: 'Hainewalde', lat: 50.9051, lon: 14.6936 },
  '02782': { place: 'Seifhennersdorf', lat: 50.9349, lon: 14.6019 },
  '02785': { place: 'Olbersdorf', lat: 50.873, lon: 14.7704 },
  '02788': { place: 'Schlegel', lat: 50.9574, lon: 14.8818 },
  '02791': { place: 'Oderwitz', lat: 50.9583, lon: 14.7083 },
  '02794': { place: 'Leutersdorf', lat: 50.95, lon: 14.65 },
  '02796': { place: 'Jonsdorf', lat: 50.85, lon: 14.7 },
  '02797': { place: 'Oybin', lat: 50.85, lon: 14.75 },
  '02799': { place: 'Waltersdorf', lat: 50.8703, lon: 14.6503 },
  '02826': { place: 'Görlitz', lat: 51.1503, lon: 14.9829 },
  '02827': { place: 'Görlitz', lat: 51.149, lon: 14.9534 },
  '02828': { place: 'Görlitz', lat: 51.1687, lon: 14.9693 },
  '02829': { place: 'Neißeaue', lat: 51.1875, lon: 14.874 },
  '02894': { place: 'Vierkirchen', lat: 51.1531, lon: 14.7771 },
  '02899': { place: 'Ostritz', lat: 51.0406, lon: 14.9153 },
  '02906': { place: 'Mücka', lat: 51.2947, lon: 14.7211 },
  '02923': { place: 'Horka', lat: 51.2895, lon: 14.8768 },
  '02929': { place: 'Rothenburg/Oberlausitz', lat: 51.3635, lon: 14.9461 },
  '02943': { place: 'Weißwasser', lat: 51.452, lon: 14.6035 },
  '02953': { place: 'Gablenz', lat: 51.5419, lon: 14.6896 },
  '02956': { place: 'Rietschen', lat: 51.4, lon: 14.7833 },
  '02957': { place: 'Weißkeißel', lat: 51.5078, lon: 14.7136 },
  '02959': { place: 'Schleife', lat: 51.5444, lon: 14.5556 },
} as const satisfies Record<string, PostcodePlace>;

export type DemoPostcode = keyof typeof DEMO_POSTCODES;
