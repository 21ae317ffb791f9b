import fs from 'node:fs';
import path from 'node:path';
import { stringifyYaml } from '../../src/lib/yaml.ts';
import { createRandom, type Random } from './random.ts';
import { syntheticPng } from './synthetic-png.ts';
import { FAMILY, GIVEN, MIDDLE, PARAGRAPHS, POSITIONS, SYLLABLES, TOPICS, UNITS } from './vocabulary.ts';
import { slugify } from '../../src/lib/fold.ts';
import { CONTENT_DIR } from '../../src/paths.ts';

/**
 * A deterministic synthetic corpus in the same format as content/, for
 * benchmarks. Every agency id starts with "gia-lap-" and every document says
 * it is synthetic, so it can never be mistaken for real content.
 */
export interface CorpusOptions {
	dir: string;
	documents: number;
	honourees: number;
	seed?: number;
	/**
	 * Share of documents whose body uses the MDX components (0 to 1, default 0):
	 * every one gets a <Note> and a <DocumentCard>, decisions <Honourees /> and
	 * <Chart />, and one in ten of them a <Photo> stored beside it.
	 */
	components?: number;
}

export interface CorpusStats {
	agencies: number;
	campaigns: number;
	documents: number;
	honourees: number;
	/** One document file, for the one-edit rebuild measurement. */
	sampleDocument: string;
	/** Documents whose body uses components, and how many of them carry a photo. */
	withComponents: number;
	withPhoto: number;
}

interface Agency { id: string; name: string; level: 'tinh' | 'huyen' | 'xa'; province: string; parent?: string }

const SYNTHETIC_NOTE = 'Dữ liệu giả lập, tạo tự động để đo hiệu năng; không phải văn bản thật.';
const TYPES = [
	{ type: 'ke-hoach', symbol: 'KH-UBND', weight: 0.3 },
	{ type: 'thong-bao-ket-luan', symbol: 'TB-UBND', weight: 0.2 },
	{ type: 'quyet-dinh-khen-thuong', symbol: 'QĐ-UBND', weight: 0.3 },
	{ type: 'tin-bai', symbol: undefined, weight: 0.2 },
] as const;

const placeName = (random: Random) => `${random.pick(SYLLABLES)} ${random.pick(SYLLABLES)}`;
const personName = (random: Random) => `${random.pick(FAMILY)} ${random.pick(MIDDLE)} ${random.pick(GIVEN)}`;
const pad = (n: number) => String(n).padStart(2, '0');

function makeAgencies(random: Random, count: number): Agency[] {
	const agencies: Agency[] = [];
	for (let p = 0; agencies.length < count; p++) {
		const province = `${placeName(random)} ${p + 1}`;
		const provinceId = `gia-lap-ubnd-tinh-${slugify(province)}`;
		agencies.push({ id: provinceId, name: `UBND tỉnh ${province}`, level: 'tinh', province });
		for (let d = 0; d < 6 && agencies.length < count; d++) {
			const district = `${placeName(random)} ${p + 1}-${d + 1}`;
			const districtId = `gia-lap-ubnd-huyen-${slugify(district)}`;
			agencies.push({ id: districtId, name: `UBND huyện ${district}`, level: 'huyen', province, parent: provinceId });
			for (let c = 0; c < 3 && agencies.length < count; c++) {
				const commune = `${placeName(random)} ${p + 1}-${d + 1}-${c + 1}`;
				agencies.push({ id: `gia-lap-ubnd-xa-${slugify(commune)}`, name: `UBND xã ${commune}`, level: 'xa', province, parent: districtId });
			}
		}
	}
	return agencies;
}

function pickType(random: Random) {
	let roll = random.next();
	for (const entry of TYPES) {
		if ((roll -= entry.weight) <= 0) return entry;
	}
	return TYPES[0];
}

function body(random: Random, topic: string): string {
	const sections = ['I. MỤC ĐÍCH, YÊU CẦU', 'II. NỘI DUNG THI ĐUA', 'III. TỔ CHỨC THỰC HIỆN'];
	return sections
		.map((heading) => `## ${heading}\n\n${Array.from({ length: random.int(2, 4) }, () => `- ${random.pick(PARAGRAPHS)} Trọng tâm là ${topic}.`).join('\n')}\n`)
		.join('\n');
}

/** The components a synthetic body uses (see CorpusOptions.components); the photo, if any, is written beside it. */
function componentsBody(index: number, isDecision: boolean, cardTarget: string | undefined, photo: string | undefined): string {
	return [
		`<Note title="Ghi chú của trang">\n\n${SYNTHETIC_NOTE}\n\n</Note>`,
		photo && `<Photo src="./${photo}" alt="Ảnh giả lập số ${index + 1}" caption="Ảnh giả lập để đo hiệu năng" credit="Bộ sinh dữ liệu" />`,
		isDecision && '<Honourees />\n\n<Chart />',
		cardTarget && `<DocumentCard id="${cardTarget}" />`,
	]
		.filter(Boolean)
		.join('\n\n');
}

export function generateCorpus({ dir, documents, honourees, seed = 2024, components = 0 }: CorpusOptions): CorpusStats {
	const target = path.resolve(dir);
	if (target === CONTENT_DIR || target.startsWith(`${path.resolve('content')}${path.sep}`) || target === path.resolve('content')) {
		throw new Error('Không ghi dữ liệu giả lập vào thư mục content/.');
	}
	fs.rmSync(target, { recursive: true, force: true });
	const random = createRandom(seed);
	const agencies = makeAgencies(random, Math.max(10, Math.round(documents / 30)));
	const write = (file: string, text: string | Buffer) => {
		fs.mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
		fs.writeFileSync(path.join(target, file), text);
	};
	for (const a of agencies) {
		write(`agencies/${a.id}.yaml`, stringifyYaml({ name: a.name, level: a.level, province: a.province, ...(a.parent && { parent: a.parent }) }));
	}
	const campaigns: { id: string; agency: string; year: number }[] = [];
	for (const a of agencies.filter((x) => x.level !== 'xa')) {
		for (const year of [2022, 2023, 2024]) {
			const topic = random.pick(TOPICS);
			const id = `gia-lap-${a.id.replace('gia-lap-', '')}-${year}`;
			campaigns.push({ id, agency: a.id, year });
			write(`campaigns/${id}.yaml`, stringifyYaml({
				title: `Phong trào thi đua ${topic} ${a.name.replace('UBND ', '')} năm ${year}`,
				agency: a.id, start: `${year}-01`, end: `${year}-12-31`,
				summary: `Phong trào thi đua ${topic} năm ${year}. ${SYNTHETIC_NOTE}`,
				areas: ['cai-cach-hanh-chinh'], awardForms: ['giay-khen'],
			}));
		}
	}
	const awardCount = Math.max(1, Math.round(documents * 0.3));
	const perDecision = Math.max(1, Math.round(honourees / awardCount));
	const numbers = new Map<string, number>();
	let honoureeTotal = 0;
	let sampleDocument = '';
	// Every n-th document, so the rest of the corpus stays the same as without components.
	const componentEvery = components > 0 ? Math.max(1, Math.round(1 / components)) : 0;
	let withComponents = 0;
	let withPhoto = 0;
	let previousId: string | undefined;
	for (let i = 0; i < documents; i++) {
		const agency = random.pick(agencies);
		const year = random.int(2019, 2024);
		const { type, symbol } = pickType(random);
		const topic = random.pick(TOPICS);
		const key = `${agency.id}|${year}|${symbol}`;
		const number = (numbers.get(key) ?? 0) + 1;
		numbers.set(key, number);
		const date = `${year}-${pad(random.int(1, 9))}-${pad(random.int(1, 28))}`;
		const campaign = campaigns.find((c) => c.agency === (agency.level === 'xa' ? agency.parent : agency.id) && c.year === year);
		const data: Record<string, unknown> = {
			type, ...(symbol && { number: String(number), symbol }), date, agency: agency.id,
			title: `${type === 'quyet-dinh-khen-thuong' ? 'Về việc khen thưởng tập thể, cá nhân có thành tích trong' : 'Về'} ${topic} năm ${year} (${i + 1})`,
			summary: `${agency.name} về ${topic} năm ${year}. ${SYNTHETIC_NOTE}`,
			...(campaign && { campaign: campaign.id }),
			signer: { prefix: 'KT.', for: 'Chủ tịch', position: 'Phó Chủ tịch', name: personName(random) },
			recipients: ['Như trên;', 'Lưu: VT.'],
			deadlines: [{ date: `${year}-11-30`, what: 'Gửi hồ sơ đề nghị khen thưởng.' }],
			source: { kind: 'ban-dien-tu', note: SYNTHETIC_NOTE },
		};
		if (type === 'quyet-dinh-khen-thuong') {
			data.award = 'giay-khen';
			const list = Array.from({ length: perDecision }, () =>
				random.chance(0.7)
					? { kind: 'ca-nhan', name: personName(random), position: random.pick(POSITIONS), unit: `${random.pick(UNITS)} ${agency.name}` }
					: { kind: 'tap-the', name: `${random.pick(UNITS)} ${agency.name}` },
			);
			data.honourees = list;
			honoureeTotal += list.length;
		}
		const name = slugify(`${type}-${i + 1}`);
		const file = `documents/${agency.id}/${year}/${name}.mdx`;
		sampleDocument ||= file;
		let text = body(random, topic);
		if (componentEvery > 0 && i % componentEvery === componentEvery - 1) {
			withComponents++;
			const photo = withComponents % 10 === 1 ? `${name}-anh.png` : undefined;
			if (photo) {
				withPhoto++;
				write(`documents/${agency.id}/${year}/${photo}`, syntheticPng(960, 600, i + 1));
			}
			text += `\n${componentsBody(i, type === 'quyet-dinh-khen-thuong', previousId, photo)}\n`;
		}
		previousId = `${agency.id}/${year}/${name}`;
		write(file, `---\n${stringifyYaml(data)}---\n\n${text}`);
	}
	return { agencies: agencies.length, campaigns: campaigns.length, documents, honourees: honoureeTotal, sampleDocument, withComponents, withPhoto };
}
