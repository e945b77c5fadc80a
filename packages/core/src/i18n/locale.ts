/** UI locales of core's messages and formats. */
export type Locale = 'vi' | 'en';

/** The locales core ships catalogs for, default first. */
export const locales: readonly Locale[] = ['vi', 'en'];
