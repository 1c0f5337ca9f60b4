/**
 * The dropdown lists of the tracker (SPEC.md). Each list lives as a column on the hidden `Lists`
 * sheet and as a workbook name (`rangeName`), because inline validation lists are capped at 255
 * characters and a named range lets every tool (add-in, xlsx writer, LibreOffice) share one source.
 */
export interface ListSpec {
  /** Header of the list's column on the `Lists` sheet. */
  readonly title: string;
  /** Workbook-level defined name that points at the list values. */
  readonly rangeName: string;
  /** The values, in the order users see them in the dropdown. */
  readonly values: readonly string[];
}

function list(title: string, rangeName: string, values: readonly string[]): ListSpec {
  return { title, rangeName, values };
}

export const LISTS = {
  yesNo: list("Yes/No", "lstYesNo", ["Yes", "No"]),
  /** The IAP2 spectrum of public participation, weakest to strongest. */
  engagement: list("Community engagement", "lstEngagement", ["Inform", "Consult", "Involve", "Collaborate", "Empower"]),
  initiativeStatus: list("Initiative status", "lstInitiativeStatus", [
    "Defining",
    "Ready",
    "Active",
    "Completed",
    "Paused",
  ]),
  assetCategory: list("Asset category", "lstAssetCategory", [
    "Infrastructure",
    "Land",
    "Financial",
    "Staff",
    "Expertise",
    "Equipment",
    "Data & technology",
  ]),
  assetKind: list("Asset kind", "lstAssetKind", ["Tangible", "Expertise"]),
  sector: list("Sector", "lstSector", [
    "Government",
    "Nonprofit",
    "Business",
    "Philanthropy",
    "Community-based",
    "Academic",
  ]),
  leadershipRole: list("Leadership role", "lstLeadershipRole", [
    "Catalyst",
    "Champion",
    "Deputized lead",
    "Partnership manager",
    "Advisor",
  ]),
  leadershipEngagement: list("Leader engagement", "lstLeaderEngagement", ["Active", "Occasional", "Inactive"]),
  focusArea: list("Focus area", "lstFocusArea", [
    "Technology access",
    "Food supply",
    "Financial assistance",
    "Vaccine distribution",
    "Public health",
    "Public space & recreation",
    "Transportation",
    "Housing",
    "Workforce",
    "Other",
  ]),
  contribution: list("Contribution", "lstContribution", ["Funding", "In-kind", "Services", "Expertise", "Data"]),
  partnerStatus: list("Partner status", "lstPartnerStatus", [
    "Prospect",
    "Negotiating",
    "Agreed",
    "Active",
    "Completed",
    "Paused",
    "Withdrawn",
  ]),
} as const satisfies Record<string, ListSpec>;

export type ListId = keyof typeof LISTS;

/**
 * Asset categories that are expertise rather than tangible resources (the article: "tangible
 * resources, such as infrastructure, land, financial assets, and staff, as well as assets related
 * to expertise and relevant technical skills"). Drives the derived `Kind` column.
 */
export const EXPERTISE_CATEGORIES: readonly string[] = ["Expertise", "Data & technology"];

export function kindOfCategory(category: string): "Tangible" | "Expertise" {
  return EXPERTISE_CATEGORIES.includes(category) ? "Expertise" : "Tangible";
}

/** Community engagement at or beyond this IAP2 level counts towards readiness. */
export const READY_ENGAGEMENT_FROM = "Consult";
