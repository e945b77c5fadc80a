/**
 * The SMS texts citizens receive about their registration (domain §10): short ASCII without diacritics,
 * as VSS's 8079 gateway sends them. Shown verbatim so the citizen recognises the message on the phone.
 */

/** "BHXHVN da nhan duoc to khai cua ma so … voi so ho so la …", sent when a dossier is received. */
export function dossierReceivedSms(socialInsuranceCode: string, dossierNumber: string): string {
  return `BHXHVN da nhan duoc to khai cua ma so ${socialInsuranceCode} voi so ho so la ${dossierNumber}. Vui long den BHXH gan nhat de hoan tat thu tuc. Lien he 19009068 de duoc ho tro`;
}
