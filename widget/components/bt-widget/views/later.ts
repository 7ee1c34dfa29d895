/**
 * The later screens but the results, one chunk: detail, contact, "notify me", "Browse all" and
 * "Find fellow residents / start a group". Together gzip packs them about 3 KB smaller than apart
 * (they share words, markup and form code), which keeps the whole widget within 60 KB; the results
 * keep a chunk of their own, since every seeker gets there and should not wait for the rest.
 */
export { create as browse } from './browse';
export { create as contact } from './contact';
export { create as detail } from './detail';
export { create as groups } from './groups';
export { create as notify } from './notify';
