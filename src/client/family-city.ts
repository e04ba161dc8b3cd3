import { readStoredList, writeStoredList } from './stored-list.ts';

// The family's city, chosen on /programs/ or the shortlist and remembered in this browser for
// ordering by distance (nothing is sent). One key for both pages.
const KEY = 'zhijiao-from';

/** The remembered city, if it is one of `known`. */
export const readFamilyCity = (known: (city: string) => boolean): string | undefined => readStoredList(KEY, (city): city is string => known(city))[0];

/** Remembers the city, or forgets it when empty. */
export const writeFamilyCity = (city: string | undefined): void => writeStoredList(KEY, city ? [city] : []);
