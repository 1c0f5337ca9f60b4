import { PARTNERS } from "../schema";
import { cellText, isBlank, isPlaceholder, normalizeHeader, trimCaseKey } from "./text";
import type { Cell, HeaderMapping } from "./types";

/**
 * A contracts register that discloses a contract again after each amendment, its value restated as it
 * now stands (PartnerSummary.amendedContracts): added up, a contract counts once per disclosure (a
 * helper's round, real: Canada's proactive disclosure of contracts, `contract_value` beside
 * `amendment_value` and `d_is_amendment`, $53.76bn summed for 22 contracts worth $21.20bn). Rows of one
 * contract number, in a sheet with a column saying amendments, whose values stay near one another (a
 * value restated, not an amendment's own sum: that is far smaller than the contract's) are that; the
 * summary says the total with each contract counted once, at its latest disclosure's value.
 */

/** The unmapped columns numbering each contract, in order of preference. */
const CONTRACT_KEYS = [
  "Procurement ID",
  "Procurement number",
  "Contract number",
  "Contract no",
  "Contract ID",
  "Contract reference",
  "Award number",
  "Award ID",
  "Award unique key",
  "Contract award unique key",
  "Award ID PIID",
  "PIID",
].map(normalizeHeader);

/** A column saying amendments or modifications (`d_is_amendment`, `amendment_value`, `Modification No`). */
const AMENDMENT = /amend|modif/;

/** A column saying when each disclosure was made (`reporting_period`, `Report Date`). */
const DISCLOSED = /report(?:ing)?[ _]*(?:period|date|quarter)|disclos/;

/** The smallest share of a contract's largest value its other rows' values keep, to be restatements. */
const NEAR = 0.5;

/** Where a block's rows say their contract and when they were disclosed: see amendedColumnsOf. */
export interface AmendedColumns {
  readonly contract: number;
  readonly header: string;
  /** The column saying when each row was disclosed, or -1: the rows' order. */
  readonly when: number;
}

/**
 * The block's contract column and its disclosures' column, when it has a column saying amendments and
 * its Committed header is no amendment's own (`amendment_value` mapped: each row its own money).
 */
export function amendedColumnsOf(mapping: HeaderMapping): AmendedColumns | undefined {
  const committed = mapping.columns.find((c) => c.id === PARTNERS.col.committed.id);
  if (!committed || AMENDMENT.test(normalizeHeader(committed.header))) return undefined;
  const unknown = mapping.unknown.map((u) => ({ ...u, key: normalizeHeader(u.header) }));
  if (!unknown.some((u) => AMENDMENT.test(u.key))) return undefined;
  for (const key of CONTRACT_KEYS) {
    const found = unknown.find((u) => u.key === key);
    if (!found) continue;
    const when = unknown.find((u) => DISCLOSED.test(u.key));
    return { contract: found.index, header: found.header.trim(), when: when ? when.index : -1 };
  }
  return undefined;
}

/** One contract's disclosures, as its rows come. */
interface Disclosures {
  readonly as: string;
  readonly partner: string;
  rows: number;
  sum: number;
  largest: number;
  smallest: number;
  latest: number;
  latestWhen: Cell;
}

/** What PartnerSummary says of contracts disclosed again after amendments. */
export interface AmendedContracts {
  /** The contract column's header as written. */
  readonly column: string;
  /** Contracts on two rows or more. */
  readonly contracts: number;
  /** What the restatements add: each such contract's rows' sum less its latest value. */
  readonly extra: number;
  /** The contract that adds the most: its partner, its number, its rows and its latest value. */
  readonly example: {
    readonly name: string;
    readonly contract: string;
    readonly rows: number;
    readonly latest: number;
  };
}

/** Is `a` disclosed after `b` (numbers as dates, else texts as written: `2021-2022-Q3`)? Ties: later rows. */
function notBefore(a: Cell, b: Cell): boolean {
  if (isBlank(b)) return true;
  if (isBlank(a)) return false;
  if (typeof a === "number" && typeof b === "number") return a >= b;
  return cellText(a).trim() >= cellText(b).trim();
}

/** Tallies rows by contract (see the module's comment). */
export class AmendmentTally {
  private readonly contracts = new Map<string, Disclosures>();
  private column = "";

  headedBy(header: string): void {
    if (this.column === "") this.column = header;
  }

  /** One row with a Committed figure: its contract cell, its disclosure's cell and its partner's name. */
  add(contract: Cell, when: Cell, committed: number, partner: string): void {
    if (isBlank(contract) || isPlaceholder(contract) || !(committed > 0)) return;
    const as = cellText(contract).trim();
    const key = trimCaseKey(as);
    let d = this.contracts.get(key);
    if (!d) {
      const first = {
        as,
        partner,
        rows: 0,
        sum: 0,
        largest: committed,
        smallest: committed,
        latest: 0,
        latestWhen: null,
      };
      this.contracts.set(key, (d = first));
    }
    d.rows++;
    d.sum += committed;
    d.largest = Math.max(d.largest, committed);
    d.smallest = Math.min(d.smallest, committed);
    if (notBefore(when, d.latestWhen)) {
      d.latest = committed;
      d.latestWhen = when;
    }
  }

  result(): AmendedContracts | undefined {
    let contracts = 0;
    let extra = 0;
    let top: Disclosures | undefined;
    for (const d of this.contracts.values()) {
      if (d.rows < 2 || d.smallest < d.largest * NEAR) continue;
      contracts++;
      extra += d.sum - d.latest;
      if (!top || d.sum - d.latest > top.sum - top.latest) top = d;
    }
    if (!top || extra <= 0) return undefined;
    const example = { name: top.partner, contract: top.as, rows: top.rows, latest: top.latest };
    return { column: this.column, contracts, extra, example };
  }
}
