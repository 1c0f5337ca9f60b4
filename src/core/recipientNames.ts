/**
 * Which of a bare `Name` and an `Organization` names a register's partners. Partners reads
 * `Organization` as its Partner; but where `Name`'s cells are organisations' (`Stichting …`, `… B.V.`)
 * and `Organization`'s are no organisation's own names (a city's departments, `stadsdeel Noord`), the
 * `Organization` is who granted the money and `Name` who received it: the partners (corpus round hn,
 * real: Amsterdam's subsidy register, hinted `--map "Organization=Partner"`, the granting department).
 */
import { CONSTITUTED_AS, LEADERSHIP, PARTNERS } from "../schema";
import { isBareName, matchHeader } from "./headerMatch";
import { type HeaderTexts, type RowMatch, applyOverrides } from "./headerRowReading";
import { LEGAL_FORM_END, NAMES_SAMPLED } from "./nameColumnReadings";
import { isBlank, isPlaceholder, wordsPattern } from "./text";
import type { Matrix } from "./types";

/** What an organisation is constituted as, as a whole word of its name (`Stichting Het Huis`, `… Foundation`). */
const CONSTITUTED = new RegExp(`(?:^|[^\\p{L}])(?:${wordsPattern(CONSTITUTED_AS)})(?![\\p{L}])`, "iu");

/** Does a name say it is an organisation's, by its legal form or what it is constituted as? */
function organisationNamed(name: string): boolean {
  return LEGAL_FORM_END.test(name) || CONSTITUTED.test(name);
}

/**
 * A Partners reading `m` of a row whose Partner is read from Leadership's `Organization` header, read
 * instead from the row's bare `Name` when Name's first names (names kept back, `(Particulier)`, aside)
 * are organisations' — a fifth of them at least, three at least: a register sorted by name shows its
 * companies (`… B.V.`) before its foundations — and none of Organization's are. Else `m`.
 */
export function recipientsNamed(matrix: Matrix, texts: HeaderTexts, m: RowMatch): RowMatch {
  if (m.tab !== PARTNERS) return m;
  const partner = m.columns.find((c) => c.id === PARTNERS.col.partner.id);
  if (partner === undefined || matchHeader(LEADERSHIP, partner.header)?.column.id !== LEADERSHIP.col.organization.id)
    return m;
  const nameAt = texts.findIndex((t) => t !== undefined && isBareName(t));
  if (nameAt < 0 || m.columns.some((c) => c.index === nameAt)) return m;
  const names = organisationsUnder(matrix, m.row, nameAt);
  if (names.organisations < 3 || names.organisations * 5 < names.filled) return m;
  if (organisationsUnder(matrix, m.row, partner.index).organisations > 0) return m;
  return applyOverrides(matrix, m, { [nameAt]: PARTNERS.col.partner.id });
}

/** Of the first NAMES_SAMPLED filled text cells under `row` in `column` (names kept back aside), how many name organisations. */
function organisationsUnder(matrix: Matrix, row: number, column: number): { filled: number; organisations: number } {
  let filled = 0;
  let organisations = 0;
  for (let r = row + 1; r < matrix.length && filled < NAMES_SAMPLED; r++) {
    const cell = matrix[r]?.[column];
    if (typeof cell !== "string" || isBlank(cell) || isPlaceholder(cell)) continue;
    filled++;
    if (organisationNamed(cell.trim())) organisations++;
  }
  return { filled, organisations };
}
