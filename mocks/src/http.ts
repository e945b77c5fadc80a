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
  wrongMethod: 'Phương thức không được hỗ trợ cho địa chỉ này.',
  badPath: 'Địa chỉ yêu cầu không hợp lệ.',
} as const;

export function validation(fields: Record<string, string>): ApiProblem {
  return problem(422, 'validation_failed', messages.validation, { fields });
}

/** Answers 422 naming every field that has a message, if any has; a check that passed gives null. */
export function rejectFields(checks: Record<string, string | null>): void {
  const fields = Object.fromEntries(Object.entries(checks).filter((e): e is [string, string] => !!e[1]));
  if (Object.keys(fields).length) throw validation(fields);
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
  if (Number(request.headers.get('content-length') ?? 0) > jsonBodyLimit)
    throw problem(413, 'payload_too_large', messages.tooLarge);
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
/** A core request schema (zod/mini); an object schema also exposes its `shape`. */
export interface Schema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: Issue[] } };
}
/** Field → Vietnamese message for a field that fails its schema, where a route has something better to say. */
export type FieldMessages = Record<string, string>;

/** Maps zod issues to `{field: message}`, the field being the dotted path ("photos.portrait"). */
export function issuesToFields(issues: Issue[], messages: FieldMessages = {}): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const i of issues) {
    const key = i.path.map(String).join('.') || 'body';
    if (Object.hasOwn(fields, key)) continue;
    fields[key] = Object.hasOwn(messages, key)
      ? messages[key]!
      : i.code === 'invalid_type'
        ? 'Thiếu thông tin hoặc sai kiểu dữ liệu.'
        : i.code === 'invalid_format'
          ? 'Không đúng định dạng.'
          : 'Giá trị không hợp lệ.';
  }
  return fields;
}

/** Parses with a core request schema; a wrong shape is a 422 naming the fields. */
export function parseWith<T>(schema: Schema<T>, data: unknown, messages?: FieldMessages): T {
  const r = schema.safeParse(data);
  if (!r.success) throw validation(issuesToFields(r.error.issues, messages));
  return r.data;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The fields of `data` that parse on their own against an object schema's shape (nested objects field by
 * field), so rules beyond the schema can still be checked on them when other fields have the wrong type.
 */
export function wellTyped(schema: Schema<unknown>, data: unknown): Record<string, unknown> {
  const shape = (schema as { shape?: Record<string, Schema<unknown>> }).shape;
  const out: Record<string, unknown> = {};
  if (!shape || !isRecord(data)) return out;
  for (const [key, field] of Object.entries(shape)) {
    if (!Object.hasOwn(data, key)) continue;
    const nested = (field as { shape?: unknown }).shape;
    if (nested && isRecord(data[key])) out[key] = wellTyped(field, data[key]);
    else {
      const r = field.safeParse(data[key]);
      if (r.success) out[key] = r.data;
    }
  }
  return out;
}

/**
 * A JSON body parsed by its core schema. `rules` checks what the schema cannot (formats with their own
 * messages, state) on the well-typed fields, so one 422 names every wrong field, of any kind.
 */
export async function readBody<T>(
  request: Request,
  schema: Schema<T>,
  rules?: (draft: Record<string, unknown>) => Record<string, string>,
  messages?: FieldMessages,
): Promise<T> {
  const data = await readJson(request);
  const r = schema.safeParse(data);
  const shape = r.success ? {} : issuesToFields(r.error.issues, messages);
  if (rules && isRecord(data)) {
    for (const [k, msg] of Object.entries(
      rules(r.success ? (r.data as Record<string, unknown>) : wellTyped(schema, data)),
    ))
      if (!Object.hasOwn(shape, k) && !Object.keys(shape).some((s) => k.startsWith(`${s}.`))) shape[k] = msg;
  }
  if (!r.success || Object.keys(shape).length) throw validation(shape);
  return r.data;
}

/**
 * The query as an object for its core schema: an empty parameter is absent, and a repeated one is a list,
 * which a text field refuses (a client that sends two provinces has made a mistake, not a choice).
 */
export function queryObject(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = Object.create(null);
  for (const [k, v] of params) {
    if (v === '') continue;
    const had = out[k];
    out[k] = had === undefined ? v : [...(Array.isArray(had) ? had : [had]), v];
  }
  return out;
}

export function readQuery<T>(url: URL, schema: Schema<T>, messages?: FieldMessages): T {
  return parseWith(schema, queryObject(url.searchParams), messages);
}

/** Detects the image type from its first bytes; the declared media type and file name are not trusted. */
export function sniffImage(head: Uint8Array): 'image/jpeg' | 'image/png' | 'image/heic' | null {
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.every((b, i) => head[i] === b)) return 'image/png';
  // ISO-BMFF: size(4) 'ftyp' brand(4); HEIF/HEIC brands.
  const ascii = String.fromCharCode(...head.slice(4, 12));
  if (
    ascii.startsWith('ftyp') &&
    ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'].includes(ascii.slice(4, 8))
  )
    return 'image/heic';
  return null;
}
