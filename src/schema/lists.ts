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

/** Words for a status that both status lists have (Completed, Active, Paused). */
const STATUS_WORDS = {
  Complete: "Completed",
  Done: "Completed",
  Finished: "Completed",
  "In progress": "Active",
  Ongoing: "Active",
  Underway: "Active",
  "On hold": "Paused",
  Suspended: "Paused",
  // Treasury's CARES Act reporting words (a helper's round, real: Rhode Island's project lists, each an
  // error): done, or under way at more or less than half.
  "Fully completed": "Completed",
  "Completed 50% or more": "Active",
  "Less than 50% completed": "Active",
  // Portuguese and Italian (corpus rounds fk and fm, real: Minas Gerais' works register, `Execução
  // concluída` on 426 contracts, `Andamento` on 160, `Paralisado` on 15, each an error; Italy's PA
  // digitale calls, `TERMINATO` on 57 of 57): done, under way, halted.
  "Execução concluída": "Completed",
  "Execucao concluida": "Completed",
  Concluída: "Completed",
  Concluida: "Completed",
  Concluído: "Completed",
  Concluido: "Completed",
  Terminato: "Completed",
  Terminata: "Completed",
  Concluso: "Completed",
  Conclusa: "Completed",
  Completato: "Completed",
  Andamento: "Active",
  "Em andamento": "Active",
  "Em execução": "Active",
  "Em execucao": "Active",
  "In corso": "Active",
  Paralisado: "Paused",
  Paralisada: "Paused",
  Suspenso: "Paused",
  Suspensa: "Paused",
  Sospeso: "Paused",
  Sospesa: "Paused",
} as const;

/**
 * List values in the users' own words (SPEC "Values as people write them"): each word is read as the
 * listed value it stands for, with one "use the listed spelling" warning per distinct word and
 * column. Compared ignoring case, spaces and punctuation. Only words that can mean one listed value
 * belong here: "Closed" is a partner's only (a grant closed out), not an initiative's.
 */
export const LIST_VOCABULARY: {
  readonly [L in ListId]?: Readonly<Record<string, (typeof LISTS)[L]["values"][number]>>;
} = {
  initiativeStatus: {
    ...STATUS_WORDS,
    Planning: "Defining",
    "In planning": "Defining",
    // A capital plan's and a strategic plan's words (real: UVA's capital plan, `Under Construction` on
    // 33 rows and `In Planning/Design` on 30; NC's strategic plan, `Not Started` on 86; Pittsburgh's
    // capital projects, `Planned` on 579): each an error per row before. Work not begun is planned,
    // defined: Ready to start.
    "Under construction": "Active",
    // A city's capital budget (a helper's round, real: Boston's, 113 rows each an error).
    "In construction": "Active",
    "Implementation underway": "Active",
    "Study underway": "Active",
    "In design": "Defining",
    "In planning/design": "Defining",
    "Planning/design": "Defining",
    "Not started": "Ready",
    "Not yet started": "Ready",
    "Not yet initiated": "Ready",
    Planned: "Ready",
    // Not started, in Portuguese (corpus round fm: Minas Gerais' works register's `A Iniciar`).
    "A iniciar": "Ready",
  },
  partnerStatus: {
    ...STATUS_WORDS,
    Current: "Active",
    "In negotiation": "Negotiating",
    "In discussion": "Negotiating",
    Prospective: "Prospect",
    Cancelled: "Withdrawn",
    Canceled: "Withdrawn",
    Terminated: "Withdrawn",
    // A university's proposals export (a helper's round, real: Colorado State's, `Funded` on 85 rows,
    // each an error): the sponsor agreed to fund it.
    Funded: "Agreed",
    // A recovery-fund project list's (a helper's round, real: Roanoke's ARPA projects, `Approved`).
    Approved: "Agreed",
    // A funder's grants list: a grant closed out is done (a helper's round, real: a foundation's 340
    // `Closed` grants beside 253 `Active`, each an error). A grant withdrawn is written so.
    Closed: "Completed",
    // A funder pipeline's stages (a helper's round, real: a coalition's funder list, `0.On our radar`,
    // `1. In conversation`, `2. Proposal submitted`, `5. Rejected`): a funder spotted, talks under way,
    // and one that said no.
    "On our radar": "Prospect",
    Identified: "Prospect",
    "In conversation": "Negotiating",
    "In conversations": "Negotiating",
    "Called or emailed": "Prospect",
    Contacted: "Prospect",
    "Proposal submitted": "Negotiating",
    "Application submitted": "Negotiating",
    Rejected: "Withdrawn",
    Declined: "Withdrawn",
    Skipped: "Withdrawn",
    "Not active / skipped": "Withdrawn",
    // And one still open is under way (a helper's round, real: a state's transit grants ledger,
    // `Open` on 2,694 rows each an error beside `Closed` read as Completed).
    Open: "Active",
    // A fundraising list's (a helper's round, real: Leeds 2023's partners, `Confirmed`, `Pending`,
    // `Pipeline`, each an error): a pledge confirmed is agreed; one pending a decision is still being
    // talked over; one in the pipeline is a prospect.
    Confirmed: "Agreed",
    Pending: "Negotiating",
    Pipeline: "Prospect",
    // The NYC Council's discretionary awards (a helper's round, real): an award whose organisation has
    // cleared the Council's vetting is agreed, its money to be registered — an error on every row of
    // a correct official file.
    Cleared: "Agreed",
    // An agreements register's words (a helper's round: MOUs and partnership agreements): an agreement
    // signed or executed is agreed; one awaiting signature is still being settled; one expired is over.
    Signed: "Agreed",
    Executed: "Agreed",
    "Fully executed": "Agreed",
    "Under negotiation": "Negotiating",
    "Pending signature": "Negotiating",
    Expired: "Completed",
    // A contracts register's (a helper's round, real: the ACT Government's and Toronto's): a contract
    // awarded is agreed; one renewed runs on.
    Awarded: "Agreed",
    Renewed: "Active",
    // A Brazilian partnership register's (corpus round fk, real: Minas Gerais', `Vigente`, `Encerrado`,
    // `Extinto`, `Rescindido` "values of its own"): an agreement in force, ended, extinguished, rescinded.
    // And the commonest Portuguese and Italian words for the same (done, under way, halted: STATUS_WORDS).
    Vigente: "Active",
    Encerrado: "Completed",
    Extinto: "Completed",
    Rescindido: "Withdrawn",
    Cancelado: "Withdrawn",
    Revocato: "Withdrawn",
    // Minas Gerais' works register (corpus round fm, real: `A Iniciar` on 10 contracts, `Distratado`,
    // each an error): a contract signed whose work has not begun is agreed; one ended by both parties'
    // agreement (a distrato) is withdrawn, as one rescinded is.
    "A iniciar": "Agreed",
    Distratado: "Withdrawn",
    Distratada: "Withdrawn",
  },
  sector: {
    NGO: "Nonprofit",
    "National NGO": "Nonprofit",
    "International NGO": "Nonprofit",
    "Local NGO": "Nonprofit",
    INGO: "Nonprofit",
    "Non-governmental organization": "Nonprofit",
    "Not-for-profit": "Nonprofit",
    "Not for profit": "Nonprofit",
    Charity: "Nonprofit",
    "Registered charity": "Nonprofit",
    "Unregistered charity": "Nonprofit",
    "Charitable incorporated organisation": "Nonprofit",
    "501(c)(3)": "Nonprofit",
    "Non profit organization": "Nonprofit",
    CBO: "Community-based",
    "Community based organization": "Community-based",
    "Community organization": "Community-based",
    Grassroots: "Community-based",
    Foundation: "Philanthropy",
    "Private foundation": "Philanthropy",
    "Community foundation": "Philanthropy",
    Philanthropic: "Philanthropy",
    Corporate: "Business",
    Corporation: "Business",
    Company: "Business",
    "For-profit": "Business",
    // The UK's and US's forms of company, charity, foundation and parish as a community directory and
    // funders' lists type them (a helper's round, real: Folkestone & Hythe's directory, `Private
    // Company` an error on 12 rows and a Sector row of its own beside Business).
    "Private company": "Business",
    "Private limited company": "Business",
    "Limited company": "Business",
    "Public limited company": "Business",
    "Company limited by shares": "Business",
    PLC: "Business",
    LLC: "Business",
    "Sole trader": "Business",
    "Parish council": "Government",
    "Community council": "Government",
    "Family foundation": "Philanthropy",
    "Corporate foundation": "Philanthropy",
    CIO: "Nonprofit",
    "Exempt charity": "Nonprofit",
    "Excepted charity": "Nonprofit",
    "Registered society": "Nonprofit",
    "Community benefit society": "Nonprofit",
    "Industrial and provident society": "Nonprofit",
    Academy: "Academic",
    // A state's training providers by control (a helper's round, real: Texas', `Private non-profit`,
    // `Private for-profit`, `Public`: "values of its own").
    "Private non-profit": "Nonprofit",
    "Private nonprofit": "Nonprofit",
    "Private not-for-profit": "Nonprofit",
    "Private for-profit": "Business",
    // Not a bare `Public`: a contract register's procurement types are `Public` and `Selected`.
    // Ireland's community grants by applicant type (a helper's round, real: the Community Enhancement
    // Programme's `Community Group`, `Third level college`).
    "Community group": "Community-based",
    "Voluntary group": "Community-based",
    "Third level college": "Academic",
    "Third level institution": "Academic",
    // A university's sponsor types (a helper's round, real: Colorado State's proposals, `INDUSTRY`
    // and `OTHER GOVERNMENT` errors and sectors of their own beside Government).
    Industry: "Business",
    // Legal forms as European registers give them (a helper's round, real: France's solidarity fund by
    // `Forme juridique`, 21 errors): associations and foundations, companies, public bodies.
    Association: "Nonprofit",
    "Association loi 1901": "Nonprofit",
    "Association loi 1901 ou assimilé": "Nonprofit",
    Verein: "Nonprofit",
    "Eingetragener Verein": "Nonprofit",
    Asociación: "Nonprofit",
    Associazione: "Nonprofit",
    Fondation: "Philanthropy",
    Stiftung: "Philanthropy",
    Fundación: "Philanthropy",
    Fondazione: "Philanthropy",
    "Entrepreneur individuel": "Business",
    Entreprise: "Business",
    Société: "Business",
    Unternehmen: "Business",
    Empresa: "Business",
    Commune: "Government",
    "Collectivité territoriale": "Government",
    "Etablissement public": "Government",
    Gemeinde: "Government",
    Ayuntamiento: "Government",
    "Other government": "Government",
    "Foreign government": "Government",
    "For profit": "Business",
    "Private sector": "Business",
    // 360Giving's organisation types (real: Sport England's awards).
    "Private sector company or business": "Business",
    "Other public sector statutory body": "Government",
    "Statutory body": "Government",
    "Local education authority": "Government",
    "Local education authority for a community school / college": "Government",
    // The rest of Sport England's types (a helper's round, real: 1,792 of its 2,434 awards in error, a
    // charitable company an error beside `Charity` read as Nonprofit): clubs, schools, companies
    // limited by guarantee (the UK's form for charities and not-for-profits).
    "Company limited by guarantee": "Nonprofit",
    "Company (limited by guarantee)": "Nonprofit",
    "Company limited by guarantee with charitable status": "Nonprofit",
    "Community amateur sports club": "Community-based",
    "Formally constituted club, association or trust": "Community-based",
    "Community sports network": "Community-based",
    "Voluntary aided or controlled school": "Academic",
    "Foundation school or college": "Academic",
    "Academy school": "Academic",
    "Schools, colleges, universities": "Academic",
    // The Grand Bargain's signatory types (a helper's round, real: `Regional NGO` an error beside
    // `National NGO` read as Nonprofit).
    "Regional NGO": "Nonprofit",
    "Other public sector": "Government",
    "Institute of higher education (including universities)": "Academic",
    "Institute of further education": "Academic",
    // And the standard's own codelist as funders' files write it (a helper's round, real: a theatre
    // foundation's 475 grants, 151 to schools and 9 to public bodies).
    "School/Educational establishment": "Academic",
    "Educational establishment": "Academic",
    School: "Academic",
    "Public body": "Government",
    "Unincorporated association": "Community-based",
    // A charitable trust, and a community interest company (asset-locked, for a community's benefit),
    // as 360Giving types them (the same theatre foundation's: each an error on a clean file).
    Trust: "Nonprofit",
    "Charitable trust": "Nonprofit",
    CIC: "Nonprofit",
    "Community interest company": "Nonprofit",
    "Research institute": "Academic",
    // Australia's medical research institutes, as NHMRC's grants type them (a helper's round, real).
    MRI: "Academic",
    "Medical research institute": "Academic",
    "Research institutes": "Academic",
    University: "Academic",
    College: "Academic",
    "Higher education": "Academic",
    // A state's training providers (a helper's round, real: Texas' `Institution Type`, 3,685 rows).
    "Higher Ed -majority of credentials awarded are associates degrees": "Academic",
    "Higher Ed -majority of credentials awarded are baccalaureate or higher degrees": "Academic",
    "Higher Ed -majority of credentials awarded are Community college certificate of completion": "Academic",
    "Research institution": "Academic",
    // A humanities funder's grantee types (real: NEH's `OrganizationType`).
    "Four-year college": "Academic",
    "Two-year college": "Academic",
    "Community college": "Academic",
    "Center for advanced study/research institute": "Academic",
    "Philanthropic foundation": "Philanthropy",
    "State/local/federal government": "Government",
    "Community-level organization": "Community-based",
    City: "Government",
    County: "Government",
    State: "Government",
    Federal: "Government",
    Municipal: "Government",
    "Local government": "Government",
    "Public sector": "Government",
    "Government agency": "Government",
    "Public agency": "Government",
    // UK local government, as a partnership list names it (real: an organisations list's Type column).
    Council: "Government",
    "City council": "Government",
    "County council": "Government",
    "District council": "Government",
    "Borough council": "Government",
    "Town council": "Government",
    "Local authority": "Government",
    "Combined authority": "Government",
    "Police and crime commissioner": "Government",
    // US recipient types (real: a federal rental-assistance allocation list).
    "State/DC": "Government",
    "State government": "Government",
    "Territorial government": "Government",
    Territory: "Government",
    "Tribal government": "Government",
    Tribe: "Government",
    Municipality: "Government",
    Township: "Government",
    // The UK's classes of public body (real: the Cabinet Office's public bodies directory).
    "Ministerial department": "Government",
    "Non-ministerial department": "Government",
    "Executive agency": "Government",
    "Executive NDPB": "Government",
    "Advisory NDPB": "Government",
    "Tribunal NDPB": "Government",
    "Crown NDPB": "Government",
    "Public corporation": "Government",
    // The federal award systems' recipient types, as Treasury's relief-fund reports and USAspending
    // write them (a helper's round, real: Rhode Island's CARES Act subrecipients, 589 rows in error).
    "Small business": "Business",
    "For-profit organization (other than small business)": "Business",
    "Nonprofit with 501C3 IRS status (other than IHE)": "Nonprofit",
    "Nonprofit without 501C3 IRS status (other than IHE)": "Nonprofit",
    "Nonprofit with 501C3 IRS status (other than institution of higher education)": "Nonprofit",
    "Nonprofit without 501C3 IRS status (other than institution of higher education)": "Nonprofit",
    "City or township government": "Government",
    "County government": "Government",
    "Special district government": "Government",
    "Native American tribal government (federally recognized)": "Government",
    "Native American tribal government (other than federally recognized)": "Government",
    "Public/Indian housing authority": "Government",
    "Independent school district": "Academic",
    "Private institution of higher education": "Academic",
    "Public/State controlled institution of higher education": "Academic",
    "Public/state-controlled institution of higher education": "Academic",
    // As USAspending's downloads spell them in `business_types_description` (a helper's round, real:
    // FEMA's grants to California, 131 rows in error once mapped as Sector).
    "Nonprofit with 501C3 IRS status (other than an institution of higher education)": "Nonprofit",
    "Nonprofit without 501C3 IRS status (other than an institution of higher education)": "Nonprofit",
    "Indian/Native American tribal government (federally-recognized)": "Government",
    "Indian/Native American tribal government (other than federally-recognized)": "Government",
    // A state's potential partner organisations (a helper's round, real: Vermont's, 254 of 263 rows in
    // error for kinds of nonprofit, agency, library and school district).
    "Statewide nonprofit": "Nonprofit",
    "Local nonprofit": "Nonprofit",
    "Regional nonprofit": "Nonprofit",
    "National nonprofit": "Nonprofit",
    "State agency": "Government",
    "Federal agency": "Government",
    "City agency": "Government",
    "County agency": "Government",
    "Municipal rec": "Government",
    "Municipal recreation": "Government",
    "Public library": "Government",
    Library: "Government",
    "School district": "Academic",
    "School District / Supervisory Union": "Academic",
    "Supervisory union": "Academic",
  },
  contribution: {
    Grant: "Funding",
    Cash: "Funding",
    Financial: "Funding",
    Money: "Funding",
    "In kind": "In-kind",
    Volunteers: "Services",
    "Technical assistance": "Expertise",
  },
  assetCategory: {
    Building: "Infrastructure",
    Buildings: "Infrastructure",
    Facility: "Infrastructure",
    Facilities: "Infrastructure",
    "Land and buildings": "Infrastructure",
    // A council's infrastructure register names each network by its kind (corpus round gn D5, real: a
    // city's Lucity asset export, Road, Water Pipeline, Streetlight, Bridge, Sewer Line: "not read as
    // Category", and mapped by hand, "values of its own, none of them the tracker's").
    Road: "Infrastructure",
    Roads: "Infrastructure",
    Street: "Infrastructure",
    Bridge: "Infrastructure",
    Bridges: "Infrastructure",
    Streetlight: "Infrastructure",
    Streetlights: "Infrastructure",
    "Street light": "Infrastructure",
    "Traffic signal": "Infrastructure",
    Sidewalk: "Infrastructure",
    Footpath: "Infrastructure",
    "Water main": "Infrastructure",
    "Water pipeline": "Infrastructure",
    "Sewer line": "Infrastructure",
    "Sewer main": "Infrastructure",
    Sewer: "Infrastructure",
    "Storm drain": "Infrastructure",
    Culvert: "Infrastructure",
    "Pump station": "Infrastructure",
    Park: "Land",
    Parks: "Land",
    "Vacant lot": "Land",
    Vehicle: "Equipment",
    Vehicles: "Equipment",
    Fleet: "Equipment",
    // A property's or a depot's register files its plant by the accountants' word (corpus round jo D7,
    // real: an Australian property's register, CNC, Compressor, Edgebander under `Machinery`, 4 errors
    // "expected one of …, Equipment, …" while `Buildings` beside it was read as Infrastructure).
    Machinery: "Equipment",
    Machines: "Equipment",
    "Plant and machinery": "Equipment",
    Personnel: "Staff",
    People: "Staff",
    Cash: "Financial",
    Funds: "Financial",
    IT: "Data & technology",
    Technology: "Data & technology",
    Data: "Data & technology",
    Software: "Data & technology",
  },
  leadershipEngagement: {
    Occasionally: "Occasional",
    Sometimes: "Occasional",
    Dormant: "Inactive",
  },
};

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
