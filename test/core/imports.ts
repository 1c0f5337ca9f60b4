export { SAMPLE_DATA, TABS, FOUNDATION, ASSETS, LEADERSHIP, PARTNERS, LISTS, type TabName } from "../../src/schema";
export { isoToSerial } from "../../src/core/excelDate";
