import { checkContent, formatReport } from './index.ts';
import { CONTENT_DIR } from '../paths.ts';

const result = checkContent(CONTENT_DIR);
const counts = `${result.content.documents.size} văn bản, ${result.content.campaigns.size} phong trào, ${result.content.agencies.size} cơ quan`;
if (result.problems.length === 0) {
	console.log(`Nội dung hợp lệ: ${counts}.`);
} else {
	console.log(formatReport(result.problems));
	console.log(result.errors.length ? 'Cần sửa các lỗi trên trước khi xây dựng trang.' : `Không có lỗi (${counts}).`);
}
process.exitCode = result.errors.length > 0 ? 1 : 0;
