export const PAGE_SIZE = 20;

export interface PageSlice<T> {
	items: T[];
	page: number;
	pages: number;
	total: number;
}

export function paginate<T>(items: T[], page: number, size = PAGE_SIZE): PageSlice<T> {
	const pages = Math.max(1, Math.ceil(items.length / size));
	return { items: items.slice((page - 1) * size, page * size), page, pages, total: items.length };
}
