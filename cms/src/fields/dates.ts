/**
 * How the admin shows and reads dates (date-fns patterns): Dutch day-month-year with the year,
 * 24-hour time. Typing 03-12-2026 in a date field means 3 December 2026.
 */
export const DATE_ONLY_FORMAT = 'dd-MM-yyyy'
export const TIME_FORMAT = 'HH:mm'
export const DATE_TIME_FORMAT = `${DATE_ONLY_FORMAT} ${TIME_FORMAT}`
/** The organisation works in the Netherlands: times are Amsterdam times. */
export const TIMEZONE = 'Europe/Amsterdam'
