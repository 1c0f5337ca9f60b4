/**
 * Excel's date serials (1900 date system): day 1 is 1900-01-01, and Excel keeps Lotus's phantom
 * 1900-02-29, so serial 61 is 1900-03-01. Every tool that writes or reads a date goes through here.
 */
const MS_PER_DAY = 86_400_000;
/** 1899-12-30: serial 0 for every date after the phantom leap day. */
const EPOCH_UTC = Date.UTC(1899, 11, 30);

/** `2024-03-01` → 45352. Returns undefined for text that is not a real calendar date. */
export function isoToSerial(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return ymdToSerial(y, mo, d);
}

/** Serial for a calendar date, or undefined if the date does not exist (2023-02-29). */
export function ymdToSerial(year: number, month: number, day: number): number | undefined {
  const t = Date.UTC(year, month - 1, day);
  const check = new Date(t);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return undefined;
  }
  const serial = Math.round((t - EPOCH_UTC) / MS_PER_DAY);
  return serial < 61 ? serial - 1 : serial; // before 1900-03-01 there is no phantom day to skip
}

/** Days from 1970-01-01 back to serial 0 (1899-12-30). */
const EPOCH_DAYS = 25_569;

/**
 * 45352 → `2024-03-01` (the time of day, if any, is dropped). Worked out in integers (the civil
 * calendar from a day count, as in Howard Hinnant's `civil_from_days`): every dated issue's message
 * says its date, and a Date object and toISOString per message cost VALIDATE 3% of its time on a
 * 10k-row sheet. test/core/excelDate.test.ts compares it with Date over every serial Excel has.
 */
export function serialToIso(serial: number): string {
  const whole = Math.floor(serial);
  const z = (whole < 61 ? whole + 1 : whole) - EPOCH_DAYS + 719_468; // days from 0000-03-01
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}

/** Today's date as a serial, in UTC (rules that compare with "today" take it as an argument). */
export function todaySerial(now: Date = new Date()): number {
  return ymdToSerial(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate()) as number;
}
