import { kindOfCategory, LISTS, READY_ENGAGEMENT_FROM } from "./lists";
import { ASSETS, FOUNDATION, PARTNERS, TABS } from "./tabs";
import type { ColumnSpec, TabSpec } from "./types";
import { numberFormatOf } from "./workbook";

/**
 * The Summary sheet, cell by cell, as native Excel formulas over the tables' structured references.
 * Defined once here: the add-in's builder and the xlsx writer both write exactly these cells, and
 * the LibreOffice test recomputes them and compares each `figure` with the core engine.
 * Native formulas only, so the Summary reads the same for partners without the add-in — except
 * the one labelled block of add-in checks at the bottom.
 */
export type SummaryRole = "title" | "note" | "section" | "header" | "label" | "figure" | "total";

export interface SummaryFigure {
  /** e.g. "sector.committed"; see `summaryLayout` for the list. */
  readonly metric: string;
  /** The group the figure belongs to (a sector, a status …), or the 1-based initiative position. */
  readonly key?: string;
}

export interface SummaryCell {
  readonly value?: string | number;
  readonly formula?: string;
  readonly format?: string;
  readonly role: SummaryRole;
  readonly figure?: SummaryFigure;
}

export interface SummaryLayout {
  /** rows[0] is worksheet row 1; cells[0] is column A. `null` is an empty cell. */
  readonly rows: readonly (readonly (SummaryCell | null)[])[];
  readonly columnWidths: readonly number[];
  /** The chart of commitments by sector: categories and values as Summary-sheet addresses. */
  readonly chart: {
    readonly title: string;
    readonly categories: string;
    readonly values: string;
    readonly anchor: string;
  };
  /** Worksheet rows (1-based, inclusive) of the block that needs the add-in. */
  readonly addinBlock: { readonly first: number; readonly last: number };
}

/** How many initiatives the native per-initiative block lists (PARTNERS.SUMMARY has no limit). */
export const SUMMARY_INITIATIVE_ROWS = 30;
export const OTHER_OR_BLANK = "(other or blank)";

/** A problem statement shorter than this is not "well-defined" (SPEC: ~20 characters). */
export const WELL_DEFINED_MIN_LENGTH = 20;

const CURRENCY = numberFormatOf(PARTNERS.col.committed) ?? "General";
const PERCENT = "0%";
const COUNT = "#,##0";
const QUANTITY = "#,##0.##";

/** `tblPartners[Committed ($)]`, escaping the characters structured references reserve. */
export function structuredRef(tab: TabSpec, column: ColumnSpec): string {
  const escaped = column.name.replace(/(['#[\]])/g, "'$1");
  return `${tab.table}[${escaped}]`;
}

const P = (c: ColumnSpec) => structuredRef(PARTNERS, c);
const A = (c: ColumnSpec) => structuredRef(ASSETS, c);
const F = (c: ColumnSpec) => structuredRef(FOUNDATION, c);

/** Excel text literal: "a ""quoted"" word". */
function text(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

function sumOrZeroShare(numerator: string, denominator: string): string {
  return `=IF(${denominator}=0,0,${numerator}/${denominator})`;
}

/** The Foundation checklist READINESS scores, each item as a native test of the initiative in row `n`. */
export function readinessFormula(n: string): string {
  const at = (c: ColumnSpec) => `INDEX(${F(c)},${n})`;
  const yes = (c: ColumnSpec) => `(${at(c)}="Yes")`;
  const engagementLevels = LISTS.engagement.values.slice(LISTS.engagement.values.indexOf(READY_ENGAGEMENT_FROM));
  const items = [
    `(LEN(TRIM(${at(FOUNDATION.col.problemStatement)}))>=${WELL_DEFINED_MIN_LENGTH})`,
    `AND(LEN(TRIM(${at(FOUNDATION.col.benchmarkMetric)}))>0,ISNUMBER(${at(FOUNDATION.col.target)}),ISNUMBER(${at(FOUNDATION.col.targetDate)}))`,
    `OR(${engagementLevels.map((v) => `${at(FOUNDATION.col.communityEngagement)}=${text(v)}`).join(",")})`,
    yes(FOUNDATION.col.pastEffortsReviewed),
    `(LEN(TRIM(${at(FOUNDATION.col.politicalDynamics)}))>0)`,
    yes(FOUNDATION.col.requirementsAgreed),
    yes(FOUNDATION.col.partnerPrioritiesAcknowledged),
  ];
  return `(${items.map((i) => `IF(${i},1,0)`).join("+")})/${items.length}`;
}

/** The readiness checklist, in the order the formula above scores it (shown in the task pane). */
export const READINESS_CHECKLIST: readonly string[] = [
  "Problem statement present and well-defined",
  "Benchmark metric, target and target date set",
  `Community engagement ${READY_ENGAGEMENT_FROM} or beyond`,
  "Past efforts reviewed",
  "Political dynamics noted",
  "Requirements agreed",
  "Partner priorities acknowledged",
];

export function summaryLayout(): SummaryLayout {
  const rows: (SummaryCell | null)[][] = [];
  const row = (...cells: (SummaryCell | null)[]) => {
    rows.push(cells);
    return rows.length; // worksheet row number of the row just added
  };
  const label = (value: string): SummaryCell => ({ value, role: "label" });
  const header = (value: string): SummaryCell => ({ value, role: "header" });
  const fig = (formula: string, format: string, metric: string, key?: string): SummaryCell => ({
    formula,
    format,
    role: "figure",
    figure: key === undefined ? { metric } : { metric, key },
  });
  const blank = () => row();

  const committed = P(PARTNERS.col.committed);
  const received = P(PARTNERS.col.received);
  const partnerName = P(PARTNERS.col.partner);
  const totalCommitted = `SUM(${committed})`;
  const totalReceived = `SUM(${received})`;

  row({ value: "Partnership Tracker — Summary", role: "title" });
  row({
    value: "Native formulas over the tracker tables: they read the same with or without the add-in.",
    role: "note",
  });
  blank();

  // Headline figures.
  row({ value: "Headline", role: "section" });
  row(label("Partners"), fig(`=COUNTA(${partnerName})`, COUNT, "partners"));
  row(label("Initiatives"), fig(`=COUNTA(${F(FOUNDATION.col.initiativeId)})`, COUNT, "initiatives"));
  row(
    label(`Total ${PARTNERS.col.committed.name.toLowerCase()} ($)`),
    fig(`=${totalCommitted}`, CURRENCY, "committed"),
  );
  row(label(`Total ${PARTNERS.col.received.name.toLowerCase()} ($)`), fig(`=${totalReceived}`, CURRENCY, "received"));
  row(
    label("Received as share of committed"),
    fig(sumOrZeroShare(totalReceived, totalCommitted), PERCENT, "receivedShare"),
  );
  row(
    label("Largest funder's share of all commitments"),
    fig(sumOrZeroShare(`MAX(${committed})`, totalCommitted), PERCENT, "concentration"),
  );
  row(
    label(`Total asset ${ASSETS.col.gap.name.toLowerCase()}`),
    fig(`=SUM(${A(ASSETS.col.gap)})`, QUANTITY, "assetGap"),
  );
  blank();

  // By sector, with an explicit remainder row so the rows always add up to the total.
  const groupBlock = (
    title: string,
    groupColumn: ColumnSpec,
    values: readonly string[],
    metricPrefix: string,
  ): { firstData: number; lastData: number } => {
    row({ value: title, role: "section" });
    row(
      header(groupColumn.name),
      header("Partners"),
      header(PARTNERS.col.committed.name),
      header(PARTNERS.col.received.name),
    );
    const group = P(groupColumn);
    let firstData = 0;
    let lastData = 0;
    for (const v of values) {
      const r = row(
        label(v),
        fig(`=COUNTIFS(${group},${text(v)})`, COUNT, `${metricPrefix}.partners`, v),
        fig(`=SUMIFS(${committed},${group},${text(v)})`, CURRENCY, `${metricPrefix}.committed`, v),
        fig(`=SUMIFS(${received},${group},${text(v)})`, CURRENCY, `${metricPrefix}.received`, v),
      );
      firstData ||= r;
      lastData = r;
    }
    const span = (col: string) => `${col}${firstData}:${col}${lastData}`;
    row(
      label(OTHER_OR_BLANK),
      fig(`=COUNTA(${partnerName})-SUM(${span("B")})`, COUNT, `${metricPrefix}.partners`, OTHER_OR_BLANK),
      fig(`=${totalCommitted}-SUM(${span("C")})`, CURRENCY, `${metricPrefix}.committed`, OTHER_OR_BLANK),
      fig(`=${totalReceived}-SUM(${span("D")})`, CURRENCY, `${metricPrefix}.received`, OTHER_OR_BLANK),
    );
    row(
      { value: "Total", role: "total" },
      fig(`=COUNTA(${partnerName})`, COUNT, `${metricPrefix}.partners`, "Total"),
      fig(`=${totalCommitted}`, CURRENCY, `${metricPrefix}.committed`, "Total"),
      fig(`=${totalReceived}`, CURRENCY, `${metricPrefix}.received`, "Total"),
    );
    blank();
    return { firstData, lastData };
  };

  const sectorRows = groupBlock("Commitments by sector", PARTNERS.col.sector, LISTS.sector.values, "sector");
  groupBlock("Partners by status", PARTNERS.col.status, LISTS.partnerStatus.values, "status");

  // Per initiative: the first SUMMARY_INITIATIVE_ROWS Foundation rows, by position.
  row({ value: "By initiative", role: "section" });
  row(
    header(FOUNDATION.col.initiativeId.name),
    header(FOUNDATION.col.initiative.name),
    header("Partners"),
    header(PARTNERS.col.committed.name),
    header(PARTNERS.col.received.name),
    header(`Asset ${ASSETS.col.gap.name.toLowerCase()}`),
    header("Readiness"),
  );
  for (let n = 1; n <= SUMMARY_INITIATIVE_ROWS; n++) {
    const r = rows.length + 1;
    const id = `$A${r}`;
    const ifId = (expr: string) => `=IF(${id}="","",${expr})`;
    const key = String(n);
    row(
      fig(`=IFERROR(INDEX(${F(FOUNDATION.col.initiativeId)},${n})&"","")`, "@", "initiative.id", key),
      fig(ifId(`INDEX(${F(FOUNDATION.col.initiative)},${n})&""`), "@", "initiative.name", key),
      fig(ifId(`COUNTIFS(${P(PARTNERS.col.initiativeId)},${id})`), COUNT, "initiative.partners", key),
      fig(ifId(`SUMIFS(${committed},${P(PARTNERS.col.initiativeId)},${id})`), CURRENCY, "initiative.committed", key),
      fig(ifId(`SUMIFS(${received},${P(PARTNERS.col.initiativeId)},${id})`), CURRENCY, "initiative.received", key),
      fig(
        ifId(`SUMIFS(${A(ASSETS.col.gap)},${A(ASSETS.col.initiativeId)},${id})`),
        QUANTITY,
        "initiative.assetGap",
        key,
      ),
      fig(ifId(readinessFormula(String(n))), PERCENT, "initiative.readiness", key),
    );
  }
  row({
    value: `Lists the first ${SUMMARY_INITIATIVE_ROWS} initiatives of the Foundation tab; =PARTNERS.SUMMARY(…) has no limit.`,
    role: "note",
  });
  blank();

  // Asset gaps by category.
  row({ value: "Asset gaps by category", role: "section" });
  row(
    header(ASSETS.col.category.name),
    header(ASSETS.col.kind.name),
    header(ASSETS.col.needed.name),
    header(ASSETS.col.available.name),
    header(ASSETS.col.gap.name),
  );
  const category = A(ASSETS.col.category);
  for (const c of LISTS.assetCategory.values) {
    row(
      label(c),
      { value: kindOfCategory(c), role: "label" },
      fig(`=SUMIFS(${A(ASSETS.col.needed)},${category},${text(c)})`, QUANTITY, "assets.needed", c),
      fig(`=SUMIFS(${A(ASSETS.col.available)},${category},${text(c)})`, QUANTITY, "assets.available", c),
      fig(`=SUMIFS(${A(ASSETS.col.gap)},${category},${text(c)})`, QUANTITY, "assets.gap", c),
    );
  }
  blank();

  // The one block that needs the add-in: labelled so nobody mistakes #NAME? for broken data.
  const firstAddin = row({
    value: "Checks that need the add-in (show #NAME? where it is not installed)",
    role: "section",
  });
  row(header("Tab"), header("Errors"), header("Warnings"));
  for (const tab of TABS) {
    const all = `${tab.table}[#All]`;
    row(
      label(tab.name),
      { formula: `=PARTNERS.ISSUES(${all},${text(tab.name)},"error")`, format: COUNT, role: "figure" },
      { formula: `=PARTNERS.ISSUES(${all},${text(tab.name)},"warning")`, format: COUNT, role: "figure" },
    );
  }
  const lastAddin = rows.length;

  return {
    rows,
    columnWidths: [34, 26, 14, 16, 16, 14, 12],
    chart: {
      title: `${PARTNERS.col.committed.name} by sector`,
      categories: `A${sectorRows.firstData}:A${sectorRows.lastData}`,
      values: `C${sectorRows.firstData}:C${sectorRows.lastData}`,
      anchor: "I4",
    },
    addinBlock: { first: firstAddin, last: lastAddin },
  };
}
