/** Request/response plumbing shared by the handlers: the error shape, body parsing, limits. */
import { HttpResponse } from 'msw';
import type { ErrorBody, ErrorCode } from '@vssid/core';

/** A contract error; thrown anywhere in a handler, turned into `{code, message, …}` by the wrapper. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
  ) {
    super(body.code);
  }
}

export function problem(status: number, code: ErrorCode, message: string, extra: Partial<ErrorBody> = {}): ApiProblem {
  return new ApiProblem(status, { code, message, ...extra });
}

export const messages = {
  validation: 'Thông tin chưa hợp lệ, vui lòng kiểm tra lại.',
  invalidJson: 'Dữ liệu gửi lên không đúng định dạng JSON.',
  tooLarge: 'Dữ liệu gửi lên vượt quá dung lượng cho phép.',
  notJson: 'Dữ liệu phải được gửi ở dạng JSON (application/json).',
  notFound: 'Không tìm thấy thông tin.',
  sessionExpired: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
  mustChange: 'Bạn cần đổi mật khẩu trước khi tiếp tục sử dụng.',
  internal: 'Hệ thống đang bận, vui lòng thử lại sau.',
} as const;

export function validation(fields: Record<string, string>): ApiProblem {
  return problem(422, 'validation_failed', messages.validation, { fields });
}

export function json(data: unknown, status = 200): Response {
  return HttpResponse.json(data as Record<string, unknown>, { status });
}

export function noContent(): Response {
  return new HttpResponse(null, { status: 204 });
}

/** JSON bodies are small forms; anything bigger is refused before parsing. */
export const jsonBodyLimit = 64 * 1024;

/** Reads a JSON body with its media type and size checked; the caller validates the shape. */
export async function readJson(request: Request): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/([\w.-]+\+)?json\b/i.test(type)) throw problem(415, 'unsupported_media_type', messages.notJson);
  if (Number(request.headers.get('content-length') ?? 0) > jsonBodyLimit) throw problem(413, 'payload_too_large', messages.tooLarge);
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > jsonBodyLimit) throw problem(413, 'payload_too_large', messages.tooLarge);
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw problem(400, 'invalid_json', messages.invalidJson);
  }
}

interface Issue {
  code: string;
  path: PropertyKey[];
}
interface Parser<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: Issue[] } };
}

/** Maps zod issues to `{field: message}`, the field being the dotted path ("photos.portrait"). */
export function issuesToFields(issues: Issue[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const i of issues) {
    const key = i.path.map(String).join('.') || 'body';
    if (fields[key]) continue;
    fields[key] =
      i.code === 'invalid_type' ? 'Thiếu thông tin hoặc sai kiểu dữ liệu.'
      : i.code === 'invalid_format' ? 'Không đúng định dạng.'
      : 'Giá trị không hợp lệ.';
  }
  return fields;
}

/** Parses with a core request schema; a wrong shape is a 422 naming the fields. */
export function parseWith<T>(schema: Parser<T>, data: unknown): T {
  const r = schema.safeParse(data);
  if (!r.success) throw validation(issuesToFields(r.error.issues));
  return r.data;
}

export async function readBody<T>(request: Request, schema: Parser<T>): Promise<T> {
  return parseWith(schema, await readJson(request));
}

/** Detects the image type from its first bytes; the declared media type and file name are not trusted. */
export function sniffImage(head: Uint8Array): 'image/jpeg' | 'image/png' | 'image/heic' | null {
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.every((b, i) => head[i] === b)) return 'image/png';
  // ISO-BMFF: size(4) 'ftyp' brand(4); HEIF/HEIC brands.
  const ascii = String.fromCharCode(...head.slice(4, 12));
  if (ascii.startsWith('ftyp') && ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'].includes(ascii.slice(4, 8)))
    return 'image/heic';
  return null;
}
