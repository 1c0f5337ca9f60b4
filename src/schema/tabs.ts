import { EXPERTISE_CATEGORIES, LISTS, type ListId } from "./lists";
import type { ColumnSpec, ColumnType, Derivation, TabName, TabSpec } from "./types";
import { NAME_WORDS } from "./words";

/**
 * The four data tabs of the tracker, column by column, in the order SPEC.md gives them. This is
 * the only place a column's user-facing name is spelled: rules, summaries, the Excel builder, the
 * xlsx writer and the docs all read it from here through `col`.
 */
type ColumnInput<K extends string = never> = Omit<ColumnSpec, "id" | "width" | "type" | "list" | "derive"> & {
  width?: number;
  /** What a derived column computes, from columns of its tab named by id (a typo fails typecheck). */
  derive?: Derivation<K>;
} & (
    | { type: Exclude<ColumnType, "yesNo">; list?: ListId }
    // A Yes/No column's list is implied (defineTab gives it the Yes/No list): spelling it is an error.
    | { type: "yesNo"; list?: never }
  );

export interface DefinedTab<K extends string> extends TabSpec {
  /** Columns by stable id, for code that needs a particular column. */
  readonly col: { readonly [P in K]: ColumnSpec };
}

const OTHER_LANGUAGES = new Set<string>();

/**
 * Amount headers in languages whose sheets are seldom in dollars (`Montant`, `Betrag`, `Importe`):
 * synonyms like any, and a sheet heading its amounts so names no currency by leaving the sign off —
 * its results are shown without one, never as dollars (real: Toulouse's `montant` summed as
 * $88,789,356.48; Berlin's `Betrag`).
 */
function inOtherLanguages(...headers: string[]): string[] {
  for (const h of headers) OTHER_LANGUAGES.add(h);
  return headers;
}

/** The amount headers inOtherLanguages marks. */
export const OTHER_LANGUAGE_AMOUNTS: ReadonlySet<string> = OTHER_LANGUAGES;

/**
 * The words German amount headers end in, compounds included (`Gesamtbetrag`, `Zuwendungssumme`,
 * `Eigenbeitrag`): a header so written is in no dollar, whatever words come first (a helper's round,
 * real: Austria's ESF list, `Gesamtbetrag der förderfähigen Ausgaben` summed as $145,943,595.73).
 */
export const OTHER_LANGUAGE_AMOUNT_ENDINGS: readonly string[] = ["betrag", "summe", "zuwendung", "beitrag", "zuschuss"];

const DEFAULT_WIDTH: Record<ColumnSpec["type"], number> = {
  id: 14,
  text: 24,
  number: 12,
  currency: 15,
  date: 13,
  // Wide enough for the header of a Yes/No question ("Agreement signed") over its short answer.
  yesNo: 13,
  list: 18,
  email: 28,
  derived: 12,
};

function defineTab<K extends string>(
  name: TabName,
  table: string,
  rowIs: string,
  input: { readonly [P in K]: ColumnInput<NoInfer<K>> },
): DefinedTab<K> {
  const col = {} as { [P in K]: ColumnSpec };
  for (const id of Object.keys(input) as K[]) {
    const spec: ColumnInput<K> = input[id];
    // A Yes/No column's list is always the Yes/No list: implied, never spelled per column.
    const list: ListId | undefined = spec.type === "yesNo" ? "yesNo" : spec.list;
    col[id] = { ...spec, id, ...(list ? { list } : {}), width: spec.width ?? DEFAULT_WIDTH[spec.type] };
  }
  return { name, table, rowIs, columns: Object.values(col) as ColumnSpec[], col };
}

/**
 * A list's values as help text says them, read from the list so a renamed value renames the help:
 * "Active, Occasional or Inactive". With `shown`, only the first few and the last: "A, B, … or Z".
 */
function anyOf(id: ListId, shown?: number): string {
  const values: readonly string[] = LISTS[id].values;
  const last = values[values.length - 1];
  const before =
    shown !== undefined && shown < values.length - 1 ? [...values.slice(0, shown), "…"] : values.slice(0, -1);
  return `${before.join(", ")} or ${last}`;
}

/** Initiative ID is the key that ties the tabs together; other tabs reference Foundation's. */
const INITIATIVE_ID = "Initiative ID";
/** Other headers for an Initiative ID on every tab (Foundation adds "ID", the others "Initiative"). */
// (`Project Identification Number`: Treasury's CARES Act project lists, a helper's round — "There is no
// Initiative ID column" beside it.)
const INITIATIVE_ID_SYNONYMS = [
  "Initiative code",
  "Project ID",
  "Program ID",
  "Initiative #",
  "Project identification number",
  // A capital improvement programme's project (a helper's round, real: Baltimore's CIP, `cip_year_id`
  // beside `project_title`, "There is no Initiative ID column").
  "CIP ID",
  "CIP year ID",
  "CIP number",
  "Capital project ID",
];

/** Another tab's Initiative ID: a reference to Foundation's, `serves` saying how the row relates. */
function initiativeReference(serves: string, moreSynonyms: readonly string[] = []): ColumnInput {
  return {
    name: INITIATIVE_ID,
    type: "id",
    references: { tab: "Foundation", column: "initiativeId", severity: "error" },
    synonyms: ["Initiative", ...INITIATIVE_ID_SYNONYMS, ...moreSynonyms],
    help: `The initiative ${serves} (a Foundation ${INITIATIVE_ID}).`,
  };
}

/** The organisation's sector, from the Sector list; `moreSynonyms` are the tab's own headers for it. */
function sectorColumn(moreSynonyms: readonly string[] = []): ColumnInput {
  return {
    name: "Sector",
    type: "list",
    list: "sector",
    synonyms: ["Type", "Org type", "Organization type", "Organisation type", ...moreSynonyms],
    help: `${anyOf("sector")}.`,
  };
}

/** Free notes at the end of a tab. */
const NOTES_COLUMN: ColumnInput = {
  name: "Notes",
  type: "text",
  synonyms: ["Note", "Comments", "Comment"],
  width: 32,
  help: "Anything else.",
};

export const FOUNDATION = defineTab("Foundation", "tblFoundation", "one initiative (the target problem)", {
  initiativeId: {
    name: INITIATIVE_ID,
    type: "id",
    required: true,
    unique: { severity: "error", compare: "trimCase" },
    // (Not `Ref` or `Reference`: beside a partnership action plan's `Partner` they made it Foundation —
    // a reviewer's repro; a KPI register keyed by `Ref` is hinted as Foundation, mapped by hand.)
    synonyms: ["ID", ...INITIATIVE_ID_SYNONYMS],
    help: "Short code that ties the tabs together, e.g. FOOD-01.",
  },
  initiative: {
    name: "Initiative",
    type: "text",
    required: true,
    // Not "Title": in grant lists that is the grant's title, and Leadership's Title elsewhere.
    synonyms: [
      "Initiative name",
      "Project",
      "Project name",
      "Program",
      "Program name",
      "Programme",
      "Programme name",
      "Name",
      "Supplemental initiative",
      // As project lists, UK capital programmes and KPI plans head it (a helper's round, real: Lusaka's
      // completed projects' `project_title`, "no Initiative column"). Not `Action`: a partnership action
      // plan's actions beside its `Partner` are no initiatives (a reviewer's repro).
      "Project title",
      "Scheme",
      "Scheme name",
      "Objective",
    ],
    width: 28,
    help: "The initiative's name.",
  },
  problemStatement: {
    name: "Problem statement",
    type: "text",
    required: true,
    synonyms: [
      "Problem",
      "Target problem",
      "Challenge",
      "Need",
      "Problem definition",
      "Problem description",
      "Description & Justification",
    ],
    width: 48,
    help: "The targeted problem, well-defined (a sentence, not a word).",
  },
  communityServed: {
    name: "Community served",
    type: "text",
    synonyms: ["Community", "Population served", "Target population", "Neighborhood", "Neighbourhood", "Served"],
    help: "Who benefits: neighbourhood, population.",
  },
  benchmarkMetric: {
    name: "Benchmark metric",
    type: "text",
    required: true,
    synonyms: [
      "Metric",
      "Benchmark",
      "KPI",
      "Measure",
      "Success metric",
      "Indicator",
      // A council's KPI register (a helper's round: `Performance Indicator`, Baseline, Target: exit 3).
      "Performance indicator",
      "Key performance indicator",
      // A city's performance-measures table (real: Los Angeles' budget measures).
      "Performance measure",
      "Performance measure name",
      "Measure name",
      "Indicator name",
      "KPI name",
      // And as other languages head an indicator (a helper's round: Madrid's budget-programme
      // indicators, Guatapé's development plan; hinted as Partners).
      "Indicador",
      "Descripción indicador",
      "Nombre del indicador",
      "Indicador de producto",
      "Indicateur",
      "Libellé indicateur",
      "Indicatore",
      "Kennzahl",
      "Indikator",
    ],
    help: "What is measured to know the initiative works.",
  },
  baseline: {
    name: "Baseline",
    type: "number",
    synonyms: [
      "Baseline value",
      "Starting value",
      "Starting point",
      "Línea base",
      "Línea de base",
      "Valor de referencia",
      "Valeur de référence",
      "Ausgangswert",
    ],
    help: "The metric's value when the initiative started.",
  },
  target: {
    name: "Target",
    type: "number",
    required: true,
    // `Goal` holds a number on users' sheets, and on a city's measures table the goals in words: there
    // the column is let go when its values hold no digit (guessedValues.ts: numbersFit).
    synonyms: [
      "Target value",
      // NYC's Mayor's Management Report indicators (a helper's round, real: 351 targets in `Target.MMR`,
      // "There is no Target column").
      "Target MMR",
      "Goal",
      "Goal value",
      "Meta",
      "Valor meta",
      "Valeur cible",
      "Cible",
      "Zielwert",
      // Climate plans' targets, a share of emissions cut (a helper's round, real: CDP's cities, the
      // Climate Mayors' commitments, the NDC database: "There is no Target column" beside them).
      "Reduction target",
      "Percentage reduction target",
      "Percent reduction",
      "Percent reduction target",
      "Mitigation target",
      "Emissions reduction target",
      // A development agency's indicator tables (a helper's round, real: the MCC's, `end_of_compact_target`
      // ignored, "There is no Target column"). Not `End target`: the Net Zero Tracker's is a word (`Net zero`).
      "End of compact target",
      "Final target",
      "Overall target",
      "Annual target",
      "Yearly target",
    ],
    help: "The metric's value to reach.",
  },
  currentValue: {
    name: "Current value",
    type: "number",
    // A development agency's KPI tables (a helper's round, real: `actual_to_date`, ignored).
    synonyms: [
      "Current",
      "Latest value",
      "Value now",
      "Actual",
      "Actual value",
      "Current level",
      "Actual to date",
      "Value to date",
    ],
    help: "The metric's latest value: where the initiative stands now.",
  },
  progress: {
    name: "Progress",
    type: "derived",
    // Blank until Current value is a number; a blank Baseline counts as 0 (most metrics start
    // there); a Target equal to its Baseline has no distance to cover, so no progress figure.
    derive: { kind: "progress", baseline: "baseline", target: "target", current: "currentValue" },
    format: "0%",
    synonyms: [
      "Progress to target",
      "% to target",
      "Percent complete",
      "Pct complete",
      "% complete",
      "Percent complete to date",
    ],
    width: 11,
    help: "How far Current value has moved from Baseline toward Target (0–100%): derived.",
  },
  targetDate: {
    name: "Target date",
    type: "date",
    endOfPeriod: true, // "by Q2 2025" is met on 30 June
    required: true,
    // `Target year`: a measures table's 2030 (a year alone is read as that year, and said).
    // A capital programme's planned finish (a helper's round, real: a water utility's project portfolio,
    // `TargetEndDate` ignored and "There is no Target date column").
    synonyms: [
      "Deadline",
      "Due date",
      "Goal date",
      "Target by",
      "By when",
      "Target year",
      "End target year",
      "Target end date",
      "Target completion date",
      "Planned completion date",
      "Projected completion date",
      "Estimated completion date",
      // The federal IT Dashboard's projects (a helper's round, real: `Planned Project Completion Date
      // (B2)`, "There is no Target date column", and 9,892 errors on the copy).
      "Planned project completion date",
      "Projected project completion date",
      "Estimated project completion date",
    ],
    help: "When the target should be reached.",
  },
  stakeholdersEngaged: {
    name: "Stakeholders engaged",
    type: "text",
    synonyms: ["Stakeholders", "Stakeholder engagement"],
    help: "Who has been engaged so far.",
  },
  communityEngagement: {
    name: "Community engagement",
    type: "list",
    list: "engagement",
    synonyms: ["Engagement level", "IAP2", "IAP2 level", "Public participation", "Engagement"],
    width: 20,
    help: `IAP2 spectrum: ${LISTS.engagement.values.join(", ")}.`,
  },
  pastEffortsReviewed: {
    name: "Past efforts reviewed",
    type: "yesNo",
    synonyms: ["Past efforts", "Prior efforts reviewed", "History reviewed", "Previous efforts reviewed"],
    help: "Have earlier attempts at this problem been studied?",
  },
  pastEffortsNotes: {
    name: "Past efforts notes",
    type: "text",
    internal: true,
    synonyms: ["Past efforts notes", "Prior efforts", "History", "Lessons learned"],
    width: 32,
    help: "What earlier efforts taught.",
  },
  politicalDynamics: {
    name: "Political dynamics",
    type: "text",
    internal: true,
    synonyms: ["Politics", "Political context", "Political considerations"],
    width: 32,
    help: "Political dynamics among stakeholders.",
  },
  keyObstacles: {
    name: "Key obstacles",
    type: "text",
    internal: true,
    synonyms: ["Obstacles", "Barriers", "Risks", "Challenges"],
    width: 32,
    help: "Obstacles anticipated: personnel, structures, resources.",
  },
  requirementsAgreed: {
    name: "Requirements agreed",
    type: "yesNo",
    synonyms: ["Requirements", "Outcomes agreed", "Requirements signed off"],
    help: "Have partners agreed on requirements and outcomes?",
  },
  partnerPrioritiesAcknowledged: {
    name: "Partner priorities acknowledged",
    type: "yesNo",
    synonyms: ["Partner priorities", "Priorities acknowledged"],
    width: 15,
    help: "Have partners' different priorities been acknowledged at the outset?",
  },
  status: {
    name: "Status",
    type: "list",
    list: "initiativeStatus",
    // Not "State" (a US state), "Phase" or "Stage" (a project's construction phase): false friends
    // whose values are not these statuses.
    synonyms: ["Initiative status", "Project status", "Program status"],
    help: `${anyOf("initiativeStatus")}.`,
  },
  leadDepartment: {
    name: "Lead department",
    type: "text",
    // Not "Department" or "Agency" alone: staff and budget sheets have them beside an Initiative
    // column that refers to initiatives rather than lists them.
    synonyms: [
      "Lead agency",
      "Lead dept",
      "Owner department",
      "Lead department name",
      "Responsible department",
      "Responsible dept",
    ],
    help: "The city department that leads.",
  },
  lastReviewed: {
    name: "Last reviewed",
    type: "date",
    // (`Updated Date`: the federal IT Dashboard's projects, a helper's round.)
    synonyms: [
      "Reviewed",
      "Review date",
      "Last review",
      "Updated",
      "Last updated",
      "Last update",
      "Updated date",
      "Date updated",
    ],
    help: "When this row was last reviewed.",
  },
});

const ASSET_CATEGORY = "Category";

export const ASSETS = defineTab("Assets", "tblAssets", "one asset the city or a partner brings, or lacks", {
  asset: {
    name: "Asset",
    type: "text",
    required: true,
    synonyms: [
      "Asset name",
      "Resource",
      "Resource name",
      "Item",
      "Asset description",
      "Property",
      "Property name",
      "Site",
      "Site name",
      "Facility",
      "Facility name",
      // NYC's Facilities Database as city agencies export it (a helper's round, real: exit 3 and a hint
      // to map it as Partners).
      "Facname",
      "Building name",
      // A land register's site, as England's brownfield land registers head it (one schema for every
      // council: `SiteNameAddress`; real: Exeter's, Rochdale's, Tonbridge and Malling's).
      "Site name address",
      "Site name and address",
      "Name and address of site",
      // Inventories' (a helper's round, real: the US military-surplus lists' `Item Name`, a German
      // inventory's `Bezeichnung`, hinted as Partners).
      "Item name",
      "Item description",
      "Equipment",
      "Equipment name",
      "Equipment description",
      "Bezeichnung",
      "Gegenstand",
      // A ministry's map of public works, Spanish `obra` (corpus round nx D-nx9, real: Paraguay's MOPC,
      // `id, titulo_obra, descripcion_obra, tipo_geometria, coordenadas`, no money, no organisation,
      // hinted as Partners): each row a road, a bridge, a building — an asset.
      "Obra",
      "Título obra",
      "Título de la obra",
      "Nombre obra",
      "Nombre de la obra",
    ],
    // Weaker than any name: a council's asset register keyed by its codes (`AssetCode`, real:
    // Cheltenham's land and property register) has no other column that says which asset a row is.
    fallbackSynonyms: [
      "Asset code",
      "Asset ID",
      "Asset number",
      // A council's litter-bin register (a helper's round, real: 1,255 bins under `AssetNo`, hinted as Partners).
      "Asset no",
      "Asset reference",
      "Asset ref",
      "Site reference",
      "Site ref",
      // A fleet list's and an equipment register's (a helper's round, real: a bus company's fleet,
      // `Fleet No, Reg Plate, Model`, hinted as Partners). Not `Fleet No`: its numbers are codes, no
      // asset's name (guessedKeys.ts codesAreNoNames), and it would take the place of the plate beside it.
      "Reg plate",
      "Registration",
      "Registration number",
      "Vehicle",
      "Serial number",
      "Asset tag",
      // A fleet's and an inventory's numbers (a helper's round, real: Seattle's fleet, `EquipID`).
      "Equip ID",
      "EquipID",
      "Equipment ID",
      "Equipment number",
      "Inventory number",
      "Inventarnummer",
      "Inventar-Nr",
      // A land bank's or a city's vacant-property list keys its rows by parcel (corpus round jo D10, real:
      // St. Louis's Land Reutilization Authority, `ParcelID | Address | Ward | LotSF`, hinted as Partners);
      // `APN`: the assessor's parcel number.
      "Parcel ID",
      "ParcelID",
      "Parcel number",
      "Parcel no",
      "APN",
    ],
    width: 28,
    help: "What the asset is.",
  },
  initiativeId: initiativeReference("it serves"),
  category: {
    name: ASSET_CATEGORY,
    type: "list",
    list: "assetCategory",
    // And a facility, site or equipment register's (a helper's round, real: Oakland's parks and
    // recreation facilities, `Facility Type`, hinted as Partners).
    synonyms: [
      "Asset category",
      "Asset type",
      "Resource type",
      "Type",
      "Asset class",
      "Property type",
      "Facility type",
      "Factype",
      "Site type",
      "Building type",
      "Equipment type",
      "Item type",
      // The UK Local Government Transparency Code's land and building assets (a helper's round,
      // real: Cheltenham's register, 959 rows) and GSA's building register.
      "Holding type",
      "Real property asset type",
    ],
    help: `${anyOf("assetCategory")}.`,
  },
  kind: {
    name: "Kind",
    type: "derived",
    list: "assetKind",
    // The same split as kindOfCategory (lists.ts).
    derive: {
      kind: "classify",
      source: "category",
      values: EXPERTISE_CATEGORIES,
      then: "Expertise",
      otherwise: "Tangible",
    },
    synonyms: ["Asset kind", "Tangible or expertise"],
    help: `${anyOf("assetKind")}: derived from ${ASSET_CATEGORY}.`,
  },
  heldBy: {
    name: "Held by",
    type: "text",
    synonyms: [
      "Owner",
      "Holder",
      "Provided by",
      "Source",
      "Organization",
      "Organisation",
      "Department",
      "Custodian",
      // A fleet list's company running the vehicle (a helper's round, real: a bus fleet's `Operator`).
      "Operator",
      // A building register's (real: DC's school buildings, `Agency` over DCPS's).
      "Agency",
      "Owning agency",
      "Managing department",
      "Responsible department",
      "Owning department",
      "Dept",
      "Assigned to",
      // A land register's owner (`OwnershipStatus`: "owned by a public authority", "Private").
      "Ownership",
      "Ownership status",
    ],
    help: "Who holds it: a department or a partner.",
  },
  unit: {
    name: "Unit",
    type: "text",
    // `UI`: the US military's unit of issue (a helper's round, real: the surplus lists, `Each`).
    synonyms: ["Units", "Unit of measure", "UOM", "UI", "Unit of issue", "Einheit"],
    width: 10,
    help: "What Available and Needed count: sq ft, FTE, laptops …",
  },
  available: {
    name: "Available",
    type: "number",
    min: 0,
    // An inventory's count of each item (a helper's round, real: the surplus lists' `Quantity`, a German
    // inventory's `Anzahl`).
    synonyms: [
      "Quantity available",
      "Qty available",
      "Have",
      "On hand",
      "Current supply",
      "Supply",
      "Quantity",
      "Qty",
      "Anzahl",
      "Menge",
    ],
    help: "How much is available (0 or more).",
  },
  needed: {
    name: "Needed",
    type: "number",
    min: 0,
    synonyms: ["Quantity needed", "Qty needed", "Need", "Required", "Demand"],
    help: "How much the initiative needs (0 or more).",
  },
  gap: {
    name: "Gap",
    type: "derived",
    derive: { kind: "shortfall", needed: "needed", available: "available" },
    synonyms: ["Shortfall", "Gap quantity"],
    help: "Needed minus Available, never below 0.",
  },
  estimatedValue: {
    name: "Estimated value",
    type: "currency",
    min: 0,
    synonyms: [
      "Value",
      "Value ($)",
      "Est value",
      "Dollar value",
      "Worth",
      "Asset value",
      "Book value",
      "Net book value",
      "Market value",
      "Valuation",
      "Estimated cost",
      // A building register's (real: DC's school buildings, `Current Replacement Value (CRV)`).
      "Replacement value",
      "Current replacement value",
      // What a property is assessed or taxed at (a helper's round, real: Atlanta's vacant-property
      // register, `Total Taxed Value`, $21.1M ignored; a UK register's `Rateable Value`).
      "Assessed value",
      "Appraised value",
      "Taxed value",
      "Total taxed value",
      "Total assessed value",
      "Rateable value",
      "Replacement cost",
      "Insured value",
      // What an inventory's item cost (a helper's round, real: the surplus lists' `Acquisition Value`,
      // Seattle's fleet's `InServiceCost`, a German inventory's `Anschaffungswert`).
      "Acquisition value",
      "Acquisition cost",
      "Purchase price",
      "Purchase cost",
      "Original cost",
      "In service cost",
      "InServiceCost",
      "Anschaffungswert",
      "Anschaffungskosten",
    ],
    help: "What the asset is worth, in dollars.",
  },
  notes: NOTES_COLUMN,
});

export const LEADERSHIP = defineTab("Leadership", "tblLeadership", "one champion, in or outside government", {
  name: {
    name: "Name",
    type: "text",
    required: true,
    unique: { severity: "warning", compare: "normalize" },
    // A council's, a board's or a commission's roster names its people by their seat (a helper's round:
    // a council's allowances register, `Councillor`, hinted as Partners).
    synonyms: [
      "Full name",
      // A county's salary list (a helper's round, real: exit 3, "name a Name column").
      "Employee name",
      "Staff name",
      "Leader",
      "Champion",
      "Person",
      // A register of who sits on which board, as a database names the field (a helper's round, real:
      // Sweden's foundation board register, `person_name | role | foundation_name`, exit 3; and headed
      // `Person name` beside an Organization, read as Partners with its people left out). `Name of
      // person` reads as `Person name` (matchHeader's NAME_OF).
      "Person name",
      "Contact name",
      "Councillor",
      "Councillor name",
      "Council member",
      "Councilmember",
      "Board member",
      "Member name",
      // A standards committee's roster of experts (a helper's round, real: India's, `expert name`
      // ignored and the sheet read as Partners by its `organisation`, 35 false errors).
      "Expert name",
      "Expert",
      "Trustee",
      "Trustee name",
      "Commissioner",
      // A person's name as other languages head it (a helper's round, real: Chile's port boards,
      // `Cargo, Nombre` hinted as Partners): NAME_WORDS, this column's own word among them.
      ...NAME_WORDS,
      "Nombre completo",
      "Nom complet",
      "Nome completo",
      // Japanese: a person's full name, and a member's (corpus round fg, real: the House of
      // Councillors' members, `議員氏名`, hinted as Partners).
      "氏名",
      "議員氏名",
      // A council's members and a public body's post holders (Brazil's `vereador`, Spain's `concejal`
      // and DIR3's `titular`).
      "Vereador",
      "Concejal",
      "Conseiller",
      "Titular",
    ],
    // A roster written in two columns, given and family name (a helper's round, real: the Swiss
    // parliament's `c_first_name`, `c_last_name`; `First name, Last name` with --tab Leadership said
    // "There is no Name column"): the family name, read with its given name beside it (NAME_PARTS).
    fallbackSynonyms: [
      "Last name",
      "Lastname",
      "Surname",
      "Family name",
      "Nachname",
      "Familienname",
      "Nom de famille",
      "Apellidos",
      "Apellido",
      "Cognome",
      "Achternaam",
      "Sobrenome",
    ],
    help: "The person's name.",
  },
  title: {
    name: "Title",
    type: "text",
    synonyms: [
      "Job title",
      "Position",
      "Position title",
      // The position's name, as org-chart tools export it (corpus round kp D2, real: a university
      // department's chart, `id, name, parentId, positionName, Department`, its titles left unread).
      "Position name",
      "Job",
      // An official's office as rosters head it (a helper's round, real: Washington's county
      // officials, `local_title`; Toronto's council contacts, `Primary role`).
      "Local title",
      "Primary role",
      "Office title",
      "Office held",
      // Department heads' lists (a helper's round, real: Ireland's council chief executives, `head_title`;
      // `Position Held`, `Role title`). Not a bare `Office`: a staff directory's is a room (a reviewer's repro).
      "Head title",
      "Position held",
      "Role title",
      // A post, as British and Commonwealth staff lists head a job (corpus round gn D6, real: a university's
      // cabinet, `Post | Name`, skipped as "Name alone does not say whether its rows are people").
      "Post",
      "Post title",
      "Post held",
      // As staff directories and boards in other countries and languages head it (a helper's round,
      // real: India's ministries' who's who, `designation`; Chile's port boards, `Cargo`).
      "Designation",
      "Cargo",
      "Puesto",
      "Fonction",
      "Função",
      "Stilling",
      "Befattning",
    ],
    help: "Their title.",
  },
  organization: {
    name: "Organization",
    type: "text",
    synonyms: [
      "Organisation",
      "Org",
      "Org name",
      // A city's contact list (a helper's round, real: Omaha's grant applicants, `Organization Name (if
      // applicable)` beside each person's Name, left out).
      "Organization name",
      "Organisation name",
      "Agency",
      "Employer",
      "Affiliation",
      "Agency affiliation",
      // The foundation on whose board a person sits (a helper's round, real: Sweden's foundation board
      // register, `foundation_name` ignored beside `person_name`). Not a bare `Board`: that says which
      // seat a row is (Initiative ID), as South Dakota's boards and commissions have it.
      "Foundation name",
      "Company",
      "Department",
      // A city's payroll names each person's department so (corpus round lv, real: Boston's employee
      // earnings, `NAME, DEPARTMENT_NAME, TITLE`, its 87 departments ignored beside `Department` read).
      "Department name",
      "Dept",
      "Dept name",
      "Agency name",
      // A councillor's council (real: Australian states' lists of local councillors).
      "Council",
      "Council name",
      "Local authority",
      // A county's officials (a helper's round, real: Washington's, `county_name` beside `party`).
      "County name",
    ],
    // A councillor's or a board member's political party (real: a London borough's councillors) —
    // weaker than where they serve (a helper's round, real: Washington's county officials, `party`
    // empty on all 412 rows taken over `county_name`; DC's officials, Organization `D`/`R`).
    fallbackSynonyms: ["Party", "Political party", "Partido"],
    help: "Where they work.",
  },
  sector: sectorColumn(),
  inGovernment: {
    name: "In government",
    type: "yesNo",
    synonyms: ["Government", "Is government", "Gov", "Public sector", "City staff"],
    help: "Yes for city or other government staff.",
  },
  role: {
    name: "Role",
    type: "list",
    list: "leadershipRole",
    synonyms: ["Leadership role", "Partnership role", "Function"],
    help: `${anyOf("leadershipRole")}.`,
  },
  // What a roster's or a contact list's rows are for: a programme, a committee (a helper's round, real:
  // a US Senate committee list, 516 "keep one row" warnings for members of several committees; an
  // outreach sheet told to "say which initiative each row is for" beside its Program column), a board
  // or commission (real: South Dakota's boards and commissions, 340 "keep one row" warnings for
  // people on several boards, `board_name` ignored).
  initiativeId: initiativeReference("they champion", [
    "Program",
    "Programme",
    // A committee's own code first: it tells a subcommittee from its committee, which share a name
    // (a helper's round, real: Congress' committee seats, `committee_name` read and 1,018 "keep one
    // row" warnings, each a member's seats on the subcommittees of one committee).
    "Committee ID",
    "Committee code",
    "Committee",
    "Committee name",
    "Board",
    "Board name",
    "Commission",
    "Board or commission",
  ]),
  engagement: {
    name: "Engagement",
    type: "list",
    list: "leadershipEngagement",
    // Not `Activity`: a capital plan's and a budget's activity is a line of work (real: a Zambian
    // council's plan, `activity | cost_2024`, told to map a Leadership Name).
    synonyms: ["Engagement level", "Involvement"],
    help: `${anyOf("leadershipEngagement")}.`,
  },
  email: {
    name: "Email",
    type: "email",
    synonyms: [
      "E-mail",
      "Email address",
      "Mail",
      "Contact email",
      "Contact e-mail",
      "Work email",
      "Point of contact email",
    ],
    help: "Their email address.",
  },
  lastContact: {
    name: "Last contact",
    type: "date",
    synonyms: ["Last contacted", "Contact date", "Last touch", "Last meeting"],
    help: "When someone last spoke with them.",
  },
});

export const PARTNERS = defineTab("Partners", "tblPartners", "one partner organisation and what it commits", {
  partner: {
    name: "Partner",
    type: "text",
    required: true,
    unique: { severity: "error", compare: "normalize" },
    synonyms: [
      "Org name",
      "Organization",
      "Organisation",
      "Partner name",
      "Partner organization",
      "Partner organisation",
      // Agreements registers (a helper's round, real: a university's MOU register, `Partner Institution`
      // and `partner_entity`, exit 3 and "no issues" on its leaders sheet alone).
      "Partner institution",
      "Partner entity",
      "Organization name",
      "Organisation name",
      // NYC Council's Schedule C awards (a helper's round, real: read as Leadership by `Council Member`,
      // $393.7M of awards gone and 1,201 "Council Member is empty").
      "Legal name of organization",
      "Legal name of organisation",
      // Its FY2016 edition says who asked for the money too (corpus round fj, real: read as Leadership
      // again by `Council Member`, $25.0M of awards to 838 organisations gone, 57 "two people of one name?").
      "Legal name of organization requesting funding",
      "Legal name of organisation requesting funding",
      "Organization requesting funding",
      "Organisation requesting funding",
      "Organization legal name",
      "Organisation legal name",
      "Org",
      "Grantee",
      "Grantee name",
      "Recipient",
      "Recipient name",
      "Awardee",
      "Awardee name",
      "Grant recipient",
      // (A helper's round, real: California's transit capital awards, `Award_Recipient`, exit 3.)
      "Award recipient",
      // A public-private partnership register's (a helper's round, real: Thailand's PPP projects).
      "Private partner",
      "Private party",
      "Concessionaire",
      "Donor",
      "Donor name",
      "Nonprofit name",
      "Charity name",
      "Charity",
      "Recipient Org:Name",
      "Recipient organization",
      "Recipient organisation",
      "Name of organization",
      "Name of organisation",
      "Organization legal name",
      "Legal name",
      // A council's discretionary awards (a helper's round, real: New York City's, read as Foundation).
      "Legal name of organization",
      "Legal name of organisation",
      "Research organization",
      "Research Organization - standardized",
      // A research funder's grants ledger names its grantee the research body (a helper's round, real:
      // Science Foundation Ireland's commitments, exit 3).
      "Research body",
      // A state's community-services grants list (a helper's round, real: South Australia's, exit 3).
      "NGO",
      "NGO name",
      "NGO organisation",
      "NGO organization",
      // A research funder's grants list names the grantee its administering institution.
      "Administering institution",
      "Admin institution",
      // The application's administering institution (a helper's round, real: NHMRC's 2013 grants, exit 3).
      "App admin institution",
      "Application admin institution",
      // A council's community-grants list names its grantee the beneficiary (one organisation per row;
      // "Beneficiaries", the people a grant serves, is a count and stays unmapped).
      "Beneficiary",
      "Beneficiary name",
      // A funder's award list names its grantee the applicant whose application won (real: the DCMS and
      // Arts Council England culture-recovery awards, `Applicant` and `Applicant Name` on every sheet).
      "Applicant",
      "Applicant name",
      "Applicant organisation",
      "Applicant organization",
      // A trader directory's and a licence register's (real: a council's `Company name`, `TradingAs`).
      "Company name",
      "Trading as",
      // The grantee as grant lists in other languages name it (a helper's round: German, Spanish,
      // Portuguese, French, Dutch, Nordic, Czech and Polish lists, each exit 3 until mapped by hand).
      // The US tax return's word for a grantee (a helper's round: a foundation's grants, exit 3).
      "Donee",
      "Donee name",
      "Begünstigter",
      "Empfänger",
      "Zuwendungsempfänger",
      // Austria's subsidy lists (a helper's round, real: the press and journal subsidies, exit 3), and
      // German words written without umlauts as exports do (`Empfaenger`: Münster's grants, exit 3).
      "Fördernehmer",
      "Förderungsnehmer",
      "Förderungswerber",
      "Förderwerber",
      "Zuschussempfänger",
      "Empfaenger",
      "Zuwendungsempfaenger",
      // The header with its feminine form (`Zuwendungsempfänger /-in`, `*in`: the marks fall away,
      // the word stays): Hamburg's grants register (a helper's round, exit 3).
      "Zuwendungsempfängerin",
      "Empfängerin",
      // Swiss German's applicant (a helper's round, real: Uster's cultural grants, `Gesuchssteller`).
      "Gesuchsteller",
      "Gesuchssteller",
      // And Germany's (`Antragsteller`, the applicant whose application was funded, as `Applicant` is).
      "Antragsteller",
      "Antragstellerin",
      // A city's sponsoring report: its partners are the donors (a helper's round: Hamburg's, exit 3).
      "Zuwendungsgeber",
      "Name und Wohnort/Sitz des Zuwendungsgebers",
      "Beguenstigter",
      "Foerdernehmer",
      // Spanish registers' legal name of a company and a donor (a helper's round: Uruguay's party
      // donors, Spain's contracts, exit 3).
      "Razón social",
      // And French ones' (a helper's round nx, real: Maine-et-Loire's grants to associations, `Année, SIRET
      // ou NIR, Raison Sociale, Raison sociale 2, …, Mandaté`, exit 3 "name a Partner column").
      "Raison sociale",
      "Donante",
      "Empresa donante",
      "Nombre del beneficiario",
      // A US recovery-fund list's and an EU programme's (helpers' rounds: Roanoke's ARPA projects,
      // England's and Berlin's ERDF beneficiaries, exit 3).
      "Subrecipient",
      "Subrecipient name",
      // Treasury's relief-fund reporting template (a helper's round, real: Rhode Island's CARES Act
      // workbook, four sheets "no Partner column").
      "Subrecipient legal name",
      "Sub-recipient",
      "Subgrantee",
      "Subgrantee name",
      "Subawardee",
      "Subawardee name",
      "Recipient of funds",
      "Lead beneficiary",
      "Beneficiary name (lead)",
      "Beneficiario",
      "Entidad beneficiaria",
      "Beneficiário",
      "Bénéficiaire",
      // France's common schema for published subsidies (SCDL, every collectivité's: `nomBeneficiaire`),
      // and as lists write it out (real: Toulouse Métropole's, exit 3).
      "Nom bénéficiaire",
      "Nom du bénéficiaire",
      // A département's published subsidies (a helper's round, real: the Sarthe's, exit 3).
      "Nom de l'organisme bénéficiaire",
      "Organisme bénéficiaire",
      // SCDL's first version (2017), still in councils' files (a helper's round, real: Nièvre's and
      // Poitiers' subsidies, `ATTRIB_NOM` and `SUB_MONTANT`, exit 3).
      "Attrib nom",
      "Begunstigde",
      "Ontvanger",
      // A Dutch municipality's subsidy register names its grantee the applicant, as `Applicant` above
      // (corpus round gn D3, real: Amsterdam's subsidieregister, `AANVRAGER`, exit 3).
      "Aanvrager",
      "Naam aanvrager",
      // Japan's disclosure of subsidies to public-interest corporations (様式1, every ministry's): the
      // recipient, `補助金交付先名` (corpus round hn D6, real: FY2018's, exit 3 with its headers listed).
      "補助金交付先名",
      "交付先名",
      "交付先",
      "Modtager",
      "Mottaker",
      "Mottagare",
      // The grant's recipient in one word, as Norwegian and Danish registers write it, and with its name
      // (corpus round io D2, real: Norway's compensation-scheme register, `tilskuddsmottakerNavn` beside
      // `tilskuddsmottakerOrganisasjonsnummer`, exit 3).
      "Tilskuddsmottaker",
      "Tilskuddsmottaker navn",
      "Navn på tilskuddsmottaker",
      "Tilskudsmodtager",
      "Tilskudsmodtager navn",
      "Bidragsmottaker",
      "Bidragsmottagare",
      "Příjemce",
      // Russian and Ukrainian registers' recipient of a subsidy or grant (corpus round gn, real: Moscow's
      // subsidy register, `Получатель субсидии (гранта)` beside its amounts, exit 3).
      "Получатель",
      "Получатель субсидии",
      "Получатель гранта",
      "Одержувач",
      "Одержувач субсидії",
      "Одержувач гранту",
      "Proponente",
      "Nome proponente",
      "Nome do proponente",
      "Beneficjent",
      "Organisatie",
      "Organisasjon",
      "Organisasjon navn",
      "Organisasjonsnavn",
      // A directory of associations, as councils head it (real: Alcalá de Henares' and Vienna's:
      // `ASOCIACION`, `Verein`; told to map a Leadership Name).
      "Asociación",
      "Nombre de la asociación",
      "Association",
      "Nom de l'association",
      "Verein",
      "Vereinsname",
      "Organización",
      "Organização",
      "Organizzazione",
      // A funder's list of whom it funds, and an aid programme's partner (a recovery-fund list's).
      "Funded organisation",
      "Funded organization",
      "Organisation funded",
      "Organization funded",
      "Implementing partner",
      // A contract register's other party (a helper's round, real: the University of Nebraska's
      // contracts, `Vendor` ignored beside `Entity Name`, the buying campus, read as 1 partner, $563.5M).
      // A synonym, so the buyer's `Entity Name` (a fallback) gives way. Not `Vendor Name`: a city budget
      // request's non-personnel lines name the vendor of some account lines, and read as Partners they
      // were 19 false "Vendor Name is empty" errors (real: Detroit's FY26 detail sheet).
      "Vendor",
      // Housing pipelines' (a helper's round, real: LA's and Austin's affordable housing, exit 3).
      "Developer",
      "Developer name",
      "Project sponsor",
      "Project lead sponsor",
      // Incentive and abatement lists' (a helper's round, real: Cedar Rapids', `Business`, `Deedholder`).
      "Business name",
      "Deedholder",
      // Donation registers' (a helper's round, real: Australian electoral returns, `Donation Received From`).
      "Donation received from",
      "Contributor",
      "Contributor name",
      // FEMA's grant recipients (`legalAgencyName`: a helper's round, real, exit 3).
      "Legal agency name",
      // A Brazilian state's partnership register, its partner entity (corpus round fk, real: Minas Gerais'
      // `Entidade parceira` and `ENTIDADE_PARCEIRA_NOME`, exit 3 on both), and Italy's name of a body
      // (`denominazione`: the 5 per mille allocations, exit 3). Not `Órgão estatal parceiro`: the state
      // body on the register's other side.
      "Entidade parceira",
      "Entidade parceira nome",
      // Its cooperation agreements' partner (corpus round fm, real: `parceiro_acordo`, exit 3), and the
      // partner said alone. Not `orgao_acordo`: the state body that signs.
      "Parceiro",
      "Parceira",
      "Parceiro acordo",
      "Parceiro do acordo",
      "Nome do parceiro",
      "Nome da parceira",
      "Nome da entidade parceira",
      "Nome da entidade",
      "Entidade beneficiária",
      "Denominazione",
      "Denominazione ente",
      "Denominazione beneficiario",
      "Ragione sociale",
      "Ente beneficiario",
      "Soggetto beneficiario",
      // A membership directory's member organisations: a partnership's participating bodies (corpus
      // round kp D8, real: a Dutch province's joint arrangements and their participating municipalities).
      // Only where the word says organisation: a bare `Participant`, `Teilnehmer` is a course's or an
      // event's person as often.
      "Participating organisation",
      "Participating organization",
      "Member organisation",
      "Member organization",
      "Deelnemende organisatie",
      "Deelnemende gemeente",
      "Teilnehmende Organisation",
      "Mitgliedsorganisation",
    ],
    // Weaker than any synonym: a grant list's `Recipient` is its Partner, not its `Funder`; a payments
    // ledger's or a contract register's other party (`Supplier Name`, `Contractor Name`, `Payee`) is
    // its partner when nothing names one better (real: a council's payments, an NT contract register).
    fallbackSynonyms: [
      "Funder",
      "Funder name",
      // The UK's and the EU's word for a funder (corpus round io D3, real: a database of research funders'
      // open grants, `Funding Body` beside `Amount (funding)`, guessed as Assets, exit 3). Weak as `Funder`.
      "Funding body",
      "Funding body name",
      // A list of the foundations that give, as `Funder name` (a helper's round: Leadership's `Foundation
      // name`, a board member's foundation in Sweden's register, read `Foundation name | Contact name |
      // Amount` as contacts with their amounts left out — a reviewer's repro). Weak as `Funder` is: a
      // grants list's `Grantee` beside it is the partner.
      "Foundation name",
      "Supplier",
      "Supplier name",
      // A payments ledger's or a contracts register's vendor (helpers' rounds, real: Philadelphia's
      // commodities contracts, 840 and $2.17bn, Phoenix's checkbook, Scottsdale's payments: exit 3).
      // Weak: beside a budget's own Partner-like column it gives way (Detroit's FY26 detail sheet).
      "Vendor name",
      "Successful supplier",
      "Successful bidder",
      "Contractor",
      "Contractor name",
      // A research or humanities funder's list names the grantee institution (real: NEH's grants,
      // `Institution` beside `OrganizationType`); weak, as a person's institution is Leadership's.
      "Institution",
      "Institution name",
      "Payee",
      "Payee name",
      // A police commissioner's spend files, the supplier's name after cleaning (`* SUPPLIER FINAL`:
      // a helper's round, real, 10 sheets exit 3).
      "Supplier final",
      // A state's loan and award lists (a helper's round, real: Ohio's and Tennessee's drinking-water
      // lists, `Entity` and `Local Government`, hinted as Foundation).
      "Entity",
      "Entity name",
      "Local government",
      // A contract register's other party as Spanish registers head it (a helper's round, real: Spain's
      // gazette's awards, `Adjudicación - Contratista`, exit 3), weak as `Contractor` is.
      "Contratista",
      "Adjudicatario",
      "Proveedor",
      "Tercero",
      "Nombre del tercero",
      // A state's training-provider list (a helper's round, real: Texas', `ProviderName`, exit 3).
      "Provider",
      "Provider name",
      // A purchasing-card ledger's vendor (a helper's round, real: Birmingham's p-card transactions,
      // `MERCHANT NAME`, exit 3 with no Partner hinted).
      "Merchant",
      "Merchant name",
      // A directory of who finances: the issuer of a grant, loan or fund, the lender, the financier
      // (corpus round fh, real: Malaysia's semiconductor financing directory, `#` and `Issuer / Programme
      // Name` read as Foundation's Initiative ID and Initiative, 27 funders offered to tblFoundation).
      // Weak as `Funder` is: a loan list's `Borrower` or `Recipient` beside it is the partner.
      "Issuer",
      "Issuer name",
      "Lender",
      "Lender name",
      "Financier",
      "Financier name",
      // Portuguese `Entidade` (entity), weak as `Entity` is (corpus round fk).
      "Entidade",
      // Dutch `Deelnemer` (participant): a joint arrangement's member body (corpus round kp D8, real: a
      // province's directory, `Deelnemer, Gemeenschappelijke regeling`, exit 3). Weak: a course's
      // participant is a person, and an `Organisatie` beside it is the partner.
      "Deelnemer",
    ],
    width: 28,
    help: "The partner organisation's name (one row per partner).",
  },
  sector: sectorColumn([
    "Partner type",
    "Grantee type",
    "Recipient type",
    "Entity type",
    "Funder type",
    // An investor directory's type of funder beside `Funder` (corpus round io D3, real: a state report's
    // funders and investors, `Investor Type` of Venture Fund, Angel Group, exit 3 "name one more column").
    "Investor type",
    // Sponsored-research exports' (corpus round hn, real: a department's proposals, `Sponsor Type` of
    // FEDERAL, OTHER GOVERNMENT, NON-PROFIT, HIGHER EDUCATION beside `Sponsor`).
    "Sponsor type",
    "Organization category",
    // A state's training-provider list (a helper's round, real: Texas', `Institution Type` of Public,
    // Private non-profit, Private for-profit, ignored).
    "Institution type",
    "Provider type",
    // 360Giving's: its standard types are read (lists.ts), its others (`C I C`, `Trust`) are the
    // funder's own categories, a warning for the column (a helper's round, real: a theatre
    // foundation's 475 grants, summarised with no Sector while every row had its type).
    "Recipient Org:Organisation Type",
  ]),
  placeBasedFunder: {
    name: "Place-based funder",
    type: "yesNo",
    synonyms: ["Place based", "Local funder", "Place-based"],
    help: "Yes for local and place-based funders.",
  },
  // A membership directory's partnership each member takes part in: the Dutch joint arrangement
  // between municipalities, provinces and water boards (corpus round kp D8, real: a province's list of
  // its `gemeenschappelijke regelingen` and their participants, exit 3 "name a Partner column").
  initiativeId: initiativeReference("it supports", ["Gemeenschappelijke regeling", "Naam gemeenschappelijke regeling"]),
  focusArea: {
    name: "Focus area",
    type: "list",
    list: "focusArea",
    synonyms: ["Focus", "Area", "Issue area", "Program area"],
    width: 22,
    help: `${anyOf("focusArea", 2)}.`,
  },
  contribution: {
    name: "Contribution",
    type: "list",
    list: "contribution",
    synonyms: ["Contribution type", "Support type", "Kind of support"],
    help: `${anyOf("contribution")}.`,
  },
  committed: {
    name: "Committed",
    type: "currency",
    min: 0,
    // "Amount" is ambiguous across tabs; the key-column rule (a Partner column beside it) keeps it here.
    synonyms: [
      "Pledge",
      "Pledged",
      "Commitment",
      "Amount committed",
      "Amount pledged",
      "Committed amount",
      "Amount",
      // An amount qualified as ledgers qualify it: supplier spend (the Local Government Transparency
      // Code's `Net Amount`), purchase orders (`PO Amount`) — a helper's round, real: Hyndburn's spend and
      // Texas' procurement awards, "nothing to check", exit 3.
      "Net amount",
      "Gross amount",
      "PO amount",
      "Purchase order amount",
      "Line amount",
      "Transaction amount",
      "Amount awarded",
      "Awarded amount",
      // Wales' EU-funded projects (a helper's round, real: `EU Funds Awarded` never offered as Committed).
      "Funds awarded",
      "EU funds awarded",
      "Funding awarded",
      "Award amount",
      "Grant amount",
      "Grant award",
      "Amount granted",
      // A city's community grants ledger (a helper's round, real: San Francisco's, `Granted` ignored).
      "Granted",
      "Amount approved",
      "Approved amount",
      "Funding amount",
      "Total award",
      "Contract amount",
      "Contract value",
      "Award value",
      "Grant value",
      // Public funds' words for money set aside for a recipient (real: a city's recovery-fund list,
      // `Allocation (millions)`; federal awards' `Dollars obligated`).
      "Allocation",
      "Allocated",
      "Amount allocated",
      "Allocated amount",
      "Allocation amount",
      "Obligated",
      "Amount obligated",
      "Obligated amount",
      "Dollars obligated",
      // A federal report's `Total Cumulative Obligations`: read without its `Total Cumulative`.
      "Obligation",
      // The National Park Service's LWCF grants (a helper's round, real: `Obligation Amount` beside
      // `Sponsor Name`, exit 3).
      "Obligation amount",
      // USAspending's subaward export (a helper's round, exit 3: `subawardee_name` beside `subaward_amount`).
      "Subaward amount",
      "Sub-award amount",
      // A contracts register's (real: a town council's `Estimated Annual Value 2017/18`).
      "Estimated annual value",
      "Annual value",
      "Estimated contract value",
      "Total amount",
      // Repayable finance states what it commits as an offer (real: DCMS's culture-recovery loans, `Offer (£)`).
      "Offer",
      "Offer amount",
      "Amount offered",
      // Arts Council England's culture recovery grants (a helper's round: `£ Award offered`, Round 1's
      // £257.4M left out of a £334.1M workbook).
      "Award offered",
      "Grant offered",
      // An EU agency's grant lists (`Total GRANTED`, `Total grant`: corpus round 9c, Frontex's).
      "Total granted",
      "Total grant",
      // The EU's share of a cohesion project, the grant itself, beside the project's `Total Budget`
      // (a helper's round, real: Kohesio's beneficiaries, the budgets summed as grants, +€73.1bn).
      "EU contribution",
      "EU co-financing",
      "EU cofinancing",
      "Union contribution",
      "Union co-financing",
      "EU-medfinansiering",
      "EU grant",
      // `Amt`, the commonest short form (real: a 990 grants workbook's `grantAmt`, its $28M never checked).
      "Grant amt",
      "Award amt",
      // A purchasing-card ledger's transaction amount, VAT and all (a helper's round, real:
      // Birmingham's p-card transactions, `ORIGINAL GROSS AMT` beside `MERCHANT NAME`, exit 3).
      "Gross amt",
      "Original gross amount",
      "Original gross amt",
      // A capital register's (real: NYC's school construction `Project Budget Amount`, Pittsburgh's
      // `budgeted_amount`; `Spent` beside them was already Received).
      "Budget",
      "Budgeted",
      "Budget amount",
      "Budgeted amount",
      "Project budget",
      "Project budget amount",
      // A state's recurrent grants to NGOs (a helper's round, real: South Australia's `Base Funding $
      // per annum`, exit 3; the `$` and the period are read off by the variants).
      "Funding",
      "Base funding",
      // The UK's subsidy transparency database, every public authority's award upload (a helper's
      // round: exit 3 on `Subsidy Element Full Amount`).
      // A state revolving fund's loan list (a helper's round, real: Ohio's, `Estimated Loan Amount`).
      "Loan amount",
      "Subsidy element full amount",
      "Subsidy full amount",
      "Subsidy amount",
      // FEMA's and state emergency-management grants (a helper's round, real: `federalShareObligated`,
      // `Federal Share`, exit 3).
      "Federal share obligated",
      "Federal share",
      "Federal obligated",
      // USAspending's transaction downloads: each modification's own obligation, beside the award's
      // `total_obligated_amount` repeated on every one of its rows (a helper's round, real: VA's grants
      // $4.76bn for $782M).
      "Federal action obligation",
      // A city's incentive awards (a helper's round, real: Cedar Rapids', `City Incentives`, exit 3).
      "City incentives",
      "Incentive amount",
      // Not `Annual funding`: a funder's portfolio heads each year's so (`2022/23 Annual Funding`,
      // `2023-26 Annual Funding`), and which one is Committed is the user's to say.
      // The amount as grant lists in other languages head it (see Partner's words above).
      ...inOtherLanguages(
        "Betrag",
        "Förderbetrag",
        "Fördersumme",
        // Austria's and German cities' (helpers' rounds: `Förderungsbetrag`, `Zuschuss_2026_EUR`, exit 3).
        "Förderungsbetrag",
        "Förderungssumme",
        "Foerderbetrag",
        // And a contribution granted (the same Swiss city's `FoerderbeitragCHF`, left unmapped).
        "Förderbeitrag",
        "Foerderbeitrag",
        "Zuschuss",
        "Bewilligter Betrag",
        "Bewilligte Summe",
        // Spanish and Latin American registers' (a helper's round: Spain's gazette, Uruguay, Colombia).
        "Monto",
        "Monto asignado",
        "Monto aprobado",
        "Monto otorgado",
        "Valor del contrato",
        "Importe de adjudicación",
        "Importe adjudicado",
        "Presupuesto",
        "Cuantía",
        "Subvención",
        "Subvención concedida",
        "Zuwendungsbetrag",
        "Höhe der Zuwendung",
        // Hamburg's grants register (a helper's round: `Gesamtzuwendung (in EURO)`, exit 3).
        "Gesamtzuwendung",
        "Montant octroyé",
        "Montant accordé",
        "Importe",
        "Importe concedido",
        "Montant",
        "Montant accordé",
        "Montant attribué",
        // What a French council voted to each association (a helper's round, real: Paris' subsidies,
        // `montant_vote`, hinted "name Sector").
        "Montant voté",
        "Montant vote",
        "Montant de la subvention",
        "Montant subvention",
        // The Sarthe's, its operating grants (`Montant de la subvention de fonctionnement (1)`, exit 3).
        "Montant de la subvention de fonctionnement",
        // (Real: the Aube's `Montant  total de la subvention`, exit 3; SCDL v1's `SUB_MONTANT`.)
        "Montant total de la subvention",
        "Montant total",
        // The State's annex of associations subsidised (corpus round fj, real: the 2010 "jaune", `Total des
        // subventions` on each association's line, exit 3 and hinted "name a Sector column").
        "Total des subventions",
        "Montant des subventions",
        "Subvention accordée",
        "Subvention attribuée",
        "Subvention votée",
        "Sub montant",
        "Importo",
        "Importo concesso",
        // Italy's recovery-plan (PNRR) funding lists (a helper's round, real: exit 3 until mapped).
        "Importo totale",
        "Importo finanziato",
        "Finanziamento",
        "Finanziamento totale",
        // Italy's food-solidarity grants to municipalities and Portugal 2020's operations (a helper's
        // round, real: mapped by hand, summed as dollars — $386.9M and $5.57bn of euros).
        "Contributo",
        "Contributo spettante",
        "Contributo concesso",
        "Fundo aprovado",
        "Fundo total aprovado",
        "Montante aprovado",
        "Bedrag",
        "Toegekend bedrag",
        // The same register's amount granted (`BEDRAG_VERLEEND`), beside the amount applied for
        // (`BEDRAG_AANGEVRAAGD`) and the one settled afterwards (`BEDRAG_VASTGESTELD`), neither committed.
        "Bedrag verleend",
        "Verleend bedrag",
        "Bedrag toegekend",
        // Japan's subsidy disclosure (様式1): the amount decided, `交付決定額（円）` (corpus round hn D6).
        "交付決定額",
        "補助金交付決定額",
        "Beløb",
        "Beløp",
        // Norway's Research Council's applications (a helper's round: `tildelt_belop`, granted, not named
        // beside `sokt_belop`, applied for; the project and organisation numbers offered instead).
        "Tildelt beløp",
        "Tildelt belop",
        "Bevilget beløp",
        "Bevilget belop",
        "Belopp",
        "Tilskud",
        "Tilskudd",
        // Norwegian and Danish write the grant's amount as one word (corpus round io D2, real: Norway's
        // compensation-scheme register, `tilskuddsbelop` beside `tilskuddsmottakerNavn`, exit 3).
        "Tilskuddsbeløp",
        "Tilskuddsbelop",
        "Tilskudsbeløb",
        "Tilskudsbelob",
        // A register's total over its kinds of subsidy, each kind a column beside it (corpus round kp D3,
        // real: Norway's agriculture directorate's price subsidies to farms, `sum_tilskudd` beside eleven
        // `distriktstilskudd_melk`…, exit 3 with no amount named).
        "Sum tilskudd",
        "Sum tilskud",
        "Částka",
        "Kwota",
        "Valor global",
        "Valor concedido",
        // Brazil's parliamentary amendments: the sum committed (`empenhado`) beside the sum paid.
        "Valor empenhado",
        // A Brazilian state's partnership register, the transfer planned over the agreement (corpus round
        // fk, real: Minas Gerais', `Repasse total previsto` beside its yearly `Valor Previsto 2005`…, not
        // read). Not `Valor previsto` alone: that is each year's.
        "Repasse total previsto",
        "Repasse previsto",
        // Italy's 5 per mille, the total payable to each body (corpus round fk, real, exit 3).
        "Importo totale erogabile",
        "Importo erogabile",
        "Importo assegnato",
        // Russian and Ukrainian registers' subsidy or grant, by its agreement (corpus round gn, real:
        // Moscow's subsidy register, `Сумма субсидии (гранта) по договору (соглашению) (руб.)`, exit 3).
        "Сумма субсидии",
        "Сумма гранта",
        "Сумма субсидии по договору",
        "Сума субсидії",
        "Сума гранту",
        "Сума субсидії за договором",
      ),
    ],
    // `Awarded` and `Award` say an amount in a grant list and a date in a contract register (real: NT's
    // `Awarded` dates were summed as $217.8M beside its `Contract Value`): only when nothing better does.
    // A research funder's grants list heads its amounts `Total` (all years of a grant): only when no
    // header names the amount better (real: NHMRC's outcomes, summed from its subtotals sheet instead).
    // `Amt` alone too: German for an office (Münster's grants name the granting `Amt` beside
    // `Zuschuss_2026_EUR`, and $1,710 of office numbers was summed).
    // `Wert` (value): a city's sponsoring report's gifts, `Wert (Euro)` (a helper's round: Hamburg's,
    // its office column `Amt` summed as €0 instead).
    // `Project Amount`: FEMA's total cost of a project, beside the grant (`Federal Share Obligated`).
    // `Spend` too: a supplier ledger's money, but beside a `Budget` or an `Award` what was spent of it (a
    // reviewer's repro: Budget | Spend summed the spend as the commitment).
    // `Grant` names a grant's title as often as its amount (`Community Fund`): only when nothing better
    // does and its cells are figures (a helper's round, real: Western Australia's `2024-25 Grant`).
    fallbackSynonyms: [
      "Awarded",
      "Award",
      "Grant",
      // French `Subvention`(s) alike: the grant's amount, or its kind (`Fonctionnement`) as often.
      ...inOtherLanguages("Subvention"),
      // Donor, pledge and sponsorship trackers (a helper's round, real: a school fundraiser's, a
      // foundation's donor list — `Pledge Amount`, `Donation Amount`, `gift_amount`, exit 3, or
      // `Amount Paid` offered as Committed instead), where no other header names the commitment (a
      // `Grant` or an `Award` beside a `Pledge amount` stays the grant: a reviewer's repro).
      // Not `Gift` or `Donation` alone (a count of gifts: a reviewer's repro, $18 for $4,800), nor a
      // `Match amount` (a grantee's own match beside its grant: a reviewer's repro, $60,000 for $115,000).
      "Pledge total",
      "Total pledged",
      "Pledge amount",
      "Pledged amount",
      "Donation amount",
      "Gift amount",
      "Sponsorship amount",
      "Total",
      // Portuguese and Spanish `Valor` (value): a sheet heading its amounts so is in reais, pesos … —
      // never said dollars (corpus round fk: Brazil's registers, reais printed as dollars).
      ...inOtherLanguages("Valor"),
      // Russian and Ukrainian `Сумма`, `Сума` (amount, or a sum of others): as `Total`, only when no header
      // names the amount better (corpus round gn's repro of Moscow's register, `Получатель | Сумма (руб.)`).
      ...inOtherLanguages("Сумма", "Сума"),
      "Amt",
      "Wert",
      "Value",
      "Project amount",
      "Spend",
    ],
    help: "Dollars committed.",
  },
  received: {
    name: "Received",
    type: "currency",
    min: 0,
    synonyms: [
      "Amount received",
      "Paid",
      "Disbursed",
      "Funds received",
      "Received amount",
      "Amount paid",
      "Amounts paid",
      // An EU programme's beneficiaries list (a helper's round, real: Bulgaria's, 2.05 bn paid left out).
      "Actual amount paid",
      "Actual amounts paid",
      "Paid amount",
      "Amount disbursed",
      "Disbursed amount",
      "Disbursement",
      "Disbursements",
      "Amount spent",
      "Spent",
      "Expended",
      "Amount expended",
      "Expended amount",
      "Expenditure",
      "Paid to date",
      "Payments",
      // What French grant lists pay out (real: the Assemblée's parliamentary reserve, `montant versé en
      // 2013 (€)`: with Bénéficiaire beside it, exit 3 even with --tab Partners).
      ...inOtherLanguages("Montant versé", "Montant payé"),
      // Paid out by payment order, in French public accounts (a helper's round nx, real: Maine-et-Loire's
      // grants to associations, `Mandaté` its one amount, exit 3).
      ...inOtherLanguages("Mandaté", "Montant mandaté"),
      // A payments ledger's (real: a city's rental-aid payments, `Amount of Payment`).
      "Amount of payment",
      // USAspending's outlays, the money paid out of an obligation (a helper's round: `total_outlayed_amount`).
      "Outlayed amount",
      "Total outlayed amount",
      "Outlays",
      // A contracts register's paid to date (a helper's round, real: Philadelphia's professional
      // services contracts, `tot_payments` — $1.24bn paid — ignored: "no Received column").
      "Total payments",
      "Tot payments",
      "Payments to date",
      "Payment amount",
      "Dollars spent",
      // A council's payments to suppliers over £500, its invoices paid (real: Lambeth's, `Invoice Nett
      // Amount` beside `Supplier Name`: told to name a Sector or Place-based funder).
      "Invoice amount",
      "Invoice net amount",
      "Invoice nett amount",
      // Not a bare `Net Amount`: in a grants list it may be the award net of what was clawed back.
      // A capital register's spending beside its budget (a helper's round: NYC's school construction,
      // `Total Phase Actual Spending Amount`, read without its `Total`).
      "Spending",
      "Actual spending",
      "Actual spending amount",
      "Phase actual spending amount",
      "Actual spend",
      // Brazilian convênios' (a helper's round: `Valor Liberado` beside `Valor Global`).
      // And a partnership register's transfers made (corpus round fk, real: Minas Gerais' `Repasse total
      // efetuado`), Italy's amounts paid out (the 2016 earthquake's reconstruction, `importo liquidato`
      // beside `importo concesso`).
      ...inOtherLanguages(
        "Valor liberado",
        "Valor pago",
        "Repasse total efetuado",
        "Repasse efetuado",
        "Repasse total realizado",
        "Repasse realizado",
        "Importo liquidato",
        "Importo erogato",
        "Importo pagato",
      ),
      // The Dutch government's subsidy register's spending (a helper's round: `Realisatie (*1000)`,
      // read as Committed). Dutch, so in euros: never printed as dollars (corpus round kp D1, real: the
      // ministries' 2015 subsidies, `Realisatie`, summed as $173,597,857.56).
      ...inOtherLanguages("Realisatie", "Realisatie per bijdrage"),
      // Federal recovery funds' templates (a helper's round, real: Treasury's CARES Act Grants and
      // Contracts tabs, `Total Expenditure Amount`; Roanoke's ARPA projects, `ARPA spent by end of 24?`):
      // "no Received column" beside what was spent.
      "Total expenditure amount",
      "Expenditure amount",
      "Total expenditure",
      "Total expenditures",
      "Expenditures",
      "Expenditure to date",
      "Spent to date",
      "Amount spent to date",
    ],
    help: "Dollars received so far.",
  },
  startDate: {
    name: "Start date",
    type: "date",
    // Not "From": in a ledger of gifts `from` and `to` are the giver and the grantee, not dates.
    synonyms: [
      "Start",
      "Begins",
      "Grant start",
      "Grant start date",
      "Award start",
      "Award start date",
      "Project start",
      "Project start date",
      "Contract start",
      "Contract start date",
      "Begin date",
      "Period start",
      "Planned Dates:Start Date",
      "Planned start date",
      // A contracts register's (real: a state government's, `commencement_date`).
      "Commencement",
      "Commencement date",
      // The EU's lists of operations (a helper's round: Denmark's, Berlin's ERDF, not read as dates).
      "Operation start date",
      // A German register's period (a helper's round: Hamburg's grants, `Zeitraum Von` / `Bis`).
      "Zeitraum von",
      "Laufzeit von",
      "Förderzeitraum von",
      // An agreements register's (a helper's round, real: a university's MOU register, `SIGNING` beside
      // `EXPIRY`: an agreement runs from its signing; an expiry before it went unsaid).
      "Signing",
      "Signing date",
      // (A helper's round, real: a music institute's agreements register, `Sign date` beside `Expired`.)
      "Sign date",
      "Signed date",
      "Signature date",
      "Date signed",
      "Date of signing",
      // A contract's execution is its signing (a helper's round, real: Montgomery County's and the ACT
      // Government's contracts, `Execution Date` unread beside `Expiration Date`).
      "Execution date",
      "Date executed",
      // A network's partner map (a helper's round, real: an AI-learning campus' partners, `partner_since`
      // dates never checked).
      "Partner since",
      "Member since",
      "Partnership start",
      "Partnership start date",
      // A Brazilian partnership register's term (corpus round fk, real: Minas Gerais', `Início da vigência`
      // and `DATA_INICIO_VIGENCIA`, mapped by hand), and Italian and Portuguese start dates.
      "Início da vigência",
      "Data início vigência",
      // (Its cooperation agreements', corpus round fm: `inicio_vigencia`.)
      "Início vigência",
      "Data de início da vigência",
      "Data de início",
      "Data início",
      "Data inizio",
      "Data di inizio",
      // A Russian register's agreement, from and to (a helper's round, real: Moscow's subsidy register,
      // `Начало действия договора (соглашения) субсидии (гранта)` ignored, its ends before starts unsaid).
      "Начало действия договора",
      "Начало действия договора субсидии",
      "Дата начала действия договора",
    ],
    // Not a grant list's `Award Date` / `Date of Award`: when it was decided, not when the work starts
    // (judged on the corpus: a funder's month-only award dates would only draw warnings).
    help: "When the partnership starts.",
  },
  endDate: {
    name: "End date",
    type: "date",
    // Real: a grant that ends `March 2024` and started on 15 March was "End date before Start date".
    endOfPeriod: true,
    // Real ledgers: a grant with no end yet says so (a Sutton ledger's `Ongoing`).
    noDateWords: [
      "Ongoing",
      "On-going",
      "Open",
      "Open-ended",
      "Present",
      "Continuing",
      "Indefinite",
      "No end date",
      "Until further notice",
      // An agreement that runs until ended, and federal funds with no deadline (helpers' rounds, real: a
      // university's MOU register, `unlimited` and `auto renew` on 471 rows each an error; a recovery-fund
      // programme list's `Available Until Expended`).
      "Unlimited",
      "Auto renew",
      "Auto-renew",
      "Auto renewal",
      "Automatic renewal",
      "Renews automatically",
      "Evergreen",
      "Perpetual",
      "No expiry",
      "No expiration",
      "Until terminated",
      "Available until expended",
      // As Portuguese, Spanish, Italian and German write it (corpus round fm, real: Minas Gerais'
      // cooperation agreements, `Indeterminado` in fim_vigencia, "expected a date"): no end set.
      "Indeterminado",
      "Indeterminada",
      "Prazo indeterminado",
      "Tempo indeterminado",
      "Indefinido",
      "Indefinida",
      "Sem prazo",
      "Sin plazo",
      "Indeterminato",
      "A tempo indeterminato",
      "Tempo indeterminato",
      "Unbefristet",
    ],
    synonyms: [
      "End",
      "Ends",
      "Until",
      "Grant end",
      "Grant end date",
      "Award end",
      "Award end date",
      "Project end",
      "Project end date",
      "Contract end",
      "Operation end date",
      "Zeitraum bis",
      "Laufzeit bis",
      "Förderzeitraum bis",
      // A contracts register's (real: an Australian territory's, `expiry_date`).
      "Expiry",
      "Expiry date",
      "Expiration",
      "Expiration date",
      "Contract expiry",
      "Contract expiry date",
      "Contract end date",
      // (The same register's expiry dates, headed `Expired`.)
      "Expires",
      "Expired",
      "Expires on",
      "Expiration date",
      "Period end",
      "Planned Dates:End Date",
      "Planned end date",
      // (The same register's, `Fim da Vigência` and `DATA_FIM_VIGENCIA`.)
      "Fim da vigência",
      "Data fim vigência",
      "Fim vigência",
      "Data de fim da vigência",
      "Data de término",
      "Data término",
      "Data fim",
      "Data fine",
      "Data di fine",
      "Конец действия договора",
      "Конец действия договора субсидии",
      "Окончание действия договора",
      "Дата окончания действия договора",
    ],
    help: "When it ends (not before Start date).",
  },
  status: {
    name: "Status",
    type: "list",
    list: "partnerStatus",
    // Not "State" (a US state in every grant ledger) nor "Phase"; "Stage" is a pipeline's stage.
    // A grants ledger's `Project Status` (Open, Closed) is its grant's (a helper's round, real: a state's
    // transit grants, exit 3).
    synonyms: [
      "Partner status",
      "Stage",
      "Partnership status",
      "Grant status",
      "Award status",
      "Agreement status",
      "Project status",
      // A Brazilian partnership register's (corpus round fk, real: Minas Gerais', `Situação do Instrumento`
      // and `SITUACAO`, each agreement's `Vigente`, `Encerrado`, `Rescindido`: lists.ts).
      "Situação",
      "Situação do instrumento",
    ],
    help: `${anyOf("partnerStatus")}.`,
  },
  agreementSigned: {
    name: "Agreement signed",
    type: "yesNo",
    synonyms: ["MOU signed", "MOU", "Agreement", "Signed", "Contract signed"],
    help: "Is the agreement (MOU, contract) signed?",
  },
  champion: {
    name: "Champion",
    type: "text",
    references: { tab: "Leadership", column: "name", severity: "warning" },
    synonyms: ["Champion name", "Sponsor", "Internal champion"],
    help: "A Name from the Leadership tab.",
  },
  contact: {
    name: "Contact",
    type: "text",
    synonyms: [
      "Contact person",
      "Contact name",
      "Point of contact",
      "POC",
      "Primary contact",
      "Grantee contact",
      "Contact name for organization",
      // A contracts register's vendor contact, beside its `Vendor Email` (a helper's round, real:
      // Montgomery County's contracts, 2,146 contact names ignored).
      "Vendor contact",
      "Vendor contact name",
      "Supplier contact",
      "Supplier contact name",
      // A register's named person (real: Ireland's lobbying register, `PersonResponsibleName`).
      "Person responsible",
      "Person responsible name",
      "Responsible person",
      "Representante",
      "Kontaktperson",
    ],
    help: "Who to call at the partner.",
  },
  contactEmail: {
    name: "Contact email",
    type: "email",
    synonyms: [
      "Email",
      "E-mail",
      "Contact e-mail",
      "POC email",
      // A contracts register's vendor contact (a helper's round, real: Montgomery County's).
      "Vendor email",
      "Supplier email",
      // A health network's directory (a helper's round, real: 41 addresses unchecked, "no tracker column").
      "Point of contact email",
      "Email address",
      "Contact email address",
      "Charity contact email",
      "Contact email for organization",
      "Person responsible email",
      "Responsible person email",
    ],
    help: "Their email address.",
  },
  priorities: {
    name: "Priorities",
    type: "text",
    synonyms: ["Partner priorities", "Goals", "Interests"],
    width: 32,
    help: "What the partner wants from the partnership.",
  },
  notes: NOTES_COLUMN,
});

/**
 * Each tab's key columns: a header row must name one of them (plus one more column of the tab) to
 * be taken for that tab's header row when no tab is given (SPEC "Finding the header row").
 */
export const KEY_COLUMNS: Readonly<Record<TabName, readonly ColumnSpec[]>> = {
  Foundation: [FOUNDATION.col.initiativeId, FOUNDATION.col.initiative],
  Assets: [ASSETS.col.asset],
  Leadership: [LEADERSHIP.col.name],
  Partners: [PARTNERS.col.partner],
};

/**
 * SPEC "Ledgers": a tab's duplicate key can have a second part. In Partners it is Partner +
 * Initiative ID (one row per partner *and initiative*); the same partner on several rows otherwise
 * is a ledger (one row per grant), which gets one warning per repeated partner, not an error per row.
 * Leadership is read the same way: CROSSCHECK counts a champion for each initiative on whose row
 * they are, so a person who leads two initiatives is on two rows, which "list each one once" would
 * undo; and a roster (one row per committee) gets one warning per person.
 */
export const KEY_WITH: Partial<Record<TabName, ColumnSpec>> = {
  Leadership: LEADERSHIP.col.initiativeId,
  Partners: PARTNERS.col.initiativeId,
};

/**
 * Headers only a list of organisations has — a website, a charity, company or tax number, a legal
 * form: beside a bare `Name` they say its rows are organisations (Partners, `Name` their Partner), not
 * people (Leadership). Real directories read this way: a food-bank list (`Name, Contact, Website`),
 * a nonprofit register (`name, email, website, tax_id, legal_status`).
 */
export const ORGANISATION_HEADERS: readonly string[] = [
  "Website",
  "Web address",
  "Web site",
  "URL",
  "Homepage",
  "Tax ID",
  "Tax status",
  "EIN",
  "Legal status",
  "Legal form",
  "Charity number",
  "Registered charity number",
  "Company number",
  "Company registration number",
  // Brazil's organisations' number (a person has a CPF): corpus round fk.
  "CNPJ",
  "Date incorporated",
  "Incorporated",
  "Accreditations",
  "Funding sources",
  "Organisation type",
  "Organization type",
  "Charity type",
  "Year founded",
];

/**
 * Headers of a column saying which year a row is for — a fiscal year, a plan's edition, a grant
 * round. A ledger whose partners have rows in several of its years is summed over every year; the
 * summary says so, with each year's figures, since a plan repeated once a year (real: a university's
 * capital plan, each project in each year's edition) is not new money each year.
 */
export const YEAR_HEADERS: readonly string[] = [
  "Year",
  "FY",
  // A federal fiscal year (a helper's round, real: Chicago's IIJA allocations, 2022 and 2023 summed unsaid).
  "FFY",
  "Fiscal year",
  "Financial year",
  "Budget year",
  // LA's budget by department and account, eight years in one list (a helper's round: $102bn summed
  // with no word of its years).
  "Budget fiscal year",
  "Plan year",
  "Grant year",
  "Award year",
  "Funding year",
  "Year awarded",
  // A legislature's session, a year (a helper's round, real: Virginia's committee members, 767 "keep one
  // row" warnings on members listed once a session).
  "Session",
  "Legislative session",
  // A 990-PF grants table's year (a helper's round, real: a foundations' grants export, `tax_year`,
  // a grant paid each year read as one amount on each row).
  "Tax year",
  // A programme's year, as HUD's and FEMA's grant lists head it (a helper's round, real: FEMA's hazard
  // mitigation projects, `programFy` 2005–2025 summed with no word of its years).
  "Program year",
  "Program FY",
  "Program fiscal year",
  // Quarters and a programme's rounds (helpers' rounds, real: a state's disaster allocations restated
  // each `Quarter`, 24 quarters summed as one $109.5bn; USDOT's TIGER grants, eight `Round`s).
  "Quarter",
  "Fiscal quarter",
  "Reporting quarter",
  "Round",
  "Funding round",
  "Grant round",
  "Año",
  "Ejercicio",
  "Vigencia",
  "Année",
  "Exercice",
  "Jahr",
  "Haushaltsjahr",
  "Anno",
  "Jaar",
  // The Dutch subsidy register's year (`SUBSIDIEJAAR`: corpus round gn D3).
  "Subsidiejaar",
  "År",
];

/**
 * Headers of the date an award was made: read by its year where no column says the year nor which
 * report a row is from (a helper's round, real: the Barr Foundation's grants, $368M over six years by
 * `Award Date` with no word of them).
 */
export const AWARD_DATE_HEADERS: readonly string[] = [
  "Award date",
  "Date awarded",
  "Date of award",
  "Grant date",
  "Decision date",
  "Approval date",
  "Date approved",
];

/**
 * Headers of a column saying which report a row is from — the date a dashboard's export restated each
 * project (real: NYC's capital projects dashboard, fifteen reports of the same projects, $313.59bn
 * summed for a current forecast of $31.97bn). Read as YEAR_HEADERS are, each report's figures said.
 */
export const REPORT_DATE_HEADERS: readonly string[] = [
  "As of",
  "As of date",
  "Date as of",
  "Data as of",
  "Date reported as of",
  "Reported as of",
  "Report date",
  "Reporting date",
  "Date reported",
  "Reporting period",
  "Report period",
  "Snapshot date",
  "Snapshot",
  "Extract date",
  // A budget's editions, each restating its lines (a helper's round, real: NYC's capital budget by
  // budget line, 24 editions by `Published Date` summed, $327.8bn for a latest $24.3bn).
  "Published date",
  "Date published",
  "Publication date",
  "Edition date",
];

/**
 * Headers that every kind of sheet has, saying nothing of which tab it is: a row naming only these
 * (`ID`, `STATUS`) is no header row unless the tab is given (`--tab`, the functions' `tab`).
 */
export const GENERIC_HEADERS: readonly string[] = [
  "ID",
  // A workbook's notes sheet (`Item | Note`: a university's proposals export) was checked as Assets,
  // exit 0, and the proposals sheet beside it skipped (a helper's round, real).
  "Item",
  "Status",
  // (Portuguese `Situação`, status: a Partners Status synonym, and as generic.)
  "Situação",
  "Type",
  "Notes",
  "Note",
  "Comments",
  "Comment",
  "Description",
  "Date",
];

/**
 * Values of a column saying whether a ledger's row is money coming in or going out (`operazione`:
 * `entrata` / `uscita`), in the languages of the sheets users keep, read ignoring case and accents.
 * Rows of both summed are twice the money when what comes in is paid on (a helper's round, real:
 * Italy's Civil Protection donation accounts): the summary says each kind's figures.
 */
export const MONEY_IN_WORDS: readonly string[] = [
  "In",
  "Income",
  // A city's budget by account type (a helper's round, real: Grand Rapids' adopted budget, REVENUE
  // and EXPENSE lines summed as one $1.26bn "committed").
  "Revenue",
  "Revenues",
  "Inflow",
  "Receipt",
  "Receipts",
  "Credit",
  "Entrata",
  "Entrate",
  "Einnahme",
  "Einnahmen",
  "Ingreso",
  "Ingresos",
  "Entrada",
  "Recette",
  "Recettes",
  "Inkomst",
  "Inntekt",
  "Indtægt",
  "Tulo",
  "Tulot",
];
export const MONEY_OUT_WORDS: readonly string[] = [
  "Out",
  "Expense",
  "Expenses",
  "Expenditure",
  "Expenditures",
  "Outflow",
  "Payment",
  "Debit",
  "Uscita",
  "Uscite",
  "Ausgabe",
  "Ausgaben",
  "Gasto",
  "Gastos",
  "Egreso",
  "Egresos",
  "Saída",
  "Dépense",
  "Dépenses",
  "Utgift",
  "Utgifter",
  "Udgift",
  "Meno",
  "Menot",
];

/**
 * Headers of a column naming the project (or contract) a row belongs to, where a project has several
 * rows — one a site, a funding line or a year's allocation — each showing the project's whole amount
 * again (a helper's round, real: Los Angeles' housing projects, a project's City funding on each of its
 * sites, +$296.9M; an FTA ledger's expenditure on each funding line of a UPIN). The summary says what
 * the total is with each project's amount counted once. Most particular first: the first one a sheet
 * has is read.
 */
export const PROJECT_KEY_HEADERS: readonly string[] = [
  "Project number",
  "Project no",
  "Project ID",
  "Project code",
  "Project key",
  "Proj key",
  "UPIN",
  "Contract number",
  "Contract no",
  "Contract ID",
  "Application number",
  "Application ID",
  "Award number",
  "Grant number",
];

/**
 * Headers of a column saying where a row's partner is — a county, a ward, a town, a French
 * département — read as a word of the header too (`département attributeur`, `Recipient City`). A
 * partner's name on rows of different places may be several organisations of one generic name (real:
 * 13 "Comité des Fêtes" in 13 départements, counted as one partner): the summary says so.
 * `Département` is France's county (`Department`, a city's department giving a grant, is no place).
 */
export const PLACE_HEADERS: readonly string[] = [
  "County",
  "District",
  "Ward",
  "Borough",
  "Municipality",
  "City",
  "Town",
  "Suburb",
  "Locality",
  "Region",
  "Province",
  "State",
  "Postcode",
  "Zip",
  "Département",
  "Commune",
  "Ville",
  "Comune",
  "Provincia",
  "Municipio",
  "Localidad",
  "Ciudad",
  "Gemeinde",
  "Bezirk",
  "Ort",
  "Gemeente",
  "Kommune",
  "Kommun",
];

/**
 * Headers of a column saying which country a row's partner is in: one name on rows of two countries is
 * two organisations as often as one (a helper's round, real: the Net Zero Tracker's `country`, Georgia
 * the country and the US state, Anyang in Korea and in China — 56 "counts once" warnings), asked as
 * one name with two identifiers is. Read as a word of the header too (`Recipient country`).
 */
export const COUNTRY_HEADERS: readonly string[] = [
  "Country",
  "Country name",
  "Country code",
  "Country ISO",
  "ISO country code",
  "ISO3",
  "Nation",
  "Pays",
  "País",
  "Paese",
  "Staat",
];

/**
 * Countries' names as ledgers write them beside the names Intl gives (`Czechia`, `Türkiye`, `North
 * Macedonia`), each with its ISO code: one country written two ways is no two countries (a helper's
 * round, real: Frontex's grants 2008–2022, `Czech Republic`, `FYROM`, `Former Yugoslav Republic of
 * Macedonia`, `Slovak Republic`). Compared as names are, case, spaces and punctuation aside.
 */
export const COUNTRY_ALIASES: ReadonlyArray<readonly [string, string]> = [
  ["UK", "GB"],
  ["Great Britain", "GB"],
  ["Britain", "GB"],
  ["GBR", "GB"],
  ["USA", "US"],
  ["United States of America", "US"],
  ["America", "US"],
  ["Czech Republic", "CZ"],
  ["Slovak Republic", "SK"],
  ["Turkey", "TR"],
  ["Macedonia", "MK"],
  ["FYROM", "MK"],
  ["Former Yugoslav Republic of Macedonia", "MK"],
  ["FYR of Macedonia", "MK"],
  ["Republic of North Macedonia", "MK"],
  ["Russian Federation", "RU"],
  ["Republic of Korea", "KR"],
  ["Swaziland", "SZ"],
  ["Burma", "MM"],
  ["Ivory Coast", "CI"],
  ["Cabo Verde", "CV"],
  ["Holy See", "VA"],
  ["Palestine", "PS"],
  ["Bosnia and Herzegovina", "BA"],
  ["Hong Kong", "HK"],
  ["Macao", "MO"],
  ["Macau", "MO"],
  ["Democratic Republic of the Congo", "CD"],
  ["Republic of the Congo", "CG"],
];

/**
 * Headers of an organisation's own identifier — a charity, company or tax number, a 360Giving
 * `Recipient Org:Identifier` — not a grant's (`Identifier`, `Grant ID`, `Ref`): in a ledger, one name on
 * rows with two of these is two organisations under one name, or an identifier to correct (real: a
 * council's grants list has `Footlights` with two company numbers, and a charity number missing a digit).
 */
export const ORGANISATION_ID_HEADERS: readonly string[] = [
  "Recipient Org:Identifier",
  "Recipient Org:Charity Number",
  "Recipient Org:Company Number",
  "Organisation identifier",
  "Organization identifier",
  "Org ID",
  "Registered charity number",
  "Charity number",
  "Charity registration number",
  // Canada's charities and businesses (real: a provincial foundation's grants, in English and French).
  "Recipient Org:Charitable Registration Number",
  "Charitable registration number",
  "Business number",
  "Charity company registration number",
  "Company number",
  "Company registration number",
  "EIN",
  "Tax ID",
  // A payments file's supplier number, a register's short forms, England's provider number, Treasury's
  // recipient number (helpers' rounds, real: Oxford's spend over £500, KENT COUNTY COUNCIL under two
  // Supplier IDs; Treasury's recovery-fund projects, Washington County of Arkansas and of Oregon).
  "Supplier ID",
  "Supplier number",
  "Vendor ID",
  "Vendor number",
  "Charity No",
  "Charity Reg No",
  "Company No",
  "UKPRN",
  "Recipient ID",
  "Recipient-ID",
  // France's company and establishment numbers (SCDL's `idBeneficiaire` holds the SIRET).
  "SIRET",
  "SIREN",
  "Id bénéficiaire",
  // Brazil's company and association number, and Italy's tax code and VAT number (corpus round fk, real:
  // Minas Gerais' `CNPJ da Entidade Parceira`; the 5 per mille's `codice_fiscale`, two associations of
  // one name in Palermo and Cosenza counted as one partner, 1,996 partners for 2,000 bodies).
  "CNPJ",
  "CNPJ da entidade parceira",
  "Entidade parceira CNPJ",
  "CNPJ da entidade",
  "Codice fiscale",
  "Codice fiscale ente",
  "Partita IVA",
  "Codice fiscale partita IVA",
  // Norway's organisation number, and Sweden's (corpus round kp, real: Norway's farm subsidies 2023,
  // `ANDERS KOMMEDAL` on two rows with two `orgnr`, read as one partner with several rows).
  "Orgnr",
  "Org nr",
  "Organisasjonsnummer",
  "Organisationsnummer",
];

/**
 * Headers of a thing's measures and make — a tree's species, height and trunk diameter, a vehicle's make
 * and model, a bin's capacity — read as a word of the header too (`Height - 1981`): two of them, with no
 * tab's key recognised, say the rows are things, so the hint offers Assets, not Partners (helpers'
 * rounds, real: Regina's tree inventory hinted Partners by its `Sector`, 1,502 "Street is empty"
 * errors when followed; Oxford's recycling banks).
 */
export const THING_HEADERS: readonly string[] = [
  "Species",
  "Genus",
  "DBH",
  "Diameter",
  "Height",
  "Canopy",
  "Spread",
  "Year planted",
  "Make",
  "Model",
  "VIN",
  "Serial number",
  "Odometer",
  "Mileage",
  "Fuel type",
  "Capacity",
  "Material",
  "Install date",
  "Installation date",
  "Asset tag",
  "Bin type",
  // A street bin's (corpus round fg, real: Manchester's litter bins, `Serial No`, `SERIAL`).
  "Serial",
  // A council's buildings (a helper's round, real: Trafford's leisure centres, hinted as people).
  "Opening hours",
  "Facilities",
  "Year built",
  "Floor area",
  "Gross internal area",
  "UPRN",
  "Tenure",
];

/**
 * Headers naming protected heritage property — a listed cultural property, a monument — read as a word
 * of the header (`Kulturschutzgut`): they name the rows' things themselves, so the hint offers Assets,
 * with that column as the Asset, not Partners (corpus round fm, real: Austria's register of cultural
 * property under protection, `Kulturschutzgut | Bundesland | Gemeinde …`, told to name a Partner column).
 */
export const HERITAGE_HEADERS: readonly string[] = [
  "Kulturgut",
  "Kulturgüter",
  "Kulturschutzgut",
  "Kulturschutzgüter",
  "Denkmal",
  "Denkmäler",
  "Baudenkmal",
  "Schutzobjekt",
  "Schutzobjekte",
];

/**
 * Headers saying where a thing stands — its location or street, its coordinates, a GIS layer's feature
 * id — read as a word of the header too (`area_name` is no location): counted with THING_HEADERS when
 * nothing in the row says organisations, people or money (a website, an email, an amount), since a
 * directory of organisations has addresses too (corpus round fg, real: Trafford's CCTV cameras
 * `location, lon, lat` and car parks `Location, Postcode`, Manchester's bins `Street`, `LOCATION`,
 * `GlobalID`: all hinted Partners).
 */
export const SITE_HEADERS: readonly string[] = [
  "Location",
  "Street",
  // (Counted only beside another: any address has one.)
  "Postcode",
  "Latitude",
  "Longitude",
  "Lat",
  "Lon",
  "Lng",
  "Easting",
  "Northing",
  "Coordinates",
  "Geometry",
  "OBJECTID",
  "GlobalID",
];

/**
 * Headers only a list of people has — a sex or gender, a date of birth — read as a word of the header
 * too (`sexe_collaborateur`): with nothing else recognised, they say the rows are people, so the hint
 * offers Leadership, not Partners (real: the Sénat's staff list, Italy's Senate candidates).
 */
export const PEOPLE_HEADERS: readonly string[] = [
  "Sex",
  "Gender",
  "Sexe",
  "Sesso",
  "Sexo",
  "Género",
  "Geschlecht",
  "Geslacht",
  "Kjønn",
  "Kön",
  "Civilité",
  "Date of birth",
  "DOB",
  "Birth date",
  "Date de naissance",
  "Fecha de nacimiento",
  "Data di nascita",
  "Geburtsdatum",
];

/**
 * A person's name written in two columns (an HR or payroll export): the family name and the given
 * name. Where a sheet's Name is one of them (mapped by hand, `--map "Last Name=Name"`) and the other
 * stands beside it, two rows are the same person only when both agree — two Millers are not one.
 */
export const NAME_PARTS: {
  readonly family: readonly string[];
  readonly given: readonly string[];
  readonly middle: readonly string[];
} = {
  // And as other languages head them (real: Italy's 2022 Senate candidates, `cogn`/`nome`: 26 of 26
  // "the same person" warnings were namesakes).
  family: [
    "Last name",
    "Surname",
    "Family name",
    "Last",
    "Lastname",
    "Nachname",
    "Familienname",
    "Nom de famille",
    "Apellido",
    "Apellidos",
    "Cognome",
    "Achternaam",
    "Sobrenome",
  ],
  given: [
    "First name",
    "Given name",
    "Forename",
    "First",
    "Firstname",
    "Given names",
    "Forenames",
    "Vorname",
    "Prénom",
    "Nombre de pila",
    "Nome",
    "Voornaam",
    "Primeiro nome",
  ],
  // A middle name or initial beside them is part of the name too (real: Philadelphia's election-board
  // officials, `MIDDLE-INITIAL`: 43 of 127 "same person" pairs were two people, R and T).
  middle: ["Middle initial", "Middle name", "Middle names", "Middle", "MI", "Initial"],
};

/**
 * What follows a key column's header on the column that goes on with its name (`Raison sociale` and
 * `Raison sociale 2`): a name too long for one cell, written over two (real: Maine-et-Loire's grants to
 * associations, `COMICE AGRICOLE CANTON` + `NOYANT` / `LION ANGERS` — 15 first halves each cover two or
 * three organisations). Read with the key as one name; compared as headers are (normalizeHeader), so `(suite)` is
 * `suite` too.
 */
export const NAME_CONTINUED: readonly string[] = [
  "2",
  "(suite)",
  "(cont.)",
  "continued",
  "line 2",
  "ligne 2",
  "Fortsetzung",
  "Zeile 2",
  "línea 2",
];

/**
 * What only a person has, of the Leadership columns: a sheet naming one of these beside `Name` lists
 * people, whatever else it names (an org chart with a website column is still an org chart).
 */
export const PERSON_COLUMNS: readonly ColumnSpec[] = [
  LEADERSHIP.col.title,
  LEADERSHIP.col.inGovernment,
  LEADERSHIP.col.role,
  LEADERSHIP.col.engagement,
  LEADERSHIP.col.lastContact,
];

/** The data tabs in workbook order. */
export const TABS: readonly TabSpec[] = [FOUNDATION, ASSETS, LEADERSHIP, PARTNERS];

export function tabByName(name: string): TabSpec | undefined {
  const wanted = name.trim().toLowerCase();
  return TABS.find((t) => t.name.toLowerCase() === wanted);
}
