import { sweepPages } from '../helpers/page-sweep.ts';

// The sweep of every built page on a phone (tests/helpers/page-sweep.ts), half 1 of 2.
sweepPages(0);
