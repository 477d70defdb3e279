// The "is it solved?" page, where the links of the reminder e-mail and notification lead.
export { SolvedCheck, type SolvedCheckProps } from './lib/SolvedCheck';
