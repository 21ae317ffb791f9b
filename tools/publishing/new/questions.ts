/** The questions of `npm run new`, in the order of a document's header; flags answer them in advance. */
import { AGENCY_LEVELS, DOCUMENT_TYPES, DOCUMENT_TYPE_KEYS, SOURCE_KINDS, SOURCE_KIND_KEYS } from '../../../src/schema/vocabulary.ts';
import { formatDateShort } from '../../../src/lib/dates.ts';
import { diacriticRatio } from '../../../src/validation/text.ts';
import type { AgencyRef } from '../import/types.ts';
import type { Asker } from './ask.ts';
import type { Catalogue } from './catalogue.ts';
import {
	parseAgency, parseCampaign, parseDate, parseNumber, parseSource, parseSummary, parseSymbol, parseTitle, parseType, usualSymbol, type Parsed,
} from './fields.ts';
import type { NewDocument } from './template.ts';

export const USAGE = `Cách dùng: npm run new [-- <tham số>]

Không có tham số thì lệnh hỏi lần lượt từng thông tin. Có thể cho trước:
  --type <loại>        ${DOCUMENT_TYPE_KEYS.join(' | ')}
  --agency <mã>        mã cơ quan ban hành (tên tệp trong content/agencies)
  --number <số>        số văn bản, ví dụ 25 hoặc 25/KH-UBND; bỏ qua nếu bản công bố không ghi số
  --symbol <ký hiệu>   ký hiệu, ví dụ KH-UBND
  --date <ngày>        ngày ban hành: 2024-01-19, 19/01/2024, 01/2024 hoặc 2024
  --title <trích yếu>  trích yếu như in trên văn bản
  --summary <tóm tắt>  một hai câu cho danh sách và kết quả tìm kiếm
  --campaign <mã>      mã phong trào (tên tệp trong content/campaigns), nếu có
  --source <nguồn>     ${SOURCE_KIND_KEYS.join(' | ')} (mặc định ban-dien-tu)
  --name <tên-tệp>     tên tệp, nếu không muốn dùng tên gợi ý
  --yes, -y            không hỏi gì: dùng tham số và giá trị mặc định, báo lỗi nếu thiếu`;

type Values = Partial<Record<'type' | 'agency' | 'number' | 'symbol' | 'date' | 'title' | 'summary' | 'campaign' | 'source', string>> & { yes?: boolean };

const list = (items: string[]) => items.map((item, i) => `  ${String(i + 1).padStart(2)}. ${item}`).join('\n');
const agencyLine = (a: AgencyRef) => `${a.name} (${a.id})${a.validTo ? `, hoạt động đến ${formatDateShort(a.validTo)}` : ''}`;

export async function askAnswers(values: Values, catalogue: Catalogue, asker: Asker): Promise<{ ok: true; value: NewDocument } | { ok: false; problems: string[] }> {
	const problems: string[] = [];
	const interactive = !values.yes;

	/** A flag's value if valid; with --yes, the default or a recorded problem; otherwise the question. */
	async function answer<T>(flag: keyof Values & string, label: string, question: string, parse: (a: string) => Parsed<T>, fallback?: string, intro?: string): Promise<T | undefined> {
		const given = values[flag];
		if (typeof given === 'string') {
			const parsed = parse(given);
			if (parsed.ok) return parsed.value;
			if (!interactive) {
				problems.push(`--${flag} (${label}): ${parsed.error}`);
				return undefined;
			}
			asker.say(`--${flag} (${label}) chưa đúng: ${parsed.error}.`);
		} else if (!interactive) {
			const parsed = parse(fallback ?? '');
			if (parsed.ok) return parsed.value;
			problems.push(`thiếu --${flag} (${label})`);
			return undefined;
		}
		if (intro) asker.say(intro);
		return asker.ask(question, parse, fallback);
	}

	if (interactive) asker.say('Tạo văn bản mới. Trả lời từng câu rồi nhấn Enter; Ctrl+C để thoát.\n');
	const type = await answer('type', 'loại văn bản', 'Loại văn bản (type): gõ số hoặc mã', parseType, undefined,
		`Loại văn bản:\n${list(DOCUMENT_TYPE_KEYS.map((k) => `${DOCUMENT_TYPES[k].label} (${k})`))}`);
	const agencies = catalogue.agencies;
	const agency = await answer('agency', 'cơ quan ban hành', 'Cơ quan ban hành (agency): gõ số, mã hoặc một phần tên (có dấu hay không dấu đều được)', (a) => parseAgency(a, agencies), undefined,
		`Cơ quan ban hành:\n${list(agencies.map((a) => `${agencyLine(a)} – ${AGENCY_LEVELS[a.level as keyof typeof AGENCY_LEVELS] ?? a.level}`))}`);
	const date = await answer('date', 'ngày ban hành', 'Ngày ban hành (date): 2024-01-19 hoặc 19/01/2024; chỉ biết tháng thì 01/2024, chỉ biết năm thì 2024', (a) => parseDate(a, agency));
	const isNews = type === 'tin-bai';
	let number: string | undefined;
	let symbol: string | undefined;
	if (!isNews) {
		const parsedNumber = await answer('number', 'số văn bản', 'Số văn bản (number), ví dụ 25 hoặc 25/KH-UBND; Enter nếu bản công bố không ghi số', parseNumber);
		number = parsedNumber?.number;
		symbol = parsedNumber?.symbol;
		if (values.symbol !== undefined || !symbol) {
			const usual = type && agency ? usualSymbol(type, agency.id) : undefined;
			symbol = await answer('symbol', 'ký hiệu', 'Ký hiệu (symbol), phần sau dấu "/", ví dụ KH-UBND; gõ - nếu không có', parseSymbol, usual);
		}
	}
	const title = await answer('title', 'trích yếu', 'Trích yếu (title), như dòng dưới tên loại văn bản, có dấu tiếng Việt', parseTitle);
	if (title && title.length > 20 && diacriticRatio(title) < 0.08) asker.say('  Lưu ý: trích yếu gần như không có dấu tiếng Việt; nhớ sửa lại trong tệp.');
	const summary = await answer('summary', 'tóm tắt', 'Tóm tắt (summary): một hai câu nói văn bản này làm gì, cho danh sách và kết quả tìm kiếm', parseSummary);
	const campaigns = catalogue.campaigns;
	const campaign = await answer('campaign', 'phong trào', 'Phong trào (campaign): gõ số hoặc mã; Enter nếu không thuộc phong trào nào', (a) => parseCampaign(a, campaigns), undefined,
		campaigns.length ? `Phong trào (đánh dấu * là của cơ quan này):\n${list(campaigns.map((c) => `${c.agency === agency?.id ? '* ' : ''}${c.title} (${c.id})${c.draft ? ', bản nháp' : ''}`))}` : undefined);
	const source = await answer('source', 'nguồn', `Nguồn (source.kind): 1. ${SOURCE_KINDS['ban-dien-tu']} (ban-dien-tu), 2. ${SOURCE_KINDS['so-hoa']} (so-hoa)`, parseSource, interactive ? '1' : undefined);

	if (problems.length > 0 || !type || !agency || !date || !title || !summary || !source) return { ok: false, problems };
	return { ok: true, value: { type, agency: agency.id, number, symbol, date, title, summary, campaign: campaign?.id, source } };
}
