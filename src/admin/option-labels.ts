/**
 * Vietnamese names of the values of closed lists, taken from the schema's
 * own vocabularies: an award form or area added there is offered in the
 * form with its name, with nothing to change here.
 */
import { AWARD_FORMS } from '../schema/awards.ts';
import { AGENCY_LEVELS, AREAS, DOCUMENT_TYPES, HONOUREE_KINDS, SOURCE_KINDS } from '../schema/vocabulary.ts';

const SIGNER_PREFIX_NAMES: Record<string, string> = {
	'TM.': 'TM. (thay mặt)',
	'KT.': 'KT. (ký thay)',
	'TL.': 'TL. (thừa lệnh)',
	'TUQ.': 'TUQ. (thừa ủy quyền)',
};

const LABELS: Record<string, string> = {
	...Object.fromEntries(Object.entries(DOCUMENT_TYPES).map(([key, value]) => [key, value.label])),
	...Object.fromEntries(Object.entries(AWARD_FORMS).map(([key, value]) => [key, value.label])),
	...AGENCY_LEVELS,
	...AREAS,
	...SOURCE_KINDS,
	...HONOUREE_KINDS,
	...SIGNER_PREFIX_NAMES,
};

/** "Giấy khen" for "giay-khen"; a value no vocabulary names is shown as it is. */
export function optionLabel(value: string): string {
	return LABELS[value] ?? value;
}
