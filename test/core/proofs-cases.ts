/**
 * The attacks on `verifyProof`, written once and run twice: in Chromium (proofs.test.ts) and in Node 20
 * (proofs.node-test.ts), since a backend verifies with the same function. Each case forges its tokens
 * byte by byte here, not with `signProof`, so that the verifier is tested against what an attacker can send.
 */
import {
  publicProofJwk,
  verifyProof,
  type ProofFailureReason,
  type ProofJwk,
  type ProofVerification,
} from '@vssid/core/proofs';

/** The assertions both runners share (chai's `assert` in the browser, `node:assert/strict` in Node). */
export interface Assert {
  equal(actual: unknown, expected: unknown, message?: string): void;
  deepEqual(actual: unknown, expected: unknown, message?: string): void;
  ok(value: unknown, message?: string): void;
}
export interface Case {
  name: string;
  run(): Promise<void>;
}

const EC = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;
const utf8 = (s: string) => new TextEncoder().encode(s);

export function b64u(bytes: Uint8Array | ArrayBuffer): string {
  const b = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let bin = '';
  for (const x of b) bin += String.fromCharCode(x);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
export const segment = (v: unknown): string => b64u(utf8(typeof v === 'string' ? v : JSON.stringify(v)));
export function decodeSegment(s: string): unknown {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '=='.slice(0, (4 - (s.length % 4)) % 4));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0))));
}

export interface TestKey {
  kid: string;
  privateKey: CryptoKey;
  jwk: ProofJwk;
}
export async function testKey(kid: string): Promise<TestKey> {
  const pair = (await crypto.subtle.generateKey(EC, true, ['sign', 'verify'])) as CryptoKeyPair;
  return {
    kid,
    privateKey: pair.privateKey,
    jwk: publicProofJwk(await crypto.subtle.exportKey('jwk', pair.publicKey), kid),
  };
}

/** header.payload.signature, the signature made by `sign` over the first two segments (or given as text). */
async function forge(
  header: unknown,
  payload: unknown,
  sign: ((input: Uint8Array<ArrayBuffer>) => Promise<ArrayBuffer | Uint8Array>) | string,
): Promise<string> {
  const input = `${segment(header)}.${segment(payload)}`;
  const signature = typeof sign === 'string' ? sign : b64u(await sign(utf8(input)));
  return `${input}.${signature}`;
}
const es256 = (key: CryptoKey) => (input: Uint8Array<ArrayBuffer>) => crypto.subtle.sign(SIGN, key, input);
const hs256 = async (secret: Uint8Array<ArrayBuffer>, input: Uint8Array<ArrayBuffer>) => {
  const key = await crypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return crypto.subtle.sign('HMAC', key, input);
};

/** A fixed moment, so every time edge is exact: issued at T, valid ten minutes. */
const T = 1_500_000_000; // July 2017: the real clock is always far past it
const at = (seconds: number) => seconds * 1000;
const header = (kid: string, over: Record<string, unknown> = {}) => ({
  alg: 'ES256',
  typ: 'vss-proof+jwt',
  kid,
  ...over,
});
const payload = (over: Record<string, unknown> = {}) => ({
  iss: 'vssid-test',
  jti: 'p0123456789',
  iat: T,
  exp: T + 600,
  full_name: 'Nguyễn Thị Hoà',
  birth_year: 1990,
  card_valid: { status: 'valid', from: '2026-01-01', to: '2026-12-31' },
  ...over,
});
const during = { now: at(T + 60) };

export function proofCases(assert: Assert): Case[] {
  let main: TestKey;
  let other: TestKey;
  let jwks: { keys: ProofJwk[] };
  const ready = (async () => {
    main = await testKey('k-main');
    other = await testKey('k-other');
    jwks = { keys: [main.jwk, other.jwk] };
  })();

  const refused = (r: ProofVerification, reason: ProofFailureReason, what: string) =>
    assert.deepEqual(r, { ok: false, reason }, what);
  const genuine = () => forge(header(main.kid), payload(), es256(main.privateKey));
  const cases: Case[] = [];
  const it = (name: string, run: () => Promise<void>) => cases.push({ name, run: async () => (await ready, run()) });

  it('accepts a genuine token and returns only its claims, its life, its id and its key', async () => {
    const r = await verifyProof(await genuine(), jwks, during);
    assert.deepEqual(r, {
      ok: true,
      claims: {
        full_name: 'Nguyễn Thị Hoà',
        birth_year: 1990,
        card_valid: { status: 'valid', from: '2026-01-01', to: '2026-12-31' },
      },
      expiresAt: new Date(at(T + 600)).toISOString(),
      issuedAt: new Date(at(T)).toISOString(),
      id: 'p0123456789',
      issuer: 'vssid-test',
      kid: 'k-main',
    });
    // what a QR reader hands over may end in a newline
    assert.equal((await verifyProof(`  ${await genuine()}\n`, jwks, during)).ok, true);
  });

  it('refuses a tampered payload: another name, another expiry, one changed character', async () => {
    const [h, , s] = (await genuine()).split('.');
    refused(
      await verifyProof(`${h}.${segment(payload({ full_name: 'Trần Văn Giả' }))}.${s}`, jwks, during),
      'bad_signature',
      'name',
    );
    refused(
      await verifyProof(`${h}.${segment(payload({ exp: T + 86_400 }))}.${s}`, jwks, during),
      'bad_signature',
      'expiry',
    );
    const token = await genuine();
    const i = token.indexOf('.') + 10;
    const flipped = token.slice(0, i) + (token[i] === 'A' ? 'B' : 'A') + token.slice(i + 1);
    refused(await verifyProof(flipped, jwks, during), 'bad_signature', 'one character');
  });

  it('refuses a tampered header: re-spelled, pointed at another key, carrying its own key or critical members', async () => {
    const [, p, s] = (await genuine()).split('.');
    const spaced = segment(JSON.stringify(header(main.kid), null, 1));
    refused(await verifyProof(`${spaced}.${p}.${s}`, jwks, during), 'bad_signature', 'same members, other bytes');
    refused(
      await verifyProof(`${segment(header(other.kid))}.${p}.${s}`, jwks, during),
      'bad_signature',
      'kid of another key',
    );
    // the attacker signs with their own key and ships it in the header: never trusted
    const attacker = await testKey('k-main');
    const embedded = await forge(header(main.kid, { jwk: attacker.jwk }), payload(), es256(attacker.privateKey));
    refused(await verifyProof(embedded, jwks, during), 'malformed', 'jwk in the header');
    const jku = await forge(
      header(main.kid, { jku: 'https://evil.example/keys' }),
      payload(),
      es256(attacker.privateKey),
    );
    refused(await verifyProof(jku, jwks, during), 'malformed', 'jku in the header');
    const crit = await forge(header(main.kid, { crit: ['exp'] }), payload(), es256(main.privateKey));
    refused(await verifyProof(crit, jwks, during), 'malformed', 'crit');
    const typ = await forge(header(main.kid, { typ: 'JWT' }), payload(), es256(main.privateKey));
    refused(await verifyProof(typ, jwks, during), 'malformed', 'another typ');
    const noKid = await forge({ alg: 'ES256', typ: 'vss-proof+jwt' }, payload(), es256(main.privateKey));
    refused(await verifyProof(noKid, jwks, during), 'malformed', 'no kid');
  });

  it('refuses a signature by another key, under the genuine kid or its own', async () => {
    const attacker = await testKey('k-main');
    refused(
      await verifyProof(await forge(header('k-main'), payload(), es256(attacker.privateKey)), jwks, during),
      'bad_signature',
      'same kid',
    );
    // signed by the other published key but claiming the main one
    refused(
      await verifyProof(await forge(header('k-main'), payload(), es256(other.privateKey)), jwks, during),
      'bad_signature',
      'swapped',
    );
    refused(
      await verifyProof(await forge(header('k-evil'), payload(), es256(attacker.privateKey)), jwks, during),
      'unknown_key',
      'own kid',
    );
  });

  it('refuses alg "none" in every spelling, with or without a signature', async () => {
    for (const alg of ['none', 'None', 'NONE', 'nOnE', '']) {
      const bare = await forge(header(main.kid, { alg }), payload(), '');
      refused(await verifyProof(bare, jwks, during), 'unsupported_alg', `alg "${alg}"`);
      const [h, p] = bare.split('.');
      refused(
        await verifyProof(`${h}.${p}.${(await genuine()).split('.')[2]}`, jwks, during),
        'unsupported_alg',
        `alg "${alg}", signed`,
      );
    }
    refused(
      await verifyProof(await forge(header(main.kid, { alg: undefined }), payload(), ''), jwks, during),
      'malformed',
      'no alg',
    );
  });

  it('refuses HS256 made with the public key as the HMAC secret, in every form of that key', async () => {
    const exported = await crypto.subtle.importKey(
      'jwk',
      { kty: 'EC', crv: 'P-256', x: main.jwk.x, y: main.jwk.y },
      EC,
      true,
      ['verify'],
    );
    const spki = new Uint8Array(await crypto.subtle.exportKey('spki', exported));
    const raw = new Uint8Array(await crypto.subtle.exportKey('raw', exported));
    const pem = `-----BEGIN PUBLIC KEY-----\n${btoa(String.fromCharCode(...spki))}\n-----END PUBLIC KEY-----\n`;
    const secrets = { jwk: utf8(JSON.stringify(main.jwk)), spki, raw, pem: utf8(pem), x: utf8(main.jwk.x) };
    for (const [form, secret] of Object.entries(secrets)) {
      for (const alg of ['HS256', 'HS384', 'HS512', 'RS256', 'PS256', 'ES384', 'EdDSA']) {
        const token = await forge(header(main.kid, { alg }), payload(), (input) => hs256(secret, input));
        refused(await verifyProof(token, jwks, during), 'unsupported_alg', `${alg} with the key as ${form}`);
      }
      // the same MAC under a header that claims ES256: the wrong length, then the wrong bytes
      const mac = await forge(header(main.kid), payload(), (input) => hs256(secret, input));
      refused(await verifyProof(mac, jwks, during), 'bad_signature', `HMAC labelled ES256 (${form})`);
      const doubled = await forge(header(main.kid), payload(), async (input) => {
        const m = new Uint8Array(await hs256(secret, input));
        return Uint8Array.from([...m, ...m]);
      });
      refused(await verifyProof(doubled, jwks, during), 'bad_signature', `64-byte MAC labelled ES256 (${form})`);
    }
  });

  it('does not use a key of another curve, type, algorithm or use, even under the right kid', async () => {
    const p384 = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-384' }, true, [
      'sign',
      'verify',
    ])) as CryptoKeyPair;
    const p384Jwk = await crypto.subtle.exportKey('jwk', p384.publicKey);
    const signed384 = await forge(header('k-384'), payload(), (input) =>
      crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-384' }, p384.privateKey, input),
    );
    const withKey = (jwk: Record<string, unknown>) => ({ keys: [{ ...jwk, kid: 'k-384', alg: 'ES256', use: 'sig' }] });
    refused(
      await verifyProof(signed384, withKey({ kty: 'EC', crv: 'P-384', x: p384Jwk.x, y: p384Jwk.y }), during),
      'unknown_key',
      'P-384',
    );
    refused(
      await verifyProof(signed384, withKey({ kty: 'EC', crv: 'secp256k1', x: main.jwk.x, y: main.jwk.y }), during),
      'unknown_key',
      'secp256k1',
    );
    // P-384 coordinates labelled P-256: the schema's lengths refuse them before WebCrypto sees them
    refused(
      await verifyProof(signed384, withKey({ kty: 'EC', crv: 'P-256', x: p384Jwk.x, y: p384Jwk.y }), during),
      'unknown_key',
      'relabelled',
    );
    const token = await genuine();
    const variants: [string, Record<string, unknown>][] = [
      ['alg ES384', { ...main.jwk, alg: 'ES384' }],
      ['no alg', { ...main.jwk, alg: undefined }],
      ['use enc', { ...main.jwk, use: 'enc' }],
      ['kty oct', { kty: 'oct', k: main.jwk.x, kid: main.kid, alg: 'HS256', use: 'sig' }],
      ['kty RSA', { kty: 'RSA', n: main.jwk.x, e: 'AQAB', kid: main.kid, alg: 'RS256', use: 'sig' }],
      ['x with padding', { ...main.jwk, x: `${main.jwk.x}=` }],
    ];
    for (const [what, jwk] of variants) refused(await verifyProof(token, { keys: [jwk] }, during), 'unknown_key', what);
    // a well-formed JWK whose point is not on P-256: WebCrypto refuses to import it
    const offCurve = { ...main.jwk, y: b64u(new Uint8Array(32).fill(7)) };
    refused(await verifyProof(token, { keys: [offCurve] }, during), 'unknown_key', 'point off the curve');
  });

  it('judges time with 60 s of skew both ways, exact at the edges', async () => {
    const token = await genuine();
    const check = async (now: number, options: { skewSeconds?: number } = {}) =>
      await verifyProof(token, jwks, { now, ...options });
    assert.equal((await check(at(T + 600) + 59_999)).ok, true, 'exp + skew - 1 ms');
    refused(await check(at(T + 600) + 60_000), 'expired', 'exp + skew');
    refused(await check(at(T + 86_400)), 'expired', 'a day later');
    assert.equal((await check(at(T) - 60_000)).ok, true, 'iat - skew');
    refused(await check(at(T) - 60_001), 'not_yet_valid', 'iat - skew - 1 ms');
    refused(await check(at(T - 3600)), 'not_yet_valid', 'an hour early');
    // no skew: valid exactly in [iat, exp)
    assert.equal((await check(at(T), { skewSeconds: 0 })).ok, true, 'iat, no skew');
    refused(await check(at(T) - 1, { skewSeconds: 0 }), 'not_yet_valid', 'iat - 1 ms, no skew');
    assert.equal((await check(at(T + 600) - 1, { skewSeconds: 0 })).ok, true, 'exp - 1 ms, no skew');
    refused(await check(at(T + 600), { skewSeconds: 0 }), 'expired', 'exp, no skew');
    // a wider skew and a Date work too; a negative skew counts as none
    assert.equal((await check(at(T + 600) + 299_000, { skewSeconds: 300 })).ok, true, 'skew 300');
    refused(await check(at(T + 600), { skewSeconds: -60 }), 'expired', 'negative skew');
    assert.equal((await verifyProof(token, jwks, { now: new Date(at(T + 1)) })).ok, true, 'Date');
  });

  it('refuses an oversized token before decoding it, and malformed shapes of every kind', async () => {
    const huge = await forge(header(main.kid), payload({ note: 'x'.repeat(3000) }), es256(main.privateKey));
    refused(await verifyProof(huge, jwks, during), 'malformed', 'a signed 4 kB token');
    refused(await verifyProof('a'.repeat(5_000_000), jwks, during), 'malformed', '5 MB');
    refused(
      await verifyProof(`${await genuine()}${' '.repeat(3000)}`, jwks, during),
      'malformed',
      'padded with spaces',
    );
    const token = await genuine();
    const [h, p, s] = token.split('.');
    const shapes: [string, unknown][] = [
      ['not a string', 42],
      ['null', null],
      ['an object', { token }],
      ['empty', ''],
      ['two parts', `${h}.${p}`],
      ['four parts', `${token}.${s}`],
      ['JWE-like five parts', `${h}.${p}.${s}.${s}.${s}`],
      ['a padded header', `${h}=.${p}.${s}`],
      ['standard base64 in the header', `${h!.replace(/-/g, '+').replace(/_/g, '/')}+/.${p}.${s}`],
      ['header not JSON', `${segment('{"alg":"ES256",')}.${p}.${s}`],
      ['header an array', `${segment(['ES256'])}.${p}.${s}`],
      ['header not UTF-8', `${b64u(Uint8Array.from([0x7b, 0xff, 0xfe, 0x7d]))}.${p}.${s}`],
      ['alg a number', `${segment(header(main.kid, { alg: 256 }))}.${p}.${s}`],
    ];
    for (const [what, value] of shapes) refused(await verifyProof(value, jwks, during), 'malformed', what);
    // a genuine signature over a payload that is not JSON
    refused(
      await verifyProof(await forge(header(main.kid), 'not json', es256(main.privateKey)), jwks, during),
      'malformed',
      'payload',
    );
  });

  it('refuses signatures that are not exactly 64 canonical bytes', async () => {
    const token = await genuine();
    const [h, p, s] = token.split('.') as [string, string, string];
    refused(await verifyProof(`${h}.${p}.`, jwks, during), 'bad_signature', 'empty');
    refused(await verifyProof(`${h}.${p}.${s.slice(0, -2)}`, jwks, during), 'bad_signature', 'short');
    refused(await verifyProof(`${h}.${p}.${s}AA`, jwks, during), 'bad_signature', 'long');
    refused(await verifyProof(`${h}.${p}.${s}==`, jwks, during), 'bad_signature', 'padded');
    // The 86th character carries 2 bits of signature and 4 unused ones: a second spelling of the same bytes.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const last = alphabet.indexOf(s[85]!);
    const respelled = s.slice(0, 85) + alphabet[last ^ 1]!;
    refused(await verifyProof(`${h}.${p}.${respelled}`, jwks, during), 'bad_signature', 'non-canonical spelling');
    // ASN.1 DER, what many libraries output: never read as JWS's raw r‖s
    const raw = Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/') + '=='), (c) => c.charCodeAt(0));
    const int = (b: Uint8Array) => (b[0]! & 0x80 ? [0x02, b.length + 1, 0, ...b] : [0x02, b.length, ...b]);
    const body = [...int(raw.slice(0, 32)), ...int(raw.slice(32))];
    refused(
      await verifyProof(`${h}.${p}.${b64u(Uint8Array.from([0x30, body.length, ...body]))}`, jwks, during),
      'bad_signature',
      'DER',
    );
  });

  it('refuses genuine tokens whose claims are not the contract', async () => {
    const signed = (over: Record<string, unknown>) => forge(header(main.kid), payload(over), es256(main.privateKey));
    const bad: [string, Record<string, unknown>][] = [
      ['the social-insurance code', { social_insurance_code: '7901234567' }],
      ['a phone', { phone: '0912345678' }],
      ['an address', { address: 'Hà Nội' }],
      ['a sub', { sub: '7901234567' }],
      ['an nbf', { nbf: T }],
      ['no claim at all', { full_name: undefined, birth_year: undefined, card_valid: undefined }],
      ['a wrong value type', { birth_year: '1990' }],
      ['a fraction', { birth_year: 1990.5 }],
      ['a wrong nested value', { card_valid: { status: 'great', from: '2026-01-01', to: null } }],
      ['a group code in lower case', { card_group: 'dn' }],
      ['a life over a day', { exp: T + 86_401 }],
      ['exp before iat', { exp: T - 1 }],
      ['iat as a string', { iat: String(T) }],
      ['no jti', { jti: undefined }],
      ['an empty issuer', { iss: '' }],
      ['an issuer over 200 characters', { iss: 'x'.repeat(201) }],
      ['a prototype key', JSON.parse('{"__proto__": {"ok": true}}') as Record<string, unknown>],
    ];
    for (const [what, over] of bad) refused(await verifyProof(await signed(over), jwks, during), 'bad_claims', what);
    refused(
      await verifyProof(await genuine(), jwks, { ...during, issuer: 'someone-else' }),
      'bad_claims',
      'another issuer',
    );
    assert.equal(
      (await verifyProof(await genuine(), jwks, { ...during, issuer: 'vssid-test' })).ok,
      true,
      'the expected issuer',
    );
  });

  it('finds its key in a set of many, skips keys it cannot use, and tries every key with the kid', async () => {
    const pool = await Promise.all(Array.from({ length: 20 }, (_, i) => testKey(`k-${i}`)));
    const keys: unknown[] = [];
    for (let i = 0; i < 1000; i++) keys.push({ ...pool[i % 20]!.jwk, kid: `k-${i}` });
    keys.splice(
      500,
      0,
      { kty: 'RSA', n: 'AQAB', e: 'AQAB', kid: 'rsa' },
      { kty: 'oct', k: 'c2VjcmV0', kid: 'k-main' },
      null,
      'junk',
      7,
    );
    keys.push(main.jwk);
    const many = { keys };
    assert.deepEqual(
      ((await verifyProof(await genuine(), many, during)) as { kid?: string }).kid,
      'k-main',
      'last of 1005',
    );
    const signedBy = (k: TestKey, kid: string) => forge(header(kid), payload(), es256(k.privateKey));
    assert.equal((await verifyProof(await signedBy(pool[13]!, 'k-613'), many, during)).ok, true, 'one in the middle');
    refused(await verifyProof(await signedBy(pool[13]!, 'k-614'), many, during), 'bad_signature', 'neighbouring kid');
    refused(await verifyProof(await signedBy(pool[13]!, 'k-5000'), many, during), 'unknown_key', 'absent kid');
    // two keys published under one kid (a rotation gone wrong): the one that verifies wins
    const twins = { keys: [{ ...other.jwk, kid: 'k-main' }, main.jwk] };
    assert.equal((await verifyProof(await genuine(), twins, during)).ok, true, 'duplicate kid');
  });

  it('accepts a retired key while its proofs live, and not once it has left the set', async () => {
    const next = await testKey('k-next');
    const old = await genuine(); // signed by k-main, valid until T + 600
    const afterRotation = { keys: [main.jwk, next.jwk] };
    const afterRetirement = { keys: [next.jwk] };
    assert.equal((await verifyProof(old, afterRotation, during)).ok, true, 'retired key, proof alive');
    refused(await verifyProof(old, afterRotation, { now: at(T + 700) }), 'expired', 'retired key, proof over');
    refused(await verifyProof(old, afterRetirement, { now: at(T + 700) }), 'unknown_key', 'key gone');
    const fresh = await forge(header('k-next'), payload({ iat: T + 650, exp: T + 1250 }), es256(next.privateKey));
    assert.equal((await verifyProof(fresh, afterRetirement, { now: at(T + 700) })).ok, true, 'the new key');
  });

  it('never throws: every odd input is a refusal', async () => {
    const token = await genuine();
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
      },
    );
    const sets: unknown[] = [
      undefined,
      null,
      'keys',
      42,
      [],
      {},
      { keys: null },
      { keys: 'x' },
      { keys: [null, 1, 'x', []] },
      hostile,
      { keys: [hostile] },
    ];
    for (const [i, set] of sets.entries())
      assert.equal((await verifyProof(token, set, during)).ok, false, `key set #${i}`);
    const tokens: unknown[] = [
      undefined,
      Symbol('t'),
      10n,
      () => token,
      '.',
      '..',
      '...',
      'a.b.c',
      '\u0000.\u0000.\u0000',
      '\uD800.x.y',
    ];
    for (const t of tokens) assert.equal((await verifyProof(t, jwks, during)).ok, false, `token ${typeof t}`);
    const odd = await verifyProof(token, jwks, { now: Number.NaN, skewSeconds: Number.NaN });
    assert.deepEqual(odd, { ok: false, reason: 'expired' }, 'a NaN clock falls back to now, years after T + 600');
  });

  return cases;
}
