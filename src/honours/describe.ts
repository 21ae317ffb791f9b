import type { Tally } from './roll.ts';

/** "12 lượt khen thưởng: 10 tập thể, 2 cá nhân" (and how many were revoked, if any). */
export function describeTally(t: Tally): string {
	const parts = [
		t.collectives && `${t.collectives} tập thể`,
		t.individuals && `${t.individuals} cá nhân`,
		t.households && `${t.households} hộ gia đình`,
	].filter(Boolean);
	const revoked = t.revoked ? `; ${t.revoked} lượt đã bị hủy bỏ` : '';
	return `${t.total} lượt khen thưởng${parts.length ? `: ${parts.join(', ')}` : ''}${revoked}`;
}

/** "2 quyết định khen thưởng, 12 lượt khen thưởng: …". */
export function describeRoll(t: Tally): string {
	return `${t.decisions} quyết định khen thưởng, ${describeTally(t)}`;
}
