/**
 * Listing photos in the R2 bucket `PHOTOS`: JPEG, PNG or WebP (checked by their first bytes, not the
 * name), at most 5 MB each, at most 8 per listing, alt text required. Served publicly at /media/….
 */
import { Hono } from 'hono';
import type { Listing, ListingPhoto } from '../../db/schema';
import type { AdminContext, AdminEnv } from '../context';
import { writtenIn, type AdminMessages } from '../../i18n';
import { ErrorSummary, TextField, fieldId, type FormErrors } from '../ui/form';
import { Csrf } from '../ui/layout';

export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
export const MAX_PHOTOS = 8;

const TYPES = [
  { type: 'image/jpeg', ext: 'jpg', test: (b: Uint8Array) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: 'image/png', ext: 'png', test: (b: Uint8Array) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 },
  {
    type: 'image/webp',
    ext: 'webp',
    test: (b: Uint8Array) => String.fromCharCode(...b.slice(0, 4)) === 'RIFF' && String.fromCharCode(...b.slice(8, 12)) === 'WEBP',
  },
] as const;

export type PhotoCheck = { ok: true; type: string; ext: string; bytes: ArrayBuffer; alt: string } | { ok: false; errors: FormErrors };

/** Validates an upload: file present, size, real image type, alt text. */
export async function checkPhoto(file: unknown, altRaw: unknown, count: number, t: AdminMessages): Promise<PhotoCheck> {
  const errors: FormErrors = {};
  const alt = typeof altRaw === 'string' ? altRaw.trim() : '';
  let found: (typeof TYPES)[number] | undefined;
  let bytes: ArrayBuffer | undefined;
  if (count >= MAX_PHOTOS) errors.photo = t.photos.tooMany;
  else if (!(file instanceof File) || file.size === 0) errors.photo = t.photos.missing;
  else if (file.size > MAX_PHOTO_BYTES) errors.photo = t.photos.tooLarge;
  else {
    bytes = await file.arrayBuffer();
    const head = new Uint8Array(bytes.slice(0, 12));
    found = TYPES.find((x) => x.test(head));
    if (!found) errors.photo = t.photos.wrongType;
  }
  if (!alt) errors.alt = t.errors.required;
  else if (alt.length > 200) errors.alt = t.errors.tooLong(200);
  if (Object.keys(errors).length || !found || !bytes) return { ok: false, errors };
  return { ok: true, type: found.type, ext: found.ext, bytes, alt };
}

export function PhotoSection({ c, listing, canEdit, errors = {}, alt }: { c: AdminContext; listing: Listing; canEdit: boolean; errors?: FormErrors; alt?: string }) {
  const t = c.get('t');
  const locale = c.get('locale');
  return (
    <section aria-labelledby="photos-h" class="panel" id="photos">
      <h2 id="photos-h">{t.listings.sections.photos}</h2>
      {listing.photos.length === 0 ? <p>{t.photos.none}</p> : null}
      <ul class="photos">
        {listing.photos.map((p) => (
          <li>
            <img src={p.url} alt={writtenIn(p.alt, locale)} width="160" height="100" />
            {canEdit ? (
              <form method="post" action={`/admin/listings/${listing.id}/photos/remove`}>
                <Csrf c={c} />
                <input type="hidden" name="url" value={p.url} />
                <button type="submit" class="secondary">
                  {t.photos.remove}
                  <span class="visually-hidden">: {p.alt.de}</span>
                </button>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
      {canEdit ? (
        <>
          <ErrorSummary errors={errors} t={t} />
          <form method="post" action={`/admin/listings/${listing.id}/photos`} enctype="multipart/form-data" novalidate>
            <Csrf c={c} />
            <div class={errors.photo ? 'field invalid' : 'field'}>
              <label for={fieldId('photo')}>{t.photos.file}</label>
              {errors.photo ? (
                <p class="error" id={`${fieldId('photo')}-error`}>
                  {errors.photo}
                </p>
              ) : null}
              <input id={fieldId('photo')} type="file" name="photo" accept="image/jpeg,image/png,image/webp" aria-invalid={errors.photo ? 'true' : undefined} aria-describedby={errors.photo ? `${fieldId('photo')}-error` : undefined} />
            </div>
            <TextField name="alt" label={t.photos.alt} hint={t.photos.altHint} value={alt} error={errors.alt} required maxlength={200} t={t} />
            <button type="submit">{t.photos.upload}</button>
          </form>
        </>
      ) : null}
    </section>
  );
}

export const photoUrl = (key: string) => `/media/${key}`;
export const photoKey = (url: string) => (url.startsWith('/media/') ? url.slice('/media/'.length) : null);

export function newPhoto(listingId: string, ext: string, alt: string): { key: string; photo: ListingPhoto } {
  const key = `listings/${listingId}/${crypto.randomUUID()}.${ext}`;
  return { key, photo: { url: photoUrl(key), alt: { de: alt, en: alt } } };
}

/** Public photo files (they belong to listings that seekers see). */
export const photoFiles = new Hono<AdminEnv>();
photoFiles.get('/media/listings/:listing/:file', async (c) => {
  const key = `listings/${c.req.param('listing')}/${c.req.param('file')}`;
  const missing = () => new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  if (!/^listings\/[\w-]{1,64}\/[\w-]{1,64}\.(jpg|png|webp)$/.test(key)) return missing();
  const obj = await c.env.PHOTOS.get(key);
  if (!obj) return missing();
  return new Response(obj.body, {
    headers: {
      'content-type': obj.httpMetadata?.contentType ?? 'application/octet-stream',
      'cache-control': 'public, max-age=86400',
      'x-content-type-options': 'nosniff',
      'cross-origin-resource-policy': 'cross-origin',
      etag: obj.httpEtag,
    },
  });
});
