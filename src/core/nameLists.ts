import { unwrappedLines, withoutPlaceLines } from "./text";

/**
 * A partner cell listing names, three at least, each apart by `;` or a line break (`Acme Energy; Birch
 * Foundation; Cedar Bank`): a project's co-funders in one cell, counted as one partner with the
 * project's money (a helper's round, real: a public-health agency's partnerships map, up to 26
 * co-funders a cell, "30 partners, $101.6M"). Commas are no sign: `Smith, Jones & Co`, `Oxford, City of`.
 */
const mayList = (name: string): boolean => name.includes(";") || name.includes("\n");
const NAME_LIST = /^[^;\n]{2,};\s*[^;\n]{2,};\s*[^;\n]{2,}|^[^\n]{2,}\n[^\n]{2,}\n[^\n]{2,}/;

/** NAME_LIST's list apart by `;`. */
const SEMICOLON_LIST = /^[^;\n]{2,};\s*[^;\n]{2,};\s*[^;\n]{2,}/;

/**
 * Is a cell NAME_LIST matched still three names at least once the lines of a name wrapped in its cell
 * are joined (unwrappedLines)? `…Dipartimento della Pubblica⏎Sicurezza, … e della⏎Polizia delle
 * Frontiere` is one ministry's name, no list (a helper's round, real: Frontex's grants, corpus new-fi
 * D6 — "2 rows' Partner cells list several names", the 40 rows of its namesake counted as one partner).
 */
function stillAList(name: string): boolean {
  return SEMICOLON_LIST.test(name) || unwrappedLines(name).filter((l) => l.length >= 2).length >= 3;
}

/**
 * Is a cell NAME_LIST matched one organisation's name in parts, no list? Its parts after the first go
 * on in lower case with no capital outside quotes (a phrase continued, the first in capitals: a list
 * typed all in lower case is still a list, and so are `Jansen; de Vries; van Dijk` and a quoted name
 * among others, reviewers' repros). Real (a helper's round, corpus new-fe D9): Russia's presidential
 * grants (ru_presidential_grants.csv), an NGO's statutory name, its purposes apart by `;` —
 * `Региональная общественная организация по защите окружающей природной среды; восстановлению …;
 * формированию … "Новый экологический проект"` — said to "list several names". Asked only of cells
 * NAME_LIST takes: a plain name never pays for it.
 */
function oneNameInParts(name: string): boolean {
  const parts = name
    .split(name.includes(";") ? ";" : "\n")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (parts.length < 2) return false;
  const first = parts[0];
  const unquoted = (p: string) => p.replace(QUOTED, "");
  return (
    first !== first.toLowerCase() && parts.slice(1).every((p) => !/\p{Lu}/u.test(unquoted(p)) && /^\p{Ll}/u.test(p))
  );
}
/** A quoted name within a part (`"Новый экологический проект"`, `«Радуга»`), to its end if unclosed. */
const QUOTED = /["«„“][^"«»„“”]*(?:["»“”]|$)/gu;

/**
 * Does a Partner cell list names (NAME_LIST), and still once a name's wrapped lines are joined and a name
 * with its town on the lines under it is read as one (withoutPlaceLines)? SUMMARY counts such a cell as
 * one partner and says so (PartnerSummary.nameLists). Asked only of cells the name's hash saw `;` or a
 * line break in (DuplicateFinder.lastKeyMayList): a plain name never pays for it.
 */
export function listsNames(name: string): boolean {
  return (
    mayList(name) &&
    NAME_LIST.test(name) &&
    withoutPlaceLines(name) === name &&
    stillAList(name) &&
    !oneNameInParts(name)
  );
}
