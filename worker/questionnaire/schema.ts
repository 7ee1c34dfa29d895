/**
 * zod schemas derived from a catalogue, so the API validates exactly what the catalogue asks:
 * unknown question ids, wrong options and numbers out of range are refused, naming the field.
 */
import { z } from '@hono/zod-openapi';
import type { Catalogue, Question, QuestionSide } from './types';

const importance = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]);

function valueSchema(q: Question): z.ZodType {
  const values = (q.options ?? []).map((o) => o.value) as [string, ...string[]];
  switch (q.kind) {
    case 'count':
    case 'money':
      return z.number().int().min(q.min ?? 0).max(q.max ?? 1_000_000);
    case 'single':
      return z.enum(values);
    case 'multi':
      return z
        .array(z.enum(values))
        .min(1)
        .max(values.length)
        .refine((xs) => new Set(xs).size === xs.length, 'Options must not repeat.');
    case 'boolean':
      return z.boolean();
    case 'postcode':
      return z.string().regex(/^\d{5}$/, 'A German postcode has five digits.');
  }
}

function answerSchema(q: Question) {
  const value = valueSchema(q);
  // Facts (household size, postcode) carry no importance; weighted answers may.
  return q.weighted ? z.object({ value, importance: importance.optional() }).strict() : z.object({ value }).strict();
}

/**
 * Answers of one side against a catalogue; every question optional (unanswered = neutral).
 * @example
 * const seekerAnswers = answersSchema(catalogueV1, 'seeker');
 * seekerAnswers.parse({ 'who.adults': { value: 2 } });
 */
export function answersSchema(catalogue: Catalogue, side: Exclude<QuestionSide, 'both'>) {
  const shape: Record<string, z.ZodOptional<z.ZodType>> = {};
  for (const q of catalogue.questions) {
    if (q.side === side || q.side === 'both') shape[q.id] = answerSchema(q).optional();
  }
  return z.object(shape).strict();
}
