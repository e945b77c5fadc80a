/** The two languages of VssID Elements: Vietnamese (default, the source) and English. */
export type Locale = 'vi' | 'en';
/** The `Intl` locale for each UI language; numbers, dates and money follow Vietnamese conventions in `vi`. */
export const intlLocale: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };
