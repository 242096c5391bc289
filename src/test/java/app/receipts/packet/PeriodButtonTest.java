package app.receipts.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The Try again and Build my packet buttons carry their period as "start..end". */
class PeriodButtonTest {
  @Test
  void a_period_round_trips_through_its_button_value() {
    LocalDate today = LocalDate.of(2026, 8, 15);
    PeriodParser parser = new PeriodParser();
    for (String typed :
        new String[] {"", "2026-H1", "Q3", "last 1 day", "2016-07-01..2026-06-30"}) {
      Period period = parser.parse(typed, today);
      Period back = Period.fromButtonValue(period.buttonValue()).orElseThrow();
      assertEquals(period.start(), back.start(), typed);
      assertEquals(period.end(), back.end(), typed);
      assertEquals(period.label(), back.label(), typed);
    }
    assertEquals("2026-01-01..2026-06-30", parser.parse("2026-H1", today).buttonValue());
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "..",
        "2026-01-01",
        "2026-01-01..",
        "..2026-06-30",
        "2026-06-30..2026-01-01",
        "2026-01-01..2026-06-30..2026-12-31",
        "2026-01-01...2026-06-30",
        "2026-02-30..2026-06-30",
        "log",
      })
  void anything_else_names_no_period(String value) {
    assertEquals(Optional.empty(), Period.fromButtonValue(value));
  }
}
