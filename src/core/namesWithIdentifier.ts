import { PARTNERS } from "../schema";
import { phrase } from "./doorWording";
import { figuresOfRow } from "./figureColumns";
import { organisationIdAmong } from "./rules/rowIdentity";
import { type Matrix, NoHeaderError } from "./types";

/**
 * The no-header message for a row whose bare name column (`navn`) stands beside an organisation's
 * number (`orgnr`, `Company number`: ORGANISATION_ID_HEADERS): its rows are organisations, so the doubt
 * "people or organisations?" is no question to ask. The row is still no header row — SPEC's rule wants
 * the key column and one more tracker column, and an organisation's number is none — so it says to map
 * the names as Partner, and where the figures beside them are, to map one as Committed. Corpus round kp
 * D3, real: Norway's price subsidies to industry, `orgnr;navn;ft_egg;…`, told "navn alone does not say
 * whether its rows are people or organisations". Undefined where no such number stands in the row.
 */
export function organisationsByNumber(
  matrix: Matrix,
  row: number,
  seen: readonly string[],
  seenSaid: string,
  names: string,
): NoHeaderError | undefined {
  const id = organisationIdAmong(seen.filter((h) => h !== names).map((header) => ({ header })));
  if (!id) return undefined;
  const partner = PARTNERS.col.partner.name;
  return new NoHeaderError(
    `No ${PARTNERS.name} header row: row ${row + 1} has ${seenSaid} — ${names} names organisations (${id.header} ` +
      `beside it is an organisation's number), but no other ${PARTNERS.name} column: map ${names} to ${partner} ` +
      `${phrase("mappingArgument")}.${figuresOfRow(matrix, row, true)}`,
    PARTNERS.name,
    row,
    seen,
    false,
    undefined,
    names,
  );
}
