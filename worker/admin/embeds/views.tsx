/** Embed pages' building blocks: the form, the snippet, the revoke action, the scope summary. */
import type { Embed } from '../../db/schema';
import type { AdminContext } from '../context';
import { formatDate, LOCALES } from '../../i18n';
import { Csrf, PostButton } from '../ui/layout';
import { CheckboxGroup, ErrorSummary, Select, TextArea, TextField, type FormErrors } from '../ui/form';
import { FONTS, type RawEmbedForm } from './form';

const one = (raw: RawEmbedForm, k: string) => {
  const v = raw[k];
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
};
const many = (raw: RawEmbedForm, k: string) => {
  const v = raw[k];
  return Array.isArray(v) ? v : v ? [v] : [];
};

/** The one-tag snippet a website pastes; `origin` is this Worker's public origin. */
export const snippetFor = (origin: string, key: string) => `<script src="${origin}/widget.js" data-key="${key}" async></script>`;

/** "All listings in the region", "Region, only: Projects · Genossenschaft A", or "own listings". */
export function scopeText(c: AdminContext, embed: Pick<Embed, 'scope' | 'scopeKinds' | 'scopeOrganizationIds'>, orgNames: Map<string, string>): string {
  const t = c.get('t');
  if (embed.scope === 'provider') return t.embeds.scopeProvider;
  const parts = [...embed.scopeKinds.map((k) => t.listings.kind[k] ?? k), ...embed.scopeOrganizationIds.map((id) => orgNames.get(id) ?? id)];
  return parts.length ? t.embeds.scopeSubset(parts.join(' · ')) : t.embeds.scopeRegion;
}

export interface EmbedFormProps {
  c: AdminContext;
  raw: RawEmbedForm;
  errors: FormErrors;
  action: string;
  readOnly?: boolean;
  /** Region embeds offer subsets; provider embeds are fixed to the own listings. */
  region: boolean;
  providers: { id: string; name: string }[];
}

export function EmbedForm({ c, raw, errors, action, readOnly, region, providers }: EmbedFormProps) {
  const t = c.get('t');
  const f = t.embeds.f;
  return (
    <form method="post" action={action} novalidate class="embed-form">
      <Csrf c={c} />
      <ErrorSummary errors={errors} t={t} />
      {readOnly ? <p class="hint">{t.embeds.readOnly}</p> : null}
      <fieldset disabled={readOnly}>
        <fieldset>
          <legend>{t.embeds.sections.basics}</legend>
          <TextField t={t} name="name" label={f.name} hint={f.nameHint} value={one(raw, 'name')} error={errors.name} required maxlength={80} />
          <TextArea t={t} name="origins" label={f.origins} hint={f.originsHint} value={one(raw, 'origins')} error={errors.origins} required rows={3} />
          <Select t={t} name="locale" label={f.locale} value={one(raw, 'locale')} error={errors.locale} options={LOCALES.map((l) => ({ value: l, label: t.embeds.locales[l]! }))} />
        </fieldset>
        <fieldset>
          <legend>{t.embeds.sections.scope}</legend>
          {region ? (
            <>
              <p class="hint">{f.kindsHint}</p>
              <CheckboxGroup name="kinds" legend={f.kinds} values={many(raw, 'kinds')} error={errors.kinds} options={(['project', 'property'] as const).map((k) => ({ value: k, label: t.listings.kind[k]! }))} />
              <p class="hint">{f.providersHint}</p>
              {providers.length ? (
                <CheckboxGroup name="providers" legend={f.providers} values={many(raw, 'providers')} error={errors.providers} options={providers.map((p) => ({ value: p.id, label: p.name }))} />
              ) : (
                <p>{f.noProviders}</p>
              )}
            </>
          ) : (
            <p>{t.embeds.providerScopeNote}</p>
          )}
        </fieldset>
        <fieldset>
          <legend>{t.embeds.sections.theme}</legend>
          <ThemeFields c={c} raw={raw} errors={errors} />
        </fieldset>
        {readOnly ? null : <button type="submit">{t.common.save}</button>}
      </fieldset>
    </form>
  );
}

/** Accent, radius and font: in the embed form and in the preview's "try a look" form. */
export function ThemeFields({ c, raw, errors }: { c: AdminContext; raw: RawEmbedForm; errors: FormErrors }) {
  const t = c.get('t');
  const f = t.embeds.f;
  return (
    <>
      <TextField t={t} name="accent" label={f.accent} hint={f.accentHint} value={one(raw, 'accent')} error={errors.accent} maxlength={7} autocomplete="off" />
      <TextField t={t} name="radius" label={f.radius} hint={f.radiusHint} value={one(raw, 'radius')} error={errors.radius} maxlength={8} autocomplete="off" />
      <Select t={t} name="font" label={f.font} value={one(raw, 'font')} error={errors.font} options={Object.keys(FONTS).map((k) => ({ value: k, label: t.embeds.fonts[k] ?? k }))} />
    </>
  );
}

export function Snippet({ c, embed }: { c: AdminContext; embed: Embed }) {
  const t = c.get('t');
  const origin = new URL(c.req.url).origin;
  return (
    <section class="panel" aria-labelledby="snippet-h">
      <h2 id="snippet-h">{t.embeds.sections.snippet}</h2>
      <p id="snippet-hint">{t.embeds.snippetIntro}</p>
      <div class="field">
        <label for="snippet">{t.embeds.snippetLabel}</label>
        <textarea id="snippet" readonly rows={3} aria-describedby="snippet-hint" class="code">
          {snippetFor(origin, embed.publishableKey)}
        </textarea>
      </div>
      <p>
        {t.embeds.keyLabel}: <code>{embed.publishableKey}</code>
      </p>
    </section>
  );
}

export function RevokeAction({ c, embed, canRevoke }: { c: AdminContext; embed: Embed; canRevoke: boolean }) {
  const t = c.get('t');
  if (embed.revokedAt !== null) {
    return (
      <p class="warning">
        {t.embeds.revokedNote} {t.embeds.revokedAt(formatDate(embed.revokedAt, c.get('locale')))}
      </p>
    );
  }
  if (!canRevoke) return null;
  return (
    <section class="panel" aria-labelledby="revoke-h">
      <h2 id="revoke-h">{t.embeds.sections.danger}</h2>
      <p>{t.embeds.revokeIntro}</p>
      <PostButton c={c} action={`/admin/embeds/${embed.id}/revoke`} variant="secondary">
        {t.embeds.revoke}
      </PostButton>
    </section>
  );
}
