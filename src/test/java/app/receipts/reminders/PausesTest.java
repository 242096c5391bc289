package app.receipts.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.slack.UserFacingException;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PausesTest {
  private static final LocalDate TODAY = LocalDate.parse("2026-06-15");

  @ParameterizedTest(name = "pause \"{0}\" → until {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "until 2027-01-05 | 2027-01-05",
        "till 2026-07-01 | 2026-07-01",
        "2 weeks | 2026-06-29",
        "a week | 2026-06-22",
        "for 10 days | 2026-06-25",
        "1 month | 2026-07-15",
        "'' | 2026-06-29",
      })
  void pauses(String text, String until) {
    assertEquals(LocalDate.parse(until), Pauses.until(text, TODAY));
  }

  @ParameterizedTest(name = "pause \"{0}\" is refused")
  @CsvSource(
      delimiter = '|',
      value = {
        "until someday | not a date",
        "until 2026-06-15 | after today",
        "until 2028-01-01 | more than a year",
        "0 days | at least one day",
        "2 fortnights | didn't understand",
        "until <!channel> | &lt;!channel&gt;",
      })
  void bad_pauses_get_pause_examples(String text, String expected) {
    UserFacingException error =
        assertThrows(UserFacingException.class, () -> Pauses.until(text, TODAY));

    assertTrue(error.getMessage().contains(expected), error.getMessage());
    assertTrue(error.getMessage().contains("/win remind pause until 2027-01-05"));
  }
}
