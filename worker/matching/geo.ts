/** Great-circle distances for the search area and the distance fit. */

/** Mean earth radius (IUGG), good to ~0.5 % anywhere, far better than postcode centroids. */
const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/**
 * Haversine distance in kilometres between two WGS84 points given in degrees.
 * @example
 * distanceKm(51.15, 14.99, 50.9, 14.8); // Görlitz → Zittau, ≈ 30.8
 */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  return kmOfHaversine(haversine(lat1 * RAD, Math.cos(lat1 * RAD), lon1 * RAD, lat2 * RAD, Math.cos(lat2 * RAD), lon2 * RAD));
}

/**
 * The haversine term of two points given in radians with both cosines of latitude precomputed (the
 * ranking precomputes them once per seeker and per listing). Monotone in the distance, so a radius
 * check can compare it with `haversineOfKm(radius)` and skip the arcsine.
 */
export function haversine(lat1Rad: number, cosLat1: number, lon1Rad: number, lat2Rad: number, cosLat2: number, lon2Rad: number): number {
  const sinHalfLat = Math.sin((lat2Rad - lat1Rad) / 2);
  const sinHalfLon = Math.sin((lon2Rad - lon1Rad) / 2);
  return sinHalfLat * sinHalfLat + cosLat1 * cosLat2 * sinHalfLon * sinHalfLon;
}

/** Kilometres from a haversine term. */
export function kmOfHaversine(a: number): number {
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** The haversine term of a distance: the inverse of `kmOfHaversine`. */
export function haversineOfKm(km: number): number {
  const s = Math.sin(Math.min(Math.PI / 2, km / (2 * EARTH_RADIUS_KM)));
  return s * s;
}

/** Degrees to radians. */
export const toRad = (deg: number): number => deg * RAD;
