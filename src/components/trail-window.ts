/**
 * Which steps of a campaign's trail a document page shows: every milestone
 * of the plan (the key documents, and the dates still waiting for one), the
 * first and the last step, and the steps just before and after the document
 * being read, with the number of steps left out between runs. The campaign
 * page keeps the whole trail. A document page used to repeat it all: 12.3 KB
 * on average where a document belongs to a campaign, about 57 MB of a
 * 10,000-document site (issue 18).
 */

/** A step as the window needs it: only plain documents may be left out. */
export interface WindowStep {
	kind: string;
	document?: { id: string } | undefined;
}

/** A step shown, or how many steps were left out at that place. */
export type WindowedStep<S> = { step: S } | { gap: number };

/** Plain document steps within this distance of the current one are shown. */
export const AROUND = 1;

export function trailWindow<S extends WindowStep>(steps: S[], currentId: string): WindowedStep<S>[] {
	const current = steps.findIndex((step) => step.document?.id === currentId);
	const shown = (step: S, index: number) =>
		step.kind !== 'van-ban' || index === 0 || index === steps.length - 1 || (current >= 0 && Math.abs(index - current) <= AROUND);
	const out: WindowedStep<S>[] = [];
	let left = 0;
	steps.forEach((step, index) => {
		if (!shown(step, index)) {
			left++;
			return;
		}
		pushGap(out, steps, index, left);
		left = 0;
		out.push({ step });
	});
	pushGap(out, steps, steps.length, left);
	return out;
}

/** A gap of one step shows that step: "1 văn bản khác" would take as much room as its title. */
function pushGap<S>(out: WindowedStep<S>[], steps: S[], before: number, left: number) {
	if (left === 1) out.push({ step: steps[before - 1]! });
	else if (left > 1) out.push({ gap: left });
}
