import { mappingFromPairs, summarizePartners, type Cell } from "../../src/core";
import { listedNames } from "../../src/core/text";

/**
 * A Russian organisation's name wrapped over lines before its quotes open: its legal form written out
 * (`ЗАКРЫТОЕ АКЦИОНЕРНОЕ⏎ОБЩЕСТВО`), then its quoted name (corpus round gn, real: Moscow's subsidy
 * register, after D7 one cell still said to "list several names"). Names and amounts invented.
 */
describe("a name's legal form written out on lines of its own", () => {
  it("is read with the quoted name after it as one name", () => {
    for (const cell of [
      "ЗАКРЫТОЕ АКЦИОНЕРНОЕ\nОБЩЕСТВО\n«НАУЧНО-\nПРОИЗВОДСТВЕННЫЙ\nЦЕНТР «ПРИМЕР»",
      "АКЦИОНЕРНОЕ ОБЩЕСТВО\n«МОСКОВСКИЙ ЦЕНТР\nПРИМЕРОВ»",
      "ОБЩЕСТВО С\nОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ «АЛЬФА»",
      "РЕГИОНАЛЬНОЕ ОБЪЕДИНЕНИЕ РАБОТОДАТЕЛЕЙ\n«МОСКОВСКАЯ КОНФЕДЕРАЦИЯ ПРИМЕРОВ»",
      "ТОВАРИСТВО З ОБМЕЖЕНОЮ\nВІДПОВІДАЛЬНІСТЮ «ПРИКЛАД»",
    ])
      expect(listedNames(cell)).toEqual([cell.replace(/\n/g, " ")]);
  });

  it("leaves names each quoted on their lines, and names without quotes, a list", () => {
    expect(listedNames("ООО «Альфа»\nООО «Бета»\nООО «Гамма»")).toHaveLength(3);
    expect(listedNames("Фонд Альфа\nФонд Бета\nФонд Гамма")).toHaveLength(3);
  });

  it("is no list of several names in the summary", () => {
    const register: Cell[][] = [
      ["Номер договора", "Получатель", "Сумма (руб.)"],
      ["1/A-18", "ЗАКРЫТОЕ АКЦИОНЕРНОЕ\nОБЩЕСТВО\n«НАУЧНО-\nПРОИЗВОДСТВЕННЫЙ\nЦЕНТР «ПРИМЕР»", 1000000],
      ["2/B-18", "ООО «Бета»", 50000],
    ];
    const mapping = mappingFromPairs(register, "Partners", [
      ["Получатель", "Partner"],
      ["Сумма (руб.)", "Committed"],
    ]);
    const summary = summarizePartners(register, null, mapping);
    expect(summary.total.partners).toBe(2);
    expect([summary.nameLists, summary.nameListAs]).toEqual([0, ""]);
  });
});
