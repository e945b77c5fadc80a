/**
 * `@vssid/core/proofs` in Chromium: the attacks of proofs-cases.ts (also run in Node), signing, and the
 * plain-language words of claims in both languages.
 */
import { assert, expect } from '@esm-bundle/chai';
import { describeProofClaims, proofClaimLabel, proofClaimText } from '@vssid/core/i18n';
import '@vssid/core/messages-en';
import { MAX_PROOF_TOKEN_LENGTH, proofClaimNames, signProof, verifyProof, type ProofClaims } from '@vssid/core/proofs';
import { decodeSegment, proofCases, testKey } from './proofs-cases.js';

describe('verifyProof: attacks', () => {
  for (const c of proofCases(assert)) it(c.name, c.run);
});

const allClaims: ProofClaims = {
  card_valid: { status: 'valid', from: '2026-01-01', to: '2026-12-31' },
  card_benefit_level: { level: 4, fundShare: 80 },
  card_group: 'DN',
  bhxh_years: { years: 12, months: 7 },
  bhyt_continuous_years: { years: 5, months: 0 },
  full_name: 'Nguyễn Thị Hoà',
  birth_year: 1990,
};

describe('signProof', () => {
  it('signs what verifyProof accepts, with the fixed header and the claims in the contract order', async () => {
    const key = await testKey('k1');
    const iat = Math.floor(Date.now() / 1000);
    const reversed = Object.fromEntries(Object.entries(allClaims).reverse()) as ProofClaims;
    const token = await signProof({ iss: 'vssid-test', jti: 'p1', iat, exp: iat + 600, ...reversed }, key);
    const [h, p] = token.split('.') as [string, string];
    expect(decodeSegment(h)).to.deep.equal({ alg: 'ES256', typ: 'vss-proof+jwt', kid: 'k1' });
    expect(Object.keys(decodeSegment(p) as object)).to.deep.equal(['iss', 'jti', 'iat', 'exp', ...proofClaimNames]);
    const r = await verifyProof(token, { keys: [key.jwk] });
    expect(r.ok && r.claims).to.deep.equal(allClaims);
    expect(token.length).to.be.below(MAX_PROOF_TOKEN_LENGTH);
  });

  it('refuses to sign what no verifier would accept', async () => {
    const key = await testKey('k1');
    const bad = [
      { iss: 'x', jti: 'p1', iat: 10, exp: 20 },
      { iss: 'x', jti: 'p1', iat: 10, exp: 20, phone: '0912345678' },
      { iss: 'x', jti: 'p1', iat: 10, exp: 10 + 86_401, birth_year: 1990 },
    ];
    for (const payload of bad) {
      let error: unknown;
      await signProof(payload as never, key).catch((e: unknown) => (error = e));
      expect(error, JSON.stringify(payload)).to.be.instanceOf(TypeError);
    }
  });
});

describe('proof claims in plain words', () => {
  it('labels and describes every claim in Vietnamese, in the contract order', () => {
    expect(describeProofClaims({ birth_year: 1990, full_name: 'Nguyễn Thị Hoà' })).to.deep.equal([
      { name: 'full_name', label: 'Họ và tên', text: 'Nguyễn Thị Hoà' },
      { name: 'birth_year', label: 'Năm sinh', text: '1990' },
    ]);
    const lines = describeProofClaims(allClaims);
    expect(lines.map((l) => l.name)).to.deep.equal([...proofClaimNames]);
    const text = Object.fromEntries(lines.map((l) => [l.name, l.text]));
    expect(text.card_valid).to.equal('Thẻ còn giá trị sử dụng từ 01/01/2026 đến 31/12/2026');
    expect(text.card_benefit_level).to.equal(
      'Mức 4: quỹ BHYT chi trả 80% chi phí khám chữa bệnh trong phạm vi được hưởng',
    );
    expect(text.card_group).to.match(/^DN: .*doanh nghiệp/);
    expect(text.bhxh_years).to.equal('12 năm 7 tháng');
    expect(text.bhyt_continuous_years).to.equal('5 năm');
  });

  it('says when a card has expired, is suspended or has no end date', () => {
    expect(proofClaimText('card_valid', { status: 'expired', from: '2025-01-01', to: '2025-12-31' })).to.equal(
      'Thẻ đã hết giá trị sử dụng (giá trị từ 01/01/2025 đến 31/12/2025)',
    );
    expect(proofClaimText('card_valid', { status: 'suspended', from: '2025-01-01', to: null })).to.match(
      /^Thẻ đang tạm dừng.*không thời hạn\)$/,
    );
    expect(proofClaimText('card_valid', { status: 'valid', from: '2023-01-01', to: null }, 'en')).to.equal(
      'The card is valid from 01/01/2023, with no end date',
    );
  });

  it('speaks English once the English messages are loaded', () => {
    expect(proofClaimLabel('bhyt_continuous_years', 'en')).to.equal('Continuous health insurance');
    const text = Object.fromEntries(describeProofClaims(allClaims, 'en').map((l) => [l.name, l.text]));
    expect(text.card_benefit_level).to.equal('Level 4: the health insurance fund pays 80% of covered medical costs');
    expect(text.card_group).to.equal('DN: Employee of an enterprise');
    expect(text.bhxh_years).to.equal('12 years 7 months');
  });
});
