/**
 * A small ICD-10 table of common primary-care diagnoses with Vietnamese names (Bộ Y tế wording,
 * shortened), for the mock's visits and for display. Not a full classification.
 */

export interface Icd10Entry {
  readonly code: string;
  readonly name: string;
}

export const ICD10_CODES: readonly Icd10Entry[] = (
  [
    ['A09', 'Tiêu chảy và viêm dạ dày – ruột do nhiễm trùng'],
    ['A90', 'Sốt Dengue'],
    ['A91', 'Sốt xuất huyết Dengue'],
    ['B01.9', 'Thủy đậu không biến chứng'],
    ['B18.1', 'Viêm gan virus B mạn, không có đồng nhiễm delta'],
    ['B34.9', 'Nhiễm virus, không đặc hiệu'],
    ['E03.9', 'Suy giáp, không đặc hiệu'],
    ['E05.9', 'Cường giáp, không đặc hiệu'],
    ['E11', 'Đái tháo đường type 2'],
    ['E11.9', 'Đái tháo đường type 2, không có biến chứng'],
    ['E78.0', 'Tăng cholesterol máu đơn thuần'],
    ['E78.5', 'Tăng lipid máu, không đặc hiệu'],
    ['E79.0', 'Tăng acid uric máu không có viêm khớp'],
    ['F32.9', 'Giai đoạn trầm cảm, không đặc hiệu'],
    ['F41.9', 'Rối loạn lo âu, không đặc hiệu'],
    ['G43.9', 'Migraine, không đặc hiệu'],
    ['G44.2', 'Đau đầu do căng thẳng'],
    ['H10.9', 'Viêm kết mạc, không đặc hiệu'],
    ['H25.9', 'Đục thủy tinh thể người già, không đặc hiệu'],
    ['H52.1', 'Cận thị'],
    ['H66.9', 'Viêm tai giữa, không đặc hiệu'],
    ['I10', 'Tăng huyết áp vô căn (nguyên phát)'],
    ['I20.9', 'Cơn đau thắt ngực, không đặc hiệu'],
    ['I25.1', 'Bệnh tim do xơ vữa động mạch'],
    ['I50.9', 'Suy tim, không đặc hiệu'],
    ['I63.9', 'Nhồi máu não, không đặc hiệu'],
    ['I83.9', 'Giãn tĩnh mạch chi dưới không loét, không viêm'],
    ['J00', 'Viêm mũi họng cấp (cảm thường)'],
    ['J01.9', 'Viêm xoang cấp, không đặc hiệu'],
    ['J02.9', 'Viêm họng cấp, không đặc hiệu'],
    ['J03.9', 'Viêm amidan cấp, không đặc hiệu'],
    ['J06.9', 'Nhiễm trùng hô hấp trên cấp, không đặc hiệu'],
    ['J11.1', 'Cúm có biểu hiện hô hấp khác, virus không được xác định'],
    ['J18.9', 'Viêm phổi, không đặc hiệu'],
    ['J20.9', 'Viêm phế quản cấp, không đặc hiệu'],
    ['J30.4', 'Viêm mũi dị ứng, không đặc hiệu'],
    ['J32.9', 'Viêm xoang mạn, không đặc hiệu'],
    ['J44.9', 'Bệnh phổi tắc nghẽn mạn tính, không đặc hiệu'],
    ['J45.9', 'Hen phế quản, không đặc hiệu'],
    ['K02.9', 'Sâu răng, không đặc hiệu'],
    ['K04.0', 'Viêm tủy răng'],
    ['K05.1', 'Viêm lợi mạn'],
    ['K21.9', 'Bệnh trào ngược dạ dày – thực quản không có viêm thực quản'],
    ['K25.9', 'Loét dạ dày, không chảy máu hoặc thủng'],
    ['K29.7', 'Viêm dạ dày, không đặc hiệu'],
    ['K30', 'Khó tiêu chức năng'],
    ['K35.8', 'Viêm ruột thừa cấp, khác và không đặc hiệu'],
    ['K59.0', 'Táo bón'],
    ['K76.0', 'Gan nhiễm mỡ, không phân loại nơi khác'],
    ['K80.2', 'Sỏi túi mật không có viêm túi mật'],
    ['L20.9', 'Viêm da cơ địa, không đặc hiệu'],
    ['L50.9', 'Mày đay, không đặc hiệu'],
    ['M10.9', 'Gút, không đặc hiệu'],
    ['M17.9', 'Thoái hóa khớp gối, không đặc hiệu'],
    ['M47.9', 'Thoái hóa cột sống, không đặc hiệu'],
    ['M54.2', 'Đau vùng cổ gáy'],
    ['M54.5', 'Đau vùng thắt lưng'],
    ['M79.1', 'Đau cơ'],
    ['M81.9', 'Loãng xương, không đặc hiệu'],
    ['N18.9', 'Bệnh thận mạn, không đặc hiệu'],
    ['N20.0', 'Sỏi thận'],
    ['N39.0', 'Nhiễm trùng đường tiết niệu, vị trí không xác định'],
    ['N40', 'Tăng sản tuyến tiền liệt'],
    ['O80', 'Đẻ thường một thai'],
    ['R05', 'Ho'],
    ['R42', 'Chóng mặt'],
    ['R50.9', 'Sốt, không đặc hiệu'],
    ['R51', 'Đau đầu'],
    ['S93.4', 'Bong gân và căng dây chằng cổ chân'],
    ['T78.4', 'Dị ứng, không đặc hiệu'],
    ['Z00.0', 'Khám sức khỏe tổng quát'],
  ] as const
).map(([code, name]) => Object.freeze({ code, name }));

const byCode = new Map(ICD10_CODES.map((e) => [e.code, e]));

/** Upper-cases and inserts the dot XML 130 sometimes omits (`J069` → `J06.9`). */
export function normalizeIcd10(code: string): string {
  const c = code.trim().toUpperCase();
  const m = /^([A-Z]\d{2})\.?(\d{1,4})?$/.exec(c);
  return m ? (m[2] ? `${m[1]}.${m[2]}` : m[1]!) : c;
}

/**
 * The Vietnamese name of an ICD-10 code from the table; falls back to the 3-character category
 * (`E11.65` → "Đái tháo đường type 2"). Undefined when neither is listed.
 */
export function icd10Name(code: string): string | undefined {
  const c = normalizeIcd10(code);
  return byCode.get(c)?.name ?? byCode.get(c.slice(0, 3))?.name;
}
