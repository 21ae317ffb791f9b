/**
 * The file `npm run new` writes: every field the document type needs, the
 * answers filled in, and for the rest a TODO comment with an example in the
 * exact form the checker expects. It starts as a draft.
 */
import { yamlField } from '../../../src/lib/yaml.ts';
import type { DocumentType, SOURCE_KINDS } from '../../../src/schema/vocabulary.ts';

export interface NewDocument {
	type: DocumentType;
	agency: string;
	number?: string;
	symbol?: string;
	date: string;
	title: string;
	summary: string;
	campaign?: string;
	source: keyof typeof SOURCE_KINDS;
}

/** One field as YAML; date-like text is quoted so no YAML reader turns it into a date or a number. */
function field(key: string, value: unknown): string {
	return yamlField(key, value).trimEnd();
}

const comment = (lines: string[]) => lines.map((line) => (line ? `# ${line}` : '#'));

/** A field the officer fills in later: what it is, and an example in exactly the form the checker accepts. */
interface Example {
	note: string;
	yaml: string[];
}

export const EXAMPLES = {
	number: { note: 'TODO: số văn bản (number). Bản công bố không ghi số thì để nguyên như vậy. Ví dụ:', yaml: ['number: "25"'] },
	place: { note: 'TODO: địa danh ở đầu văn bản (place), ví dụ:', yaml: ['place: Trực Ninh'] },
	signer: { note: 'TODO: người ký (signer), như khối chữ ký. Ví dụ:', yaml: ['signer:', '  prefix: KT.', '  for: Chủ tịch', '  position: Phó Chủ tịch', '  name: Nguyễn Văn A'] },
	basis: { note: 'TODO: căn cứ (basis): các văn bản được dẫn ở phần "Căn cứ", "Thực hiện". Ví dụ:', yaml: ['basis:', '  - kind: Quyết định', '    number: 465/QĐ-UBND', '    date: "2022-08-16"', '    issuer: Ủy ban nhân dân tỉnh Ninh Thuận', '    title: Về việc ban hành kế hoạch cải cách hành chính', '  # hoặc một văn bản đã có trên trang (mã là đường dẫn tệp, bỏ .mdx):', '  - document: ubnd-huyen-thuan-nam/2023/kh-phat-dong-thi-dua-cai-cach-hanh-chinh'] },
	recipients: { note: 'TODO: nơi nhận (recipients), mỗi dòng một nơi như in trên văn bản. Ví dụ:', yaml: ['recipients:', '  - UBND tỉnh (báo cáo);', '  - Các phòng, ban thuộc huyện;', '  - "Lưu: VT."'] },
	award: { note: 'TODO: hình thức khen thưởng (award) chung cho cả quyết định, mã trong danh mục ở mục 4 của hướng dẫn biên tập. Ví dụ:', yaml: ['award: giay-khen'] },
	honourees: { note: 'TODO: danh sách khen thưởng (honourees) ở Điều 1 hoặc phụ lục; bắt buộc với quyết định khen thưởng. Ví dụ:', yaml: ['honourees:', '  - kind: ca-nhan', '    name: Nguyễn Thị B', '    honorific: Bà', '    position: Chuyên viên', '    unit: Văn phòng HĐND và UBND huyện', '  - kind: tap-the', '    name: Phòng Nội vụ huyện'] },
	sourceUrl: { note: 'Nơi lấy bản gốc, nếu có trên mạng (source.url): thêm dòng này, thụt vào như "kind". Ví dụ:', yaml: ['  url: https://example.gov.vn/van-ban/25-kh-ubnd'] },
	attachments: { note: 'Tệp đính kèm (attachments): đặt bản gốc có chữ ký (PDF) cạnh tệp này, tên không dấu, rồi ghi:', yaml: ['attachments:', '  - file: ./25-kh-ubnd-ban-ky.pdf', '    title: Bản gốc có chữ ký (PDF)'] },
	publishAt: { note: 'Hẹn giờ công bố (publishAt), giờ Việt Nam: bỏ dấu # ở dòng dưới, sửa thời điểm và đặt "draft: false"; trang tự công bố khi đến giờ.', yaml: ['publishAt: "2026-12-01T08:00:00+07:00"'] },
} satisfies Record<string, Example>;

const example = ({ note, yaml }: Example) => comment([note, ...yaml]);

/** Deadlines fall after the issue date, so the example uses the last day of the document's year. */
export const deadlinesExample = (date: string): Example => ({
	note: 'Thời hạn (deadlines): nếu văn bản đặt thời hạn, ghi từng việc. Ví dụ:',
	yaml: ['deadlines:', `  - date: "${date.slice(0, 4)}-12-31"`, '    what: Các đơn vị gửi hồ sơ đề nghị khen thưởng về Phòng Nội vụ.'],
});

/** Commented-out campaign line, with the agency's own campaigns as the example. */
function campaignHint(ownCampaigns: string[]): string[] {
	return [
		'Phong trào (campaign): nếu văn bản thuộc một phong trào trong content/campaigns, bỏ dấu # ở dòng dưới và sửa mã.',
		...(ownCampaigns.length ? [`Phong trào của cơ quan này: ${ownCampaigns.join(', ')}`] : []),
		`campaign: ${ownCampaigns[0] ?? 'ma-phong-trao'}`,
	];
}

export function newDocumentMdx(doc: NewDocument, createdOn: string, ownCampaigns: string[] = []): string {
	const isNews = doc.type === 'tin-bai';
	const lines: string[] = [
		...comment([`Văn bản mới do lệnh "npm run new" tạo ngày ${createdOn}. Điền các dòng TODO, dán toàn văn xuống dưới,`, 'chạy "npm run check", rồi đổi "draft: true" thành "draft: false" khi công bố.']),
		field('type', doc.type),
	];
	if (!isNews) {
		lines.push(...(doc.number ? [field('number', doc.number)] : example(EXAMPLES.number)));
		if (doc.symbol) lines.push(field('symbol', doc.symbol));
	}
	lines.push(field('date', doc.date));
	if (!isNews) lines.push(...example(EXAMPLES.place));
	lines.push(field('agency', doc.agency), field('title', doc.title), field('summary', doc.summary));
	lines.push(...(doc.campaign ? [field('campaign', doc.campaign)] : comment(campaignHint(ownCampaigns))));
	if (!isNews) lines.push(...example(EXAMPLES.signer));
	lines.push(...example(EXAMPLES.basis));
	if (!isNews) lines.push(...example(EXAMPLES.recipients));
	lines.push(...example(deadlinesExample(doc.date)));
	if (doc.type === 'quyet-dinh-khen-thuong') lines.push(...example(EXAMPLES.award), ...example(EXAMPLES.honourees));
	lines.push('source:', `  kind: ${doc.source}`, ...example(EXAMPLES.sourceUrl));
	lines.push(...example(EXAMPLES.attachments), ...example(EXAMPLES.publishAt), 'draft: true');
	return `---\n${lines.join('\n')}\n---\n\n${BODY_PLACEHOLDER.join('\n\n')}\n`;
}

/**
 * The body until the officer pastes the text: plain paragraphs, so a preview
 * shows them as the instructions they are (an MDX comment or an indented
 * block would print as typed or as code), each marked TODO so the checker
 * refuses the file once it is no longer a draft.
 */
export const BODY_PLACEHOLDER = [
	'TODO: dán toàn văn văn bản vào đây, thay cho các đoạn TODO này.',
	'TODO: giữ nguyên cấu trúc: phần "Căn cứ", "Thực hiện" là các đoạn văn thường; mục lớn "I., II." viết thành dòng bắt đầu bằng "## "; mục nhỏ "1., 2." bắt đầu bằng "### "; gạch đầu dòng bắt đầu bằng "- ".',
	'TODO: không chép lại tiêu đề, số, ngày, nơi nhận, chữ ký: trang tự hiển thị chúng từ phần khai báo.',
];
