// The i18next namespaces of the career explorer (locales/<lang>/<namespace>.json), for the app shell to load.

export const CAREERS_NAMESPACES = ['careers', 'careersRoles', 'careersQuiz'] as const;
export type CareersNamespace = (typeof CAREERS_NAMESPACES)[number];
