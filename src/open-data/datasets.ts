import { SITE } from '../site.config.ts';
import { today } from '../lib/dates.ts';
import { dataUrls, siteUrl } from '../lib/honour-urls.ts';
import { datasetSchema, type JsonSchema } from './schemas/fields.ts';
import { documentFields } from './schemas/documents.ts';
import { campaignFields } from './schemas/campaigns.ts';
import { agencyFields } from './schemas/agencies.ts';
import { honoureeFields } from './schemas/honourees.ts';
import { agencyRecords, campaignRecords, documentRecords, honoureeRecords } from './records.ts';
import { toCsv } from './csv.ts';

export const LICENCE = SITE.contentLicence;

interface Dataset {
	title: string;
	description: string;
	fields: Record<string, JsonSchema>;
	records: () => Promise<Record<string, string | number | boolean | string[] | null>[]>;
}

/** The four data sets, keyed by their file name. */
export const DATASETS = {
	'van-ban': {
		title: 'Văn bản',
		description: 'Kế hoạch, thông báo kết luận, quyết định khen thưởng và tin bài đăng trên trang, mới nhất trước. Không có văn bản nháp, chưa đến giờ công bố hoặc đã thu hồi.',
		fields: documentFields,
		records: documentRecords,
	},
	'phong-trao': {
		title: 'Phong trào thi đua',
		description: 'Các phong trào thi đua đăng trên trang: cơ quan phát động, thời gian, lĩnh vực, số văn bản và số lượt khen thưởng.',
		fields: campaignFields,
		records: campaignRecords,
	},
	'co-quan': {
		title: 'Cơ quan',
		description: 'Các cơ quan ban hành văn bản, ghi đúng tên in trên văn bản, cùng cơ quan cấp trên, thời gian hoạt động và cơ quan kế nhiệm.',
		fields: agencyFields,
		records: agencyRecords,
	},
	'khen-thuong': {
		title: 'Tập thể, cá nhân được khen thưởng',
		description: 'Mỗi dòng là một lượt khen thưởng trong một quyết định khen thưởng đăng trên trang, kể cả lượt đã bị hủy bỏ (có ghi rõ). Chỉ có tên, chức vụ, đơn vị, hình thức khen thưởng và thành tích.',
		fields: honoureeFields,
		records: honoureeRecords,
	},
} as const satisfies Record<string, Dataset>;

export type DatasetName = keyof typeof DATASETS;
export const DATASET_NAMES = Object.keys(DATASETS) as DatasetName[];

export function schemaOf(name: DatasetName): JsonSchema {
	const dataset = DATASETS[name];
	return datasetSchema(name, `${dataset.title} – ${SITE.name}`, dataset.description, dataset.fields, siteUrl(dataUrls.schema(name)));
}

export async function jsonOf(name: DatasetName): Promise<string> {
	const items = await DATASETS[name].records();
	const body = {
		$schema: siteUrl(dataUrls.schema(name)),
		title: `${DATASETS[name].title} – ${SITE.name}`,
		licence: LICENCE,
		source: siteUrl(dataUrls.page()),
		generated: today(),
		count: items.length,
		items,
	};
	return itemPerLine(body);
}

/**
 * The object with one record per line: indenting every field with tabs made
 * the honours file 16% larger (4.3 MB against 3.7 MB at 1,000 documents)
 * for nobody, since programs parse it and people open the CSV; a line per
 * record still reads and diffs line by line.
 */
function itemPerLine({ items, ...head }: { items: unknown[] } & Record<string, unknown>): string {
	const opening = JSON.stringify(head, null, '\t').replace(/\n}$/, ',\n\t"items": [');
	return items.length === 0 ? `${opening}]\n}\n` : `${opening}\n${items.map((item) => `\t\t${JSON.stringify(item)}`).join(',\n')}\n\t]\n}\n`;
}

/** Columns in the schema's order, so the CSV and the JSON never disagree on fields. */
export async function csvOf(name: DatasetName): Promise<string> {
	return toCsv(Object.keys(DATASETS[name].fields), await DATASETS[name].records());
}
