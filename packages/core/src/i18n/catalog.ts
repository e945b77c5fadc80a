import type { IssueCode, IssueParams } from '../validators/types.js';

/** A complete message catalog: a missing translation is a compile error. */
export type MessageCatalog = Readonly<Record<IssueCode, (params: IssueParams) => string>>;
