/**
 * @vssid/core: the typed data layer of VssID Elements. No DOM beyond `fetch`, no mock.
 *
 * This entry is the HTTP boundary: the zod/mini schemas of every response, the typed errors and the client.
 * The rest comes in entries of its own, so that a page pays only for what it uses:
 * - `@vssid/core/validators`: form checks, returning issue codes;
 * - `@vssid/core/i18n`: the messages for those issues (Vietnamese; English is `@vssid/core/messages-en`);
 * - `@vssid/core/format`: `Intl` formats (vi-VN) and masks;
 * - `@vssid/core/domain`: the code tables (BHYT groups, provinces, card codes, money, dates);
 * - `@vssid/core/analysis`: participation and benefit summaries, CSV;
 * - `@vssid/core/text`, `@vssid/core/media`: office labels and SMS text, image types.
 */
export * from './schemas/index.js';
export * from './errors.js';
export type * from './client/api.js';
export * from './client/index.js';
// used in nearly every signature; a type costs nothing at run time
export type { Locale } from './i18n/locale.js';
