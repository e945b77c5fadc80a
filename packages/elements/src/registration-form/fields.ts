/** The declaration's fields: their labels and the id of the control to focus (checks.ts: which step holds each). */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { IdType } from '@vssid/core';
import type { PhotoSlot, StepNumber } from './draft.js';

/** Field names as the validators and the server name them (`photos.portrait`, …). */
export type FieldKey =
  | 'fullName'
  | 'dateOfBirth'
  | 'sex'
  | 'socialInsuranceCode'
  | 'idType'
  | 'idNumber'
  | 'idIssueDate'
  | 'idIssuePlace'
  | 'address'
  | 'email'
  | `photos.${PhotoSlot}`
  | 'phone'
  | 'phoneToken'
  | 'officeCode'
  | 'consent';

/** A field's message, as `<id>-error` (the control's `aria-describedby` names it), or nothing. */
export function errorText(id: string, text: string) {
  return text
    ? html`<p class="error" id="${id}-error"><span class="visually-hidden">${msg('Lỗi:')} </span>${text}</p>`
    : nothing;
}

/** The id of the control a summary link focuses. */
export function controlId(field: string): string {
  return field === 'sex' ? 'f-sex-male' : `f-${field.replace('.', '-')}`;
}

export function fieldLabel(field: string): string {
  switch (field) {
    case 'fullName':
      return msg('Họ và tên');
    case 'dateOfBirth':
      return msg('Ngày sinh');
    case 'sex':
      return msg('Giới tính');
    case 'socialInsuranceCode':
      return msg('Mã số BHXH');
    case 'idType':
      return msg('Loại giấy tờ');
    case 'idNumber':
      return msg('Số CCCD/CMND/Hộ chiếu');
    case 'idIssueDate':
      return msg('Ngày cấp');
    case 'idIssuePlace':
      return msg('Nơi cấp');
    case 'address':
      return msg('Địa chỉ liên hệ');
    case 'email':
      return msg('Email');
    case 'photos.portrait':
      return msg('Ảnh chân dung');
    case 'photos.idFront':
      return msg('Ảnh mặt trước');
    case 'photos.idBack':
      return msg('Ảnh mặt sau');
    case 'phone':
      return msg('Điện thoại di động');
    case 'phoneToken':
      return msg('Xác thực số điện thoại');
    case 'officeCode':
      return msg('Cơ quan BHXH');
    case 'consent':
      return msg('Cam kết');
    default:
      return field;
  }
}

export function stepTitle(step: StepNumber): string {
  return step === 1
    ? msg('Kê khai thông tin')
    : step === 2
      ? msg('Ảnh chân dung và giấy tờ')
      : step === 3
        ? msg('Xác thực số điện thoại')
        : step === 4
          ? msg('Chọn cơ quan BHXH')
          : msg('Kiểm tra và ghi nhận');
}

export function idTypeText(t: IdType): string {
  if (t === 'cmnd') return msg('Chứng minh nhân dân (CMND)');
  if (t === 'passport') return msg('Hộ chiếu');
  return msg('Căn cước công dân (CCCD)');
}

export function sexLabel(s: string): string {
  if (s === 'male') return msg('Nam');
  if (s === 'female') return msg('Nữ');
  return '';
}
