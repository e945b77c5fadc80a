/** VSS's national hotline, shown wherever a citizen may be stuck. */
export const HOTLINE_DISPLAY = '1900 9068';
export const HOTLINE_TEL = 'tel:19009068';
