/**
 * A mapping guessed from headers, checked against the column's data before it is used — where a
 * header alone misleads on real sheets. Each check is on a sample of the data rows (MARKS_SAMPLE
 * filled cells), so VALIDATE on 100k rows pays for 50 cells a column, not for the column. A mapping
 * made by hand is never checked here: it wins over any guess (SPEC "Mapping by hand"). Here the order
 * the checks run in; what they read in guessSample.ts, which column names the rows in guessedKeys.ts,
 * whether cells fit their column in guessedValues.ts, and lists that are no tab's in guessedLists.ts.
 */
import {
  codesAreNoNames,
  coFundersAreNoRecipient,
  contactEmails,
  meetingsAreNoRecords,
  officesAreTitles,
  oneSiteIsNoAssetName,
  ownerIsNoPartner,
  repeatedHeadersAreNoGuess,
  sentencesAreNoIds,
  sentencesAreNoTitles,
  subrecipientsFilled,
  vendorsOnEveryRow,
} from "./guessedKeys";
import {
  figuresBesideMarks,
  flagsAreNoText,
  listValuesFit,
  numbersFit,
  progressInWords,
  runningTotalsAreNoAmounts,
} from "./guessedValues";
import type { Guess, HeaderNames } from "./guessSample";
import type { Matrix } from "./types";

export function checkedAgainstData<G extends Guess>(matrix: Matrix, guess: G, names: HeaderNames): G {
  const checked = progressInWords(
    matrix,
    flagsAreNoText(
      matrix,
      numbersFit(
        matrix,
        listValuesFit(
          matrix,
          runningTotalsAreNoAmounts(matrix, oneSiteIsNoAssetName(matrix, figuresBesideMarks(matrix, guess))),
          names,
        ),
        names,
      ),
      names,
    ),
  );
  return meetingsAreNoRecords(
    officesAreTitles(
      matrix,
      contactEmails(
        matrix,
        subrecipientsFilled(
          matrix,
          vendorsOnEveryRow(
            matrix,
            repeatedHeadersAreNoGuess(
              matrix,
              codesAreNoNames(
                matrix,
                sentencesAreNoIds(
                  matrix,
                  sentencesAreNoTitles(
                    matrix,
                    coFundersAreNoRecipient(matrix, ownerIsNoPartner(matrix, checked, names)),
                  ),
                  names,
                ),
                names,
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
