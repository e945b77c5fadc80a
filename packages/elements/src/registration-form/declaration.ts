/**
 * The filled declaration (tờ khai Mẫu 01/ĐK-GD) as the web portal prints it: national heading, title,
 * addressee office, the declared data in a table, the commitment and a signature block. Shown only in
 * print; the screen shows the receipt.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Office, RegistrationRequest } from '@vssid/core';
import { formatDate } from '@vssid/core/format';
import { officeLabel } from '@vssid/core/text';
import { currentLocale } from '../i18n/localization.js';
import { fieldLabel, idTypeText, sexLabel } from './fields.js';

export interface DeclarationData {
  request: Omit<RegistrationRequest, 'photos' | 'phoneToken' | 'consent'>;
  office: Office | null;
  dossierNumber: string;
  submittedAt: string;
}

export function renderDeclaration(d: DeclarationData): TemplateResult {
  const locale = currentLocale();
  const r = d.request;
  const rows: [string, string][] = [
    [fieldLabel('fullName'), r.fullName],
    [fieldLabel('dateOfBirth'), formatDate(r.dateOfBirth, locale)],
    [fieldLabel('sex'), sexLabel(r.sex)],
    [fieldLabel('socialInsuranceCode'), r.socialInsuranceCode],
    [fieldLabel('idType'), idTypeText(r.idType)],
    [fieldLabel('idNumber'), r.idNumber],
    [fieldLabel('idIssueDate'), formatDate(r.idIssueDate, locale)],
    [fieldLabel('idIssuePlace'), r.idIssuePlace],
    [fieldLabel('address'), r.address],
    [fieldLabel('phone'), r.phone],
    [fieldLabel('email'), r.email],
  ];
  const submitted = new Date(d.submittedAt);
  return html`<article class="declaration" part="declaration" aria-label=${msg('Tờ khai đã ghi nhận (bản in)')}>
    <header class="decl-head">
      <p class="decl-nation">
        <strong>${msg('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')}</strong><br />
        <span>${msg('Độc lập - Tự do - Hạnh phúc')}</span>
      </p>
      <p class="decl-form">${msg('Mẫu 01/ĐK-GD')}</p>
    </header>
    <h2 class="decl-title">
      ${msg('TỜ KHAI ĐĂNG KÝ, THAY ĐỔI THÔNG TIN SỬ DỤNG PHƯƠNG THỨC GIAO DỊCH ĐIỆN TỬ TRONG LĨNH VỰC BẢO HIỂM XÃ HỘI')}
    </h2>
    <p class="decl-subtitle">${msg('(Dành cho cá nhân)')}</p>
    <p><strong>${msg('Kính gửi:')}</strong> ${d.office ? officeLabel(d.office) : r.officeCode}</p>
    <p><strong>${msg('Mã hồ sơ:')}</strong> ${d.dossierNumber}</p>
    <table class="decl-table">
      <tbody>
        ${rows.map(([k, v], i) => html`<tr><th scope="row">${i + 1}. ${k}</th><td>${v}</td></tr>`)}
      </tbody>
    </table>
    <p>
      ${msg(
        'Tôi cam kết những thông tin kê khai trên là đúng sự thật và đồng ý để cơ quan BHXH xử lý dữ liệu cá nhân của tôi theo Nghị định 13/2023/NĐ-CP để thực hiện giao dịch điện tử.',
      )}
    </p>
    <div class="decl-sign">
      <p>${Number.isNaN(submitted.getTime()) ? '' : formatDate(d.submittedAt.slice(0, 10), locale)}</p>
      <p><strong>${msg('Người kê khai')}</strong><br /><em>${msg('(Ký, ghi rõ họ tên)')}</em></p>
      <p class="decl-name">${r.fullName}</p>
    </div>
  </article>`;
}
