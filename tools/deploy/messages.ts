/**
 * Vietnamese messages for whoever runs a deploy (often a press officer
 * following docs/deploy.md): what failed, on which file, and how to fix it.
 */

/** A failure already worded for the person running the deploy. */
export class DeployError extends Error {
	override name = 'DeployError';
}

/** How to fix the object-storage errors people actually meet, by the service's error code. */
const FIXES: Readonly<Record<string, string>> = {
	NoSuchBucket: 'kiểm tra tên kho lưu trữ (--bucket) và địa chỉ dịch vụ (--endpoint); tạo kho trước nếu chưa có.',
	AccessDenied: 'khóa truy cập không có quyền trên kho này: cần quyền liệt kê, đọc, ghi và xóa (s3:ListBucket, s3:GetObject, s3:PutObject, s3:DeleteObject).',
	InvalidAccessKeyId: 'khóa truy cập sai hoặc đã bị thu hồi: kiểm tra biến AWS_ACCESS_KEY_ID.',
	SignatureDoesNotMatch: 'khóa bí mật không khớp: kiểm tra biến AWS_SECRET_ACCESS_KEY (không có dấu cách thừa), và vùng (--region, AWS_REGION).',
	CredentialsProviderError: 'chưa có khóa truy cập: đặt biến AWS_ACCESS_KEY_ID và AWS_SECRET_ACCESS_KEY (hoặc AWS_PROFILE) trước khi chạy.',
	ECONNREFUSED: 'không kết nối được dịch vụ lưu trữ: kiểm tra địa chỉ --endpoint và mạng.',
	ENOTFOUND: 'không tìm thấy máy chủ của dịch vụ lưu trữ: kiểm tra địa chỉ --endpoint.',
	ETIMEDOUT: 'dịch vụ lưu trữ không trả lời: kiểm tra mạng rồi chạy lại lệnh (các tệp đã gửi sẽ không gửi lại).',
};

const codeOf = (error: unknown): string => {
	const { name, code, Code } = (error ?? {}) as { name?: string; code?: string; Code?: string };
	return code ?? Code ?? name ?? '';
};

/**
 * "<what> <file>: <service's words>. Cách sửa: …". Running the same command
 * again is always safe: what was stored is not sent again.
 */
export function explain(error: unknown, what: string, key?: string): string {
	const code = codeOf(error);
	const detail = (error as Error | undefined)?.message || code || String(error);
	const fix = FIXES[code] ?? 'đọc thông báo của dịch vụ ở trên, sửa rồi chạy lại lệnh; các tệp đã gửi xong sẽ không gửi lại.';
	return `${what}${key ? ` tệp ${key}` : ''}: ${detail}${code && !detail.includes(code) ? ` (${code})` : ''}.\nCách sửa: ${fix}`;
}
