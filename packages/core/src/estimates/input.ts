/** Input checks shared by the estimate functions: zod for shapes, a few rules zod cannot see. */
import * as z from 'zod/mini';
import { monthIndex } from '../analysis/months.js';
import { isRealDate } from '../domain/dates.js';
import { isoMonthSchema, sexSchema, type Sex } from '../schemas/common.js';
import { participationHistorySchema, type ParticipationHistory } from '../schemas/participation.js';
import type { IssueParams } from '../validators/types.js';
import type { EstimateIssue, EstimateIssueCode } from './types.js';

/** Collects issues while reading an input; each reader returns undefined when its part is wrong. */
export class InputReader {
  readonly issues: EstimateIssue[] = [];

  add(code: EstimateIssueCode, field: string, params?: IssueParams): undefined {
    this.issues.push(params ? { code, field, params } : { code, field });
    return undefined;
  }

  /** Parses with a schema; on failure records `code` at the first wrong path under `field`. */
  parse<T>(
    schema: z.ZodMiniType<T>,
    value: unknown,
    field: string,
    code: EstimateIssueCode,
    params?: IssueParams,
  ): T | undefined {
    const r = schema.safeParse(value);
    if (r.success) return r.data;
    const path = r.error.issues[0]?.path ?? [];
    return this.add(code, [field, ...path.map(String)].join('.'), params);
  }

  /** An optional field: undefined stays undefined without an issue. */
  optional<T>(
    schema: z.ZodMiniType<T>,
    value: unknown,
    field: string,
    code: EstimateIssueCode,
    params?: IssueParams,
  ): T | undefined {
    return value === undefined ? undefined : this.parse(schema, value, field, code, params);
  }

  /** The options object itself: absent is fine, anything but a plain object is not. */
  options(value: unknown, field = 'options'): Record<string, unknown> {
    if (value === undefined) return {};
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      this.add('options_invalid', field);
      return {};
    }
    return value as Record<string, unknown>;
  }

  get ok(): boolean {
    return this.issues.length === 0;
  }
}

export const monthSchema = isoMonthSchema;
const isoDateShape = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
export const amountSchema = z.number().check(z.minimum(0));
export const settlementYearSchema = z.number().check(z.int(), z.minimum(1990), z.maximum(2200));
export const wholeMonthsSchema = z.number().check(z.int(), z.minimum(0), z.maximum(1200));

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (only a year known: 1 January, Decree 135/2020). */
const DOB = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A person as the estimates need them (the profile's `sex` and `dateOfBirth` fit). */
export interface EstimatePerson {
  sex: Sex;
  /** `YYYY-MM-DD`; `YYYY-MM` or `YYYY` when only part is known. */
  dateOfBirth: string;
}

export interface ReadPerson {
  sex: Sex;
  /** Month index of birth (year × 12 + month − 1). */
  birthMonth: number;
}

export function readSex(r: InputReader, value: unknown, field: string): Sex | undefined {
  return r.parse(sexSchema, value, field, 'sex_invalid');
}

export function readDateOfBirth(r: InputReader, value: unknown, field: string): number | undefined {
  const m = typeof value === 'string' ? DOB.exec(value.trim()) : null;
  if (!m) return r.add('date_of_birth_invalid', field);
  const y = Number(m[1]);
  const mo = m[2] === undefined ? 1 : Number(m[2]);
  const d = m[3] === undefined ? 1 : Number(m[3]);
  if (y < 1900 || !isRealDate(y, mo, d)) return r.add('date_of_birth_invalid', field);
  return y * 12 + mo - 1;
}

export function readPerson(r: InputReader, value: unknown, field = 'person'): ReadPerson | undefined {
  if (value === null || typeof value !== 'object') return r.add('sex_invalid', `${field}.sex`);
  const v = value as Record<string, unknown>;
  const sex = readSex(r, v.sex, `${field}.sex`);
  const birthMonth = readDateOfBirth(r, v.dateOfBirth, `${field}.dateOfBirth`);
  return sex !== undefined && birthMonth !== undefined ? { sex, birthMonth } : undefined;
}

/** The history's shape (the API's schema) and periods that run forwards. */
export function readHistory(r: InputReader, value: unknown, field = 'history'): ParticipationHistory | undefined {
  const h = r.parse(participationHistorySchema, value, field, 'history_invalid');
  if (!h) return undefined;
  let good = true;
  h.periods.forEach((p, i) => {
    if (monthIndex(p.toMonth) < monthIndex(p.fromMonth)) {
      r.add('period_order', `${field}.periods.${i}`, { fromMonth: p.fromMonth, toMonth: p.toMonth });
      good = false;
    }
  });
  return good ? h : undefined;
}

/** A real `YYYY-MM-DD` date, or today's (local calendar) when absent. */
export function readDate(r: InputReader, value: unknown, field: string): string | undefined {
  if (value === undefined) {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }
  const date = r.parse(isoDateShape, value, field, 'date_invalid');
  if (date === undefined) return undefined;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return isRealDate(y, m, d) ? date : r.add('date_invalid', field);
}

/** A month option as an index, or the fallback when absent. */
export function readMonth(r: InputReader, value: unknown, field: string, fallback: number): number | undefined {
  if (value === undefined) return fallback;
  const m = r.parse(monthSchema, value, field, 'month_invalid');
  return m === undefined ? undefined : monthIndex(m);
}
