// The four types of support in Helping Children Thrive 2020 (000:62: "four areas of need"), in
// order from the lowest level. One definition for every feature that names them.
export const supportTypes = ['Universal', 'Early Help', 'Targeted Early Help', 'Safeguarding'] as const;
export type SupportType = (typeof supportTypes)[number];
