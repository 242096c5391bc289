package app.receipts.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.receipts.people.SlackStatus;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AwayStatusTest {
  private static final Instant NOW = Instant.parse("2026-06-19T20:00:00Z");

  @ParameterizedTest(name = "{0} \"{1}\" → away {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        ":palm_tree: | Vacationing | true",
        ":palm_tree: | '' | true",
        "'' | On vacation until Monday | true",
        "'' | OOO | true",
        "'' | ooo till the 3rd | true",
        "'' | Out of office | true",
        "'' | out of the office, back on Tuesday | true",
        ":face_with_thermometer: | Out sick | true",
        "'' | Sick | true",
        "'' | Parental leave | true",
        "'' | On leave | true",
        "'' | Public holiday | true",
        "'' | Holidays! | true",
        "'' | PTO | true",
        "'' | Away | true",
        ":airplane: | '' | true",
        ":spiral_calendar_pad: | In a meeting | false",
        ":house_with_garden: | Working remotely | false",
        ":bus: | Commuting | false",
        "'' | Focusing on the importer | false",
        "'' | photoshoot | false",
        "'' | '' | false",
      })
  void a_status_that_does_not_expire(String emoji, String text, boolean away) {
    assertEquals(away, AwayStatus.away(new SlackStatus(emoji, text, 0), NOW));
  }

  @ParameterizedTest(name = "expiring {0} s from now → away {1}")
  @CsvSource({"3600, true", "1, true", "0, false", "-60, false"})
  void an_expired_status_says_nothing(long fromNow, boolean away) {
    long expiration = NOW.getEpochSecond() + fromNow;

    assertEquals(
        away, AwayStatus.away(new SlackStatus(":palm_tree:", "Vacationing", expiration), NOW));
  }
}
