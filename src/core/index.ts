/**
 * The pure core: header mapping, coercion, the rule engine, cross-tab checks, summaries and the
 * Summary sheet's figures. No Office.js here: the custom functions, task pane and command line all
 * call these with plain matrices.
 */
export * from "./types";
export { isoToSerial, serialToIso, todaySerial, ymdToSerial } from "./excelDate";
export { coerceDate, dateProblem, MAX_DATE_SERIAL } from "./dateCells";
export { coerceNumber, lastAmountCurrency } from "./amountCells";
export {
  coerceText,
  coerceYesNo,
  formatDate,
  formatAmount,
  formatDollars,
  formatNumber,
  isEmail,
  type YesNo,
} from "./coerce";
export { scaleWords } from "./currencyWords";
export { isBlank, isBlankRow, isExcelError, isPlaceholder, normalizeHeader, normalizeKey, trimCaseKey } from "./text";
export { mapHeaders, resolveTab } from "./headers";
export { matchHeader } from "./headerMatch";
export { HEADER_SCAN_ROWS } from "./headerRowReading";
export { looksLikeData } from "./dataSigns";
export { UNHEADED_FIRST_COLUMN } from "./noHeaderMessage";
export { ON_ITS_SIDE } from "./onItsSide";
export { PEOPLE_COUNTED } from "./peopleCounts";
export { FINANCIAL_STATEMENT } from "./financialStatement";
export { besideMapping, IGNORED_COLUMN, saysIgnore } from "./ignoredColumns";
export {
  DOOR_WORDING,
  DOORS,
  inDoorWords,
  mapSheetPrefix,
  phrase,
  SUMMARY_WORDS,
  type Door,
  type PhraseKey,
  type SummaryWords,
} from "./doorWording";
export { mappingFromPairs, pairsOfRange } from "./mappingByHand";
export { mappingName, repeatAt, repeatedHeaderName } from "./repeatedHeaders";
export { mappedNameCompanions, nameCompanions, namePart } from "./nameParts";
export { otherYearOf, otherYearsOf } from "./headerYears";
export { matchList, type PlainRow } from "./rows";
export { countIssues, readBesideMapping, validateRange, type ValidateOptions, type ValidationResult } from "./validate";
export {
  blockOfPairs,
  mapBlockByPairs,
  mapBlocks,
  splitBlocks,
  validateBlocks,
  type Block,
  type BlockResult,
  type MappedBlock,
} from "./blocks";
export { areaAddress, pivotLeftOut, withoutPivots, type PivotArea } from "./pivots";
export { isTotalLabel, type LeftOutKind, type LeftOutRow } from "./notData";
export { rulesFor, type Rule } from "./rules";
export { crossCheck, type CrossCheckOptions, type TrackerTables } from "./rules/crossTab";
export {
  BLANK_GROUP,
  concentration,
  resolveGroupBy,
  summarizePartnerBlocks,
  summarizePartners,
  SUMMARY_GROUP_COLUMNS,
  TOTAL_LABEL,
  UNSAID_CURRENCY,
} from "./summaries";
export type { PartnerBlock, PartnerGroupRow, PartnerSummary } from "./partnerSummary";
export { assetGaps, GAP_COLUMNS, type AssetGapRow } from "./assetGaps";
export { committedUnmapped, MONEY_HEADER } from "./figureColumns";
export { readiness, readinessChecks, readinessScore, READY_ENGAGEMENT_LEVELS, type ReadinessInputs } from "./readiness";
export { summaryFigures, type SummaryFigures } from "./figures";
export {
  trackerPicture,
  type GapPicture,
  type GroupPicture,
  type InitiativePicture,
  type PictureOptions,
  type TrackerPicture,
} from "./picture";
export {
  errorsFirst,
  groupProblems,
  groupsByValue,
  groupWords,
  problemReading,
  withoutAdvice,
  adviceIn,
  problemValueKey,
  hasCertainFix,
  MAX_VALUES_PER_COLUMN,
  type Problem,
  type ProblemOptions,
} from "./problems";
export {
  gapsToSpill,
  ISSUE_HEADER,
  issuesToSpill,
  MAX_SPILLED_ISSUES,
  PROBLEM_HEADER,
  problemsToSpill,
  summaryToSpill,
  TAB_ISSUE_HEADER,
  tabIssuesToSpill,
  type Spill,
  type SpillCell,
} from "./spill";
