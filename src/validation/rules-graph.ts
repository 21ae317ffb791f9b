/**
 * Agencies point at each other through `parent` and `successor`. A loop
 * (A → B → A) has no top and no end: the agency pages would walk it for
 * ever or show nonsense, so every agency on a loop is named.
 */
import type { ValidContent } from './schema-check.ts';
import type { Problem } from './problem.ts';

const LABELS = { parent: 'cơ quan cấp trên', successor: 'cơ quan kế nhiệm' } as const;

export const agencyCycles = (content: ValidContent): Problem[] => {
	const out: Problem[] = [];
	for (const field of ['parent', 'successor'] as const) {
		const reported = new Set<string>();
		for (const start of content.agencies.keys()) {
			const path: string[] = [];
			let current: string | undefined = start;
			while (current !== undefined && content.agencies.has(current) && !path.includes(current)) {
				path.push(current);
				current = content.agencies.get(current)!.data[field];
			}
			if (current === undefined || current !== start || reported.has(start)) continue;
			for (const id of path) reported.add(id);
			const agency = content.agencies.get(start)!;
			const loop = [...path, start].join(' → ');
			out.push({
				severity: 'error', file: agency.raw.file, line: agency.raw.lineOf([field]), field,
				message: path.length === 1 ? `${LABELS[field]} là chính cơ quan này` : `${LABELS[field]} tạo thành vòng lặp: ${loop}`,
				hint: `sửa trường ${field} ở một trong các tệp ${path.map((id) => `content/agencies/${id}.yaml`).join(', ')} để chuỗi có điểm dừng`,
			});
		}
	}
	return out;
};
