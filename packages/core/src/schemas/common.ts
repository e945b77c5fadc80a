import * as z from 'zod/mini';

// Marked pure so that an entry using a few of these (e.g. @vssid/core/estimates) does not carry the others.

/** 10-digit social-insurance code (mã số BHXH), the citizen's lifelong number and login ID. */
export const socialInsuranceCodeSchema = /* @__PURE__ */ z.string().check(z.regex(/^\d{10}$/));
/** 15-character BHYT card code: group (2 letters), benefit digit 1-5, province (2 digits), social-insurance code. */
export const cardCodeSchema = /* @__PURE__ */ z.string().check(z.regex(/^[A-Z]{2}[1-5]\d{2}\d{10}$/));
/** Calendar date `YYYY-MM-DD`. */
export const isoDateSchema = /* @__PURE__ */ z.iso.date();
/** Instant, ISO 8601 with offset or `Z`. */
export const isoDateTimeSchema = /* @__PURE__ */ z.iso.datetime({ offset: true });
/** Month `YYYY-MM` (participation periods are whole months, inclusive). */
export const isoMonthSchema = /* @__PURE__ */ z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/));
/** An amount of Vietnamese đồng; whole numbers are expected but XML 130 money columns allow 2 decimals. */
export const vndSchema = /* @__PURE__ */ z.number().check(z.minimum(0));
export const sexSchema = /* @__PURE__ */ z.enum(['male', 'female']);
export const idTypeSchema = /* @__PURE__ */ z.enum(['cccd', 'cmnd', 'passport']);
/** 5-digit code: 2-digit province + 3-digit number (offices and medical facilities). */
export const fiveDigitCodeSchema = /* @__PURE__ */ z.string().check(z.regex(/^\d{5}$/));
export const dossierNumberSchema = /* @__PURE__ */ z.string().check(z.regex(/^\d{5}\.[A-Z]{1,2}\/\d{4}\/\d{5}$/));
export const phoneSchema = /* @__PURE__ */ z.string().check(z.regex(/^0\d{9}$/));
export const otpSchema = /* @__PURE__ */ z.string().check(z.regex(/^\d{6}$/));

export type Sex = z.infer<typeof sexSchema>;
export type IdType = z.infer<typeof idTypeSchema>;
