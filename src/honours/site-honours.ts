import { site, type DocumentEntry } from '../lib/content.ts';
import { urls } from '../lib/urls.ts';
import { honourRoll, honoursById, type Honour } from './roll.ts';

interface SiteHonours {
	/** Listed award decisions, newest first: never drafts, embargoed or withdrawn ones. */
	decisions: DocumentEntry[];
	/** Everyone they honour, in name order. */
	roll: Honour[];
	/** Honours sharing an explicit honouree id. */
	byId: Map<string, Honour[]>;
	/** Each decision's honours by their position in its list, keyed by the decision's page path. */
	byDecisionPage: Map<string, Honour[]>;
}

let cached: Promise<SiteHonours> | undefined;

async function load(): Promise<SiteHonours> {
	const { listed } = await site();
	const decisions = listed.filter((doc) => doc.data.type === 'quyet-dinh-khen-thuong');
	const roll = honourRoll(decisions);
	const byDecisionPage = new Map<string, Honour[]>();
	for (const honour of roll) {
		const path = urls.document(honour.decision.id);
		const list = byDecisionPage.get(path) ?? [];
		list[honour.index] = honour;
		byDecisionPage.set(path, list);
	}
	return { decisions, roll, byId: honoursById(roll), byDecisionPage };
}

/** The honour roll of the site, computed once per build from the published decisions. */
export function siteHonours(): Promise<SiteHonours> {
	cached ??= load();
	return cached;
}

