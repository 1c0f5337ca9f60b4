import { PARTNERS, PROJECT_KEY_HEADERS, REPORT_DATE_HEADERS, YEAR_HEADERS } from "../schema";
import { cellText, isBlank, isPlaceholder, normalizeHeader, trimCaseKey } from "./text";
import type { Cell, HeaderMapping } from "./types";

/**
 * A project's amount on each of its rows (PartnerSummary.projectRepeats): a sheet with a row per site,
 * funding line or allocation of a project may show the project's whole amount again on each (real:
 * Los Angeles' housing projects, FLORENCE MILLS' $9,389,115.63 on its 6 sites, $296.9M in all; an FTA
 * ledger's expenditure on each funding line of a UPIN, $18.3M). Rows of one partner and one project
 * (its Initiative ID, else a column PROJECT_KEY_HEADERS names) showing one amount, and agreeing in
 * every other column the tracker reads and in every date or year, are that; the summary says what the
 * total would be with each project's amount counted once, and leaves the total as the rows add up (a
 * project paid in equal parts on several lines is the same rows, told apart by nothing here).
 */

const PROJECT_KEYS = PROJECT_KEY_HEADERS.map(normalizeHeader);
const YEAR_KEYS = new Set([...YEAR_HEADERS, ...REPORT_DATE_HEADERS].map(normalizeHeader));

/** Where a block's rows say their project and when: see projectColumnsOf. */
export interface ProjectColumns {
  /** The 0-based column naming the project. */
  readonly project: number;
  /** The header of that column as written. */
  readonly header: string;
  /** Columns the rows of one project must agree in: the tracker's others, and any date or year. */
  readonly agree: readonly number[];
}

/**
 * A Partners block's project column (a mapped Initiative ID, else the first unmapped column of
 * PROJECT_KEY_HEADERS' order) and the columns a project's rows must agree in; undefined when it has
 * no project column. `amounts` are the columns whose figures are compared, not agreed.
 */
export function projectColumnsOf(mapping: HeaderMapping, amounts: readonly number[]): ProjectColumns | undefined {
  // An award's own number beside the award's amount (`Award Number`, `Award Amount`): its rows are one
  // award however many expenditure lines, in whatever months, it is drawn on — the federal CARES Act
  // and SLFRF templates' layout (a helper's round, real: Treasury's CRF sample, $1.02M for $780,000).
  const committed = mapping.columns.find((c) => c.id === PARTNERS.col.committed.id);
  const award = committed && AWARD_AMOUNT.test(committed.header) ? awardNumberOf(mapping) : undefined;
  if (award) {
    // Its rows agree in the tracker's columns and in any year: one grant's number on two fiscal years'
    // rows is two instalments, each its own money (a reviewer's repro) — its monthly lines' dates differ.
    const agree = [
      ...mapping.columns.filter((c) => c.index !== award.index && !amounts.includes(c.index)).map((c) => c.index),
      ...mapping.unknown.filter((u) => u.index !== award.index && saysYear(u.header)).map((u) => u.index),
    ];
    return { project: award.index, header: award.header.trim(), agree };
  }
  const initiative = mapping.columns.find((c) => c.id === PARTNERS.col.initiativeId.id);
  let project = initiative ? { index: initiative.index, header: initiative.header } : undefined;
  if (!project) {
    for (const key of PROJECT_KEYS) {
      project = mapping.unknown.find((u) => normalizeHeader(u.header) === key);
      if (project) break;
    }
  }
  if (!project) return undefined;
  const at = project.index;
  // Not Notes: where `new --from` wrote what told the rows apart (an investigator's name a row), not
  // what tells a project's money apart (a helper's round, real: SDRC's awards, $76.6M said as $31.9M
  // once a project on the sheet, and nothing said on the tracker copied from it).
  const notes = PARTNERS.col.notes.id;
  const agree = [
    ...mapping.columns
      .filter((c) => c.index !== at && !amounts.includes(c.index) && c.id !== notes)
      .map((c) => c.index),
    ...mapping.unknown.filter((u) => u.index !== at && saysWhen(u.header)).map((u) => u.index),
  ];
  return { project: at, header: project.header.trim(), agree };
}

/** An award's, grant's or contract's whole amount, as its header says (`Award Amount`, `Contract Amount`). */
// (And an award's total obligation as USAspending's downloads head it, `total_obligated_amount`, on each
// of its transactions' rows: a helper's round, real: FEMA's grants to California, $793.9bn for $7.46bn.)
const AWARD_AMOUNT =
  /\b(?:award|grant|contract)(?:ed)?[\s_]*(?:amount|value|total)\b|^total[\s_]*obligated[\s_]*amount$/i;
const AWARD_KEYS = [
  "Award number",
  "Award no",
  "Award ID",
  // USAspending's keys of an award, on each of its transactions' rows.
  "Assistance award unique key",
  "Contract award unique key",
  "Award unique key",
  "Award ID FAIN",
  "Award ID PIID",
  "Grant number",
  "Grant ID",
  "Contract number",
  "Contract no",
  "Contract ID",
].map(normalizeHeader);

/** The unmapped column numbering each award, grant or contract, if the block has one. */
function awardNumberOf(mapping: HeaderMapping): { index: number; header: string } | undefined {
  for (const key of AWARD_KEYS) {
    const found = mapping.unknown.find((u) => normalizeHeader(u.header) === key);
    if (found) return found;
  }
  return undefined;
}

/** Does a header say a year (`Fiscal Year`, `grant_fiscal_year`, `FY`), not a day? */
function saysYear(header: string): boolean {
  const key = normalizeHeader(header);
  return YEAR_KEYS.has(key) || /year|^fy/.test(key);
}

/** Does a header say a date or a year (`DATE FUNDED`, `grant_fiscal_year`, `FY`)? */
function saysWhen(header: string): boolean {
  const key = normalizeHeader(header);
  return YEAR_KEYS.has(key) || /date|year|datum|fecha/.test(key);
}

/** One project of one partner, as its rows come. */
interface ProjectRows {
  /** The text of the columns its rows must agree in, from its first row. */
  readonly agree: string;
  /** Its first row's project cell as written. */
  readonly as: string;
  rows: number;
  /** Rows apart in an agreed column, or a row that is a copy of another (said as copies elsewhere). */
  apart: boolean;
  /** Per amount (Committed, Received): its first non-zero figure, NaN once two differ, and the rows with one. */
  readonly figure: number[];
  readonly withFigure: number[];
  /** The rows tallied (the ids given to add). */
  readonly ids: number[];
}

/** What PartnerSummary says of one amount column's repeats. */
export interface AmountRepeats {
  /** Projects whose rows show one figure on two rows or more. */
  readonly projects: number;
  /** What the repeats add: each such project's figure times its rows beyond the first. */
  readonly extra: number;
  /** The project that adds the most: its partner, its project cell, the figure and its rows. */
  readonly example: { readonly name: string; readonly project: string; readonly amount: number; readonly rows: number };
}

/** PartnerSummary.projectRepeats: by amount, [Committed, Received]; the project column's header. */
export interface ProjectRepeats {
  readonly column: string;
  readonly committed?: AmountRepeats;
  readonly received?: AmountRepeats;
}

/** A project ProjectTally.repeated gives. */
export interface RepeatedProject {
  /** The rows tallied (the ids given to add). */
  readonly rows: readonly number[];
  /** Its project cell as written on its first row. */
  readonly project: string;
  /** The amount shown again, and on how many rows. */
  readonly figure: number;
  readonly shown: number;
  /** The other amount's figure, where it too is one shown on each row. */
  readonly other?: number;
}

/** Tallies repeated partners' rows by project (partners known by the id of their first row). */
export class ProjectTally {
  private readonly byPartner = new Map<number, Map<string, ProjectRows>>();
  private column = "";

  /** Has the partner (by its first row) a row tallied? */
  has(partner: number): boolean {
    return this.byPartner.has(partner);
  }

  /** The header of the project column (the first block's that has one). */
  headedBy(header: string): void {
    if (this.column === "") this.column = header;
  }

  /**
   * One row of a partner, with its cells, the block's project columns and its figures
   * ([Committed, Received]); `copy` when the row is a copy of one before it; `id` the row's, as the
   * caller knows it (repeated() gives them back).
   */
  add(
    partner: number,
    cells: readonly Cell[],
    columns: ProjectColumns,
    figures: readonly number[],
    copy: boolean,
    id = partner,
  ): void {
    const cell = cells[columns.project];
    if (isBlank(cell) || isPlaceholder(cell)) return;
    const as = cellText(cell).trim();
    const key = trimCaseKey(as);
    if (key === "") return;
    const agree = columns.agree.map((c) => cellText(cells[c]).trim()).join("\u0000");
    let projects = this.byPartner.get(partner);
    if (!projects) this.byPartner.set(partner, (projects = new Map()));
    let p = projects.get(key);
    if (!p) {
      projects.set(key, (p = { agree, as, rows: 0, apart: false, figure: [0, 0], withFigure: [0, 0], ids: [] }));
    } else if (p.agree !== agree) p.apart = true;
    p.apart ||= copy;
    p.rows++;
    p.ids.push(id);
    figures.forEach((value, i) => {
      // A line taking an amount back (`-49000` before the same 49000 on two programmes' lines) says
      // the lines are moved money, netted, not one amount shown again (real: the FTA ledger).
      if (value < 0) p.figure[i] = NaN;
      if (!(value > 0)) return;
      if (p.withFigure[i]++ === 0) p.figure[i] = Number.isNaN(p.figure[i]) ? NaN : value;
      else if (p.figure[i] !== value) p.figure[i] = NaN;
    });
  }

  /** The repeats, or undefined for none; `nameOf` a partner's name (by its first row); `skip` partners said elsewhere. */
  result(nameOf: (partner: number) => string, skip: ReadonlySet<number>): ProjectRepeats | undefined {
    const by = [0, 1].map((i) => {
      let projects = 0;
      let extra = 0;
      let top: { partner: number; p: ProjectRows; extra: number } | undefined;
      for (const [partner, rows] of this.byPartner) {
        if (skip.has(partner)) continue;
        for (const p of rows.values()) {
          if (!repeats(p, i)) continue;
          const more = p.figure[i] * (p.withFigure[i] - 1);
          projects++;
          extra += more;
          if (!top || more > top.extra) top = { partner, p, extra: more };
        }
      }
      if (!top) return undefined;
      const example = {
        name: nameOf(top.partner),
        project: top.p.as,
        amount: top.p.figure[i],
        rows: top.p.withFigure[i],
      };
      return { projects, extra, example };
    });
    if (!by[0] && !by[1]) return undefined;
    return {
      column: this.column,
      ...(by[0] ? { committed: by[0] } : {}),
      ...(by[1] ? { received: by[1] } : {}),
    };
  }

  /**
   * The projects whose Received (`amount` 1; Committed 0) result() counts as one amount shown on each
   * of their rows (see RepeatedProject). For the check's Received above Committed, which compares
   * such a project once, as the summary's note reads it (partners.receivedOverCommitted).
   */
  repeated(amount: 0 | 1): RepeatedProject[] {
    const out: RepeatedProject[] = [];
    const other = 1 - amount;
    for (const rows of this.byPartner.values()) {
      for (const p of rows.values()) {
        if (!repeats(p, amount)) continue;
        out.push({
          rows: p.ids,
          project: p.as,
          figure: p.figure[amount],
          shown: p.withFigure[amount],
          ...(repeats(p, other) ? { other: p.figure[other] } : {}),
        });
      }
    }
    return out;
  }
}

/** Is amount `i` of project `p` one figure shown on two of its rows or more, the rows agreeing otherwise? */
function repeats(p: ProjectRows, i: number): boolean {
  return !p.apart && p.withFigure[i] >= 2 && !Number.isNaN(p.figure[i]);
}
