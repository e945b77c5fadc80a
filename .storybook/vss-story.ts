// The story conventions of VssID Elements: which demo account a story signs in as and which fault the mock
// backend injects. Stories name them in `parameters`; the preview's loader applies them.
import { demoAccounts } from '@vssid/mocks';

/** Friendly names of the mock's demo accounts (a 10-digit social insurance code works too). */
export type VssAccountName =
  | 'worker'
  | 'must-change'
  | 'locked'
  | 'pensioner'
  | 'child'
  | 'many-visits'
  | 'expired';

/** Named faults: the toolbar's and the per-state stories'. */
export type VssFaultName = 'none' | 'latency' | 'loading' | 'network' | 'status500' | 'malformed' | 'schema';

/** What POST /api/dev/faults takes. */
export interface VssFault {
  path: string;
  kind: 'latency' | 'network' | 'status' | 'malformed-json' | 'schema-break';
  status?: number;
  delayMs?: number;
  times?: number;
}

export interface VssStoryParameters {
  /** Sign in as this demo account before the story renders. */
  vssAccount?: VssAccountName | (string & {});
  /** Break the mock backend this way for this story (overrides the toolbar's fault). */
  vssFault?: VssFaultName | VssFault;
  /** After signing in, move the server clock past the session's lifetime (the "session expired" state). */
  vssSessionExpired?: boolean;
}

/** How long the Loading stories keep a request pending: as long as the mock allows. */
const LOADING_MS = 120_000; // the mock caps delayMs at 2 minutes

const byName: Record<VssAccountName, (a: (typeof demoAccounts)[number]) => boolean> = {
  worker: (a) => a.kind === 'worker' && !a.mustChangePassword && !a.locked && !a.visitCount,
  'must-change': (a) => !!a.mustChangePassword,
  locked: (a) => !!a.locked,
  pensioner: (a) => a.kind === 'pensioner',
  child: (a) => a.kind === 'child',
  'many-visits': (a) => (a.visitCount ?? 0) >= 1000,
  expired: (a) => a.kind === 'expired',
};

/** The demo account a story asked for, by friendly name or by code. */
export function accountFor(wanted: string): { code: string; password: string } {
  const match =
    wanted in byName ? byName[wanted as VssAccountName] : (a: (typeof demoAccounts)[number]) => a.code === wanted;
  const account = demoAccounts.find(match);
  if (!account) throw new Error(`No demo account "${wanted}" in @vssid/mocks`);
  return { code: account.code, password: account.password };
}

/** The fault to inject for a toolbar value or a story parameter; `undefined` means none. */
export function faultFor(f: VssFaultName | VssFault | undefined): VssFault | undefined {
  if (!f || f === 'none') return undefined;
  if (typeof f === 'object') return f;
  const path = '/api/*';
  switch (f) {
    case 'latency':
      return { path, kind: 'latency', delayMs: 3000 };
    case 'loading':
      return { path, kind: 'latency', delayMs: LOADING_MS };
    case 'network':
      return { path, kind: 'network' };
    case 'status500':
      return { path, kind: 'status', status: 500 };
    case 'malformed':
      return { path, kind: 'malformed-json' };
    case 'schema':
      return { path, kind: 'schema-break' };
  }
}

/** The story client's time limit: a Loading story must stay loading rather than turn into a timeout error. */
export function storyClientTimeout(fault: VssFault | undefined): number {
  return fault?.kind === 'latency' ? Math.max(15_000, (fault.delayMs ?? 0) + 5_000) : 15_000;
}
