import {
  ASSETS,
  FOUNDATION,
  INTERNAL_COLUMN_IDS,
  LEADERSHIP,
  LISTS,
  MORE_GAPS_NOTE,
  MORE_INITIATIVES_NOTE,
  AMOUNTS_AS_TEXT_PARTS,
  NOT_CHECKED_YET,
  OTHER_OR_BLANK,
  numberFormatOf,
  PARTNERS,
  READINESS_ITEM_COLUMNS,
  READY_ENGAGEMENT_FROM,
  SUMMARY_GAP_ROWS,
  SUMMARY_INITIATIVE_ROWS,
  WELL_DEFINED_MIN_LENGTH,
  type ColumnSpec,
  type SummaryCell,
  type SummaryLayout,
  type SummaryMetric,
  type SummaryVariant,
  type TabSpec,
} from "../schema";
import { excelText } from "./calculatedColumns";

/**
 * The Summary sheet, cell by cell, as native Excel formulas over the tables' structured references.
 * Built once here from what the schema's Summary shows (`src/schema/summary.ts`): the add-in's
 * builder and the xlsx writer both write exactly these cells, and the LibreOffice test recomputes
 * them and compares each `figure` with the core engine.
 *
 * Native formulas only (SPEC rev 2: no custom function anywhere on the Summary), and only formulas
 * that Excel 2016 and LibreOffice 7.4 both compute: no dynamic arrays, no LET/FILTER/UNIQUE/XLOOKUP,
 * no IF/IFERROR inside SUMPRODUCT (Excel 2016 needs Ctrl+Shift+Enter for those). Lists that would
 * need UNIQUE are built another way: initiatives by position (Foundation's IDs are unique), the
 * category–unit pairs of the asset gaps by "the next pair not listed above" (SUMPRODUCT(MAX(…))).
 */

/**
 * Row numbers in the gap block's "which pair comes next" key: a key is `weight × ROW_SPAN + (ROW_SPAN
 * − worksheet row)`, so the largest key is the first listed category's first row. Above Excel's
 * 1,048,576 rows, and small enough that every key is an exact double.
 */
export const ROW_SPAN = 10_000_000;

const CURRENCY = numberFormatOf(PARTNERS.col.committed) ?? "General";
const PERCENT = "0%";
const COUNT = "#,##0";

/** What the by-sector and by-status blocks count: rows of Partners, each a partner on one initiative. */
export const PARTNERSHIPS = "Partnerships";
const PARTNERSHIPS_NOTE = `${PARTNERSHIPS}: a partner on one initiative (a partner on two initiatives counts twice here, once in the headline).`;
// "General", not "#,##0.##": Excel shows whole numbers in that format with a trailing point ("1,200.").
const QUANTITY = "General";
const TEXT = "@";

/** `tblPartners[Committed ($)]`, escaping the characters structured references reserve. */
export function structuredRef(tab: TabSpec, column: ColumnSpec): string {
  const escaped = column.name.replace(/(['#[\]])/g, "'$1");
  return `${tab.table}[${escaped}]`;
}

const P = (c: ColumnSpec) => structuredRef(PARTNERS, c);
const A = (c: ColumnSpec) => structuredRef(ASSETS, c);
const F = (c: ColumnSpec) => structuredRef(FOUNDATION, c);
const L = (c: ColumnSpec) => structuredRef(LEADERSHIP, c);

const text = excelText;

function shareOf(numerator: string, denominator: string): string {
  return `=IF(${denominator}=0,0,${numerator}/${denominator})`;
}

/** The Foundation checklist READINESS scores, each item as a native test of the initiative in row `n`. */
export function readinessFormula(n: string, leftOut: ReadonlySet<string> = new Set()): string {
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
  const scored = items.filter((_, i) => READINESS_ITEM_COLUMNS[i].every((id) => !leftOut.has(id)));
  return `(${scored.map((i) => `IF(${i},1,0)`).join("+")})/${scored.length}`;
}

/** Position of a row in `ref` (1 = its first data row) from a worksheet row number. */
function positionIn(ref: string, worksheetRow: string): string {
  return `${worksheetRow}-MIN(ROW(${ref}))+1`;
}

/**
 * Weight of an asset row's Category in the gap block's order: the first listed category weighs
 * most, an unlisted category 0 (listed last). A sum of comparisons, not MATCH or IFERROR, so it
 * evaluates row by row inside SUMPRODUCT in Excel 2016 without Ctrl+Shift+Enter.
 */
function categoryWeight(): string {
  const values = LISTS.assetCategory.values;
  return values.map((c, i) => `(${A(ASSETS.col.category)}=${text(c)})*${values.length - i}`).join("+");
}

const cached = new Map<boolean, SummaryLayout>();

/** The layout (built once per variant: the per-initiative block is a thousand rows of formulas). */
export function summaryLayout(variant: SummaryVariant = {}): SummaryLayout {
  const key = variant.partnerCopy === true;
  let layout = cached.get(key);
  if (!layout) cached.set(key, (layout = buildLayout(key ? INTERNAL_COLUMN_IDS : new Set())));
  return layout;
}

function buildLayout(leftOut: ReadonlySet<string>): SummaryLayout {
  const rows: (SummaryCell | null)[][] = [];
  const row = (...cells: (SummaryCell | null)[]) => {
    rows.push(cells);
    return rows.length; // worksheet row number of the row just added
  };
  const label = (value: string): SummaryCell => ({ value, role: "label" });
  const header = (value: string): SummaryCell => ({ value, role: "header" });
  const note = (value: string): SummaryCell => ({ value, role: "note" });
  const fig = (formula: string, format: string, metric: SummaryMetric, key?: string): SummaryCell => ({
    formula,
    format,
    role: "figure",
    figure: key === undefined ? { metric } : { metric, key },
  });
  const blank = () => row();

  const committed = P(PARTNERS.col.committed);
  const received = P(PARTNERS.col.received);
  const partnerName = P(PARTNERS.col.partner);
  // A partner's name as a SUMIFS/COUNTIF criterion that matches that name exactly, ignoring case as
  // Excel compares: its wildcards (`*`, `?`, `~`) escaped, and `=` first, so a name is never read as
  // a pattern (`Arts*` would take in Arts Council) or a comparison (`<Unnamed>`).
  const sameName = `"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${partnerName},"~","~~"),"*","~*"),"?","~?")`;
  const totalCommitted = `SUM(${committed})`;
  const totalReceived = `SUM(${received})`;
  const gap = A(ASSETS.col.gap);
  const estimated = A(ASSETS.col.estimatedValue);
  const yes = text(LISTS.yesNo.values[0]);
  const no = text(LISTS.yesNo.values[1]);

  row({ value: "Partnership Tracker — Summary", role: "title" });
  row(
    note(
      leftOut.size === 0
        ? "Native formulas over the tracker tables: they read the same with or without the add-in, in Excel and in LibreOffice."
        : `Partner copy: the city's internal columns are left out, and readiness scores the checklist items that do not need them.`,
    ),
  );
  blank();

  // Headline figures.
  row({ value: "Headline", role: "section" });
  row(label("Initiatives"), fig(`=COUNTA(${F(FOUNDATION.col.initiativeId)})`, COUNT, "initiatives"));
  // Distinct partners: a partner on the rows of three initiatives is one (each row adds 1/its count).
  row(
    label("Partners"),
    fig(`=SUMPRODUCT((${partnerName}<>"")/COUNTIF(${partnerName},${sameName}))`, COUNT, "partners"),
  );
  row(
    label(`Total ${PARTNERS.col.committed.name.toLowerCase()} ($)`),
    fig(`=${totalCommitted}`, CURRENCY, "committed"),
  );
  row(label(`Total ${PARTNERS.col.received.name.toLowerCase()} ($)`), fig(`=${totalReceived}`, CURRENCY, "received"));
  row(label("Received as share of committed"), fig(shareOf(totalReceived, totalCommitted), PERCENT, "receivedShare"));
  row(
    label("Place-based funders' share of commitments"),
    fig(
      shareOf(`SUMIFS(${committed},${P(PARTNERS.col.placeBasedFunder)},${yes})`, totalCommitted),
      PERCENT,
      "placeBasedShare",
    ),
  );
  // The largest funder is the partner whose rows (one per initiative) commit the most in all.
  const perPartner = `SUMIFS(${committed},${partnerName},${sameName})`;
  const largestAmountRow = rows.length + 2;
  row(
    label("Largest funder"),
    fig(
      `=IF($B$${largestAmountRow}<=0,"",INDEX(${partnerName},${positionIn(
        partnerName,
        `${ROW_SPAN}-SUMPRODUCT(MAX((${partnerName}<>"")*(${perPartner}=$B$${largestAmountRow})*(${ROW_SPAN}-ROW(${partnerName}))))`,
      )})&"")`,
      TEXT,
      "largestFunder.name",
    ),
  );
  row(
    label(`Largest funder's ${PARTNERS.col.committed.name.toLowerCase()} ($)`),
    fig(`=SUMPRODUCT(MAX((${partnerName}<>"")*${perPartner}))`, CURRENCY, "largestFunder.committed"),
  );
  row(
    label("Largest funder's share of all commitments"),
    fig(shareOf(`$B$${largestAmountRow}`, totalCommitted), PERCENT, "largestFunder.share"),
  );
  row(
    label("Estimated value of assets short ($)"),
    fig(`=SUMIFS(${estimated},${gap},">0")`, CURRENCY, "assetsShort.estimatedValue"),
  );
  const checkRow = row(label("Add-in check"), { value: NOT_CHECKED_YET, role: "status" });
  // Amounts written as text (a pound ledger copied as `£25,000`, `TBD`) are left out of every SUM
  // above: said, with how many, so a total is never silently short. Under the check's row, which
  // stays where earlier trackers have it (Check writes there).
  const asText = (range: string) => `SUMPRODUCT(ISTEXT(${range})*1)`;
  const [before, between, after] = AMOUNTS_AS_TEXT_PARTS;
  row(
    fig(
      `=IF(${asText(committed)}+${asText(received)}=0,"",${text(before)}&${asText(committed)}&${text(between)}&` +
        `${asText(received)}&${text(after)})`,
      TEXT,
      "amountsAsText",
    ),
  );
  blank();

  // By sector and by status, with an explicit remainder row so the rows always add up to the total.
  const groupBlock = (
    title: string,
    groupColumn: ColumnSpec,
    values: readonly string[],
    metricPrefix: "sector" | "status",
  ): { firstData: number; lastData: number } => {
    row({ value: title, role: "section" });
    // A Partners row is a partner on one initiative (SPEC "Ledgers"), and these count rows: a partner
    // on two initiatives is two here, one in the headline and in PARTNERS.SUMMARY. Counting distinct
    // partners per group natively needs a COUNTIFS over the whole table per row per group (n² each,
    // recalculated on every edit of Partners), so the column says what it counts instead (said once,
    // above the first block).
    if (metricPrefix === "sector") row(note(PARTNERSHIPS_NOTE));
    row(
      header(groupColumn.name),
      header(PARTNERSHIPS),
      header(PARTNERS.col.committed.name),
      header(PARTNERS.col.received.name),
    );
    const group = P(groupColumn);
    let firstData = 0;
    let lastData = 0;
    for (const v of values) {
      const r = row(
        label(v),
        fig(`=COUNTIFS(${group},${text(v)})`, COUNT, `${metricPrefix}.partners` as const, v),
        fig(`=SUMIFS(${committed},${group},${text(v)})`, CURRENCY, `${metricPrefix}.committed` as const, v),
        fig(`=SUMIFS(${received},${group},${text(v)})`, CURRENCY, `${metricPrefix}.received` as const, v),
      );
      firstData ||= r;
      lastData = r;
    }
    const span = (col: string) => `${col}${firstData}:${col}${lastData}`;
    row(
      label(OTHER_OR_BLANK),
      fig(`=COUNTA(${partnerName})-SUM(${span("B")})`, COUNT, `${metricPrefix}.partners` as const, OTHER_OR_BLANK),
      fig(`=${totalCommitted}-SUM(${span("C")})`, CURRENCY, `${metricPrefix}.committed` as const, OTHER_OR_BLANK),
      fig(`=${totalReceived}-SUM(${span("D")})`, CURRENCY, `${metricPrefix}.received` as const, OTHER_OR_BLANK),
    );
    row(
      { value: "Total", role: "total" },
      fig(`=COUNTA(${partnerName})`, COUNT, `${metricPrefix}.partners` as const, "Total"),
      fig(`=${totalCommitted}`, CURRENCY, `${metricPrefix}.committed` as const, "Total"),
      fig(`=${totalReceived}`, CURRENCY, `${metricPrefix}.received` as const, "Total"),
    );
    blank();
    return { firstData, lastData };
  };

  const sectorSection = rows.length + 1;
  const sectorRows = groupBlock("Commitments by sector", PARTNERS.col.sector, LISTS.sector.values, "sector");
  groupBlock("Partnerships by status", PARTNERS.col.status, LISTS.partnerStatus.values, "status");

  // Asset gaps by category and unit: trucks, FTEs and dollars are never added together.
  row({ value: "Asset gaps by category and unit", role: "section" });
  const category = A(ASSETS.col.category);
  const unit = A(ASSETS.col.unit);
  row(
    label(`Assets short with no ${ASSETS.col.category.name} or ${ASSETS.col.unit.name}`),
    fig(
      `=COUNTIFS(${gap},">0")-SUMPRODUCT(ISNUMBER(${gap})*(${gap}>0)*(LEN(${category})>0)*(LEN(${unit})>0))`,
      COUNT,
      "gaps.unplaced",
    ),
  );
  const gapHeader = row(
    header(ASSETS.col.category.name),
    header(ASSETS.col.unit.name),
    header(ASSETS.col.gap.name),
    header("Assets short"),
    header("Estimated value ($)"),
    header("Not valued"),
    header("First row on Assets"),
  );
  const weight = categoryWeight();
  // One row per category–unit pair with a gap, in the Category list's order then by first row on
  // Assets; an asset short with no Category or Unit is counted above instead (no unit, no total).
  const nextPair = (r: number) => {
    const listedAbove = `COUNTIFS($A$${gapHeader}:$A${r - 1},${category}&"",$B$${gapHeader}:$B${r - 1},${unit}&"")`;
    return (
      `SUMPRODUCT(MAX(ISNUMBER(${gap})*(${gap}>0)*(LEN(${category})>0)*(LEN(${unit})>0)*(${listedAbove}=0)` +
      `*((${weight})*${ROW_SPAN}+${ROW_SPAN}-ROW(${gap}))))`
    );
  };
  const lastGapRow = gapHeader + SUMMARY_GAP_ROWS;
  for (let k = 1; k <= SUMMARY_GAP_ROWS; k++) {
    const r = gapHeader + k;
    const key = String(k);
    const at = `$G${r}`;
    const ifListed = (expr: string) => `=IF(${at}="","",${expr})`;
    const pairIs = `${category},$A${r},${unit},$B${r}`;
    row(
      fig(ifListed(`INDEX(${category},${positionIn(category, at)})&""`), TEXT, "gaps.category", key),
      fig(ifListed(`INDEX(${unit},${positionIn(unit, at)})&""`), TEXT, "gaps.unit", key),
      fig(ifListed(`SUMIFS(${gap},${pairIs})`), QUANTITY, "gaps.gap", key),
      fig(ifListed(`COUNTIFS(${pairIs},${gap},">0")`), COUNT, "gaps.assetsShort", key),
      fig(ifListed(`SUMIFS(${estimated},${pairIs},${gap},">0")`), CURRENCY, "gaps.estimatedValue", key),
      fig(ifListed(`COUNTIFS(${pairIs},${gap},">0",${estimated},"")`), COUNT, "gaps.notValued", key),
      fig(`=IF(${nextPair(r)}=0,"",${ROW_SPAN}-MOD(${nextPair(r)},${ROW_SPAN}))`, COUNT, "gaps.firstRow", key),
    );
  }
  row(fig(`=IF(${nextPair(lastGapRow + 1)}=0,"",${text(MORE_GAPS_NOTE)})`, TEXT, "gaps.more"));
  blank();

  // Every initiative, by its position in Foundation (its IDs are unique, so no UNIQUE is needed).
  row({ value: "Initiatives", role: "section" });
  row(
    header(FOUNDATION.col.initiativeId.name),
    header(FOUNDATION.col.initiative.name),
    header(FOUNDATION.col.status.name),
    header("Readiness"),
    header(FOUNDATION.col.progress.name),
    header("Partners"),
    header(PARTNERS.col.committed.name),
    header(PARTNERS.col.received.name),
    header("Champions in government"),
    header("Champions outside government"),
    header(LISTS.leadershipRole.values.find((v) => /deputized/i.test(v)) ?? "Deputized lead"),
    header("Assets short"),
  );
  const firstInitiative = rows.length + 1;
  const leadInitiative = L(LEADERSHIP.col.initiativeId);
  const deputized = text(LISTS.leadershipRole.values.find((v) => /deputized/i.test(v)) ?? "Deputized lead");
  for (let n = 1; n <= SUMMARY_INITIATIVE_ROWS; n++) {
    const r = rows.length + 1;
    const id = `$A${r}`;
    const ifId = (expr: string) => `=IF(${id}="","",${expr})`;
    const key = String(n);
    const progress = `INDEX(${F(FOUNDATION.col.progress)},${n})`;
    row(
      fig(`=IFERROR(INDEX(${F(FOUNDATION.col.initiativeId)},${n})&"","")`, TEXT, "initiative.id", key),
      fig(ifId(`INDEX(${F(FOUNDATION.col.initiative)},${n})&""`), TEXT, "initiative.name", key),
      fig(ifId(`INDEX(${F(FOUNDATION.col.status)},${n})&""`), TEXT, "initiative.status", key),
      fig(ifId(readinessFormula(String(n), leftOut)), PERCENT, "initiative.readiness", key),
      fig(ifId(`IF(ISNUMBER(${progress}),${progress},"")`), PERCENT, "initiative.progress", key),
      fig(ifId(`COUNTIFS(${P(PARTNERS.col.initiativeId)},${id})`), COUNT, "initiative.partners", key),
      fig(ifId(`SUMIFS(${committed},${P(PARTNERS.col.initiativeId)},${id})`), CURRENCY, "initiative.committed", key),
      fig(ifId(`SUMIFS(${received},${P(PARTNERS.col.initiativeId)},${id})`), CURRENCY, "initiative.received", key),
      fig(
        ifId(`COUNTIFS(${leadInitiative},${id},${L(LEADERSHIP.col.inGovernment)},${yes})`),
        COUNT,
        "initiative.championsInGovernment",
        key,
      ),
      fig(
        ifId(`COUNTIFS(${leadInitiative},${id},${L(LEADERSHIP.col.inGovernment)},${no})`),
        COUNT,
        "initiative.championsOutside",
        key,
      ),
      fig(
        ifId(`COUNTIFS(${leadInitiative},${id},${L(LEADERSHIP.col.role)},${deputized})`),
        COUNT,
        "initiative.deputizedLeads",
        key,
      ),
      fig(ifId(`COUNTIFS(${A(ASSETS.col.initiativeId)},${id},${gap},">0")`), COUNT, "initiative.assetsShort", key),
    );
  }
  const lastInitiative = rows.length;
  row(
    fig(
      `=IF(ROWS(${F(FOUNDATION.col.initiativeId)})>${SUMMARY_INITIATIVE_ROWS},${text(MORE_INITIATIVES_NOTE)},"")`,
      TEXT,
      "initiatives.more",
    ),
  );

  return {
    rows,
    // Column A fits the headline's longest label (Excel cuts a label short where B holds a value).
    columnWidths: [42, 28, 12, 12, 16, 12, 15, 15, 13, 13, 12, 10],
    chart: {
      title: `${PARTNERS.col.committed.name} by sector`,
      categories: `A${sectorRows.firstData}:A${sectorRows.lastData}`,
      values: `C${sectorRows.firstData}:C${sectorRows.lastData}`,
      // Beside the sector table it draws, clear of the headline's long texts and of every block.
      anchor: `F${sectorSection}`,
    },
    checkStatusCell: `B${checkRow}`,
    initiativeRows: { first: firstInitiative, last: lastInitiative },
  };
}
