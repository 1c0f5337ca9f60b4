import { mapHeaders, summarizePartnerBlocks, type Matrix } from "../../src/core";
import { mappedIds } from "./mappedIds";

/**
 * A Russian subsidy register names its partner the subsidy's recipient (corpus round gn, real: Moscow's
 * subsidy register, `Получатель субсидии (гранта)` beside `Сумма субсидии (гранта) по договору
 * (соглашению) (руб.)`, exit 3 with its headers listed). Names and amounts invented; the headers and the
 * amounts' format (text, in roubles) copied.
 */
const REGISTER: Matrix = [
  [
    "Номер договора (соглашения)",
    "Дата договора (соглашения)",
    "Наименование проекта, на реализацию которого направлена субсидия (грант)",
    "Получатель субсидии (гранта)",
    "Начало действия договора (соглашения) субсидии (гранта)",
    "Конец действия договора (соглашения) субсидии (гранта)",
    "Сумма субсидии (гранта) по договору (соглашению) (руб.)",
    "global_id",
  ],
  [
    "1/2-3ан-18",
    "01.02.2018",
    "Поддержка экспорта",
    "АНО «Северный центр»",
    "01.02.2018",
    "30.04.2019",
    "4930874",
    "800000001",
  ],
  ["1/2-4те-18", "15.03.2018", "Форум", "Фонд развития «Восток»", "15.03.2018", "31.03.2019", "600000.50", "800000002"],
  [
    "1/2-5ин-15",
    "18.12.2015",
    "Оснащение центра",
    "АНО «Северный центр»",
    "18.12.2015",
    "18.12.2018",
    "56247",
    "800000003",
  ],
];

describe("a Russian or Ukrainian register's recipient of a subsidy or grant", () => {
  it("reads the recipient as Partner beside the subsidy's amount as Committed, in roubles", () => {
    const mapping = mapHeaders(REGISTER);
    expect(mapping.tab).toBe("Partners");
    expect(Object.fromEntries(mapping.columns.map((c) => [c.id, c.header]))).toEqual({
      partner: "Получатель субсидии (гранта)",
      startDate: "Начало действия договора (соглашения) субсидии (гранта)",
      endDate: "Конец действия договора (соглашения) субсидии (гранта)",
      committed: "Сумма субсидии (гранта) по договору (соглашению) (руб.)",
    });
    const summary = summarizePartnerBlocks([{ matrix: REGISTER, mapping }]);
    expect(summary.currency).toBe("RUB");
    expect(summary.total.committed).toBeCloseTo(5587121.5, 2);
    expect(summary.total.partners).toBe(2);
  });

  it("reads the Ukrainian words alike", () => {
    expect(mappedIds(["Одержувач субсидії", "Сума субсидії (грн)"])).toEqual({
      "Одержувач субсидії": "partner",
      "Сума субсидії (грн)": "committed",
    });
    expect(mappedIds(["Одержувач", "Сума гранту"])).toEqual({ Одержувач: "partner", "Сума гранту": "committed" });
    // A bare `Сумма` (amount) as the amount where nothing names it better, as `Total` is.
    expect(mappedIds(["Номер договора", "Получатель", "Сумма (руб.)"])).toEqual({
      Получатель: "partner",
      "Сумма (руб.)": "committed",
    });
    expect(mappedIds(["Получатель", "Сумма", "Сумма субсидии"])).toEqual({
      Получатель: "partner",
      "Сумма субсидии": "committed",
    });
  });
});
