import { parseArgs } from 'node:util';
import { generateCorpus } from './corpus.ts';

/** `node tools/bench/generate.ts --out /tmp/corpus --documents 1000 --honourees 5000 [--components 0.1]` */
const { values } = parseArgs({
	options: {
		out: { type: 'string', default: '.cache/corpus' },
		documents: { type: 'string', default: '1000' },
		honourees: { type: 'string', default: '5000' },
		seed: { type: 'string', default: '2024' },
		/** Share of documents whose body uses the MDX components, 0 to 1. */
		components: { type: 'string', default: '0' },
	},
});
const stats = generateCorpus({ dir: values.out, documents: Number(values.documents), honourees: Number(values.honourees), seed: Number(values.seed), components: Number(values.components) });
console.log(`Đã tạo dữ liệu giả lập ở ${values.out}: ${stats.agencies} cơ quan, ${stats.campaigns} phong trào, ${stats.documents} văn bản, ${stats.honourees} người được khen; ${stats.withComponents} văn bản dùng thành phần MDX (${stats.withPhoto} có ảnh).`);
