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
        new String[] {
          "",
          "2026-H1",
          "Q3",
          "last 1 day",
          "2016-07-01..2026-06-30",
          "this quarter",
          "last quarter",
          "this year",
          "last year",
          "since june",
          "since Jun 15",
          "since 2026-06-15",
          "last 2 weeks",
          "nov",
          "november 2025",
          "2026-11",
          "last month"
        }) {
      Period period = parser.parse(typed, today);
      Period back = Period.fromButtonValue(period.buttonValue()).orElseThrow();
      assertEquals(period, back, typed);
    }
    assertEquals("2026-01-01..2026-06-30;2026-H1", parser.parse("2026-H1", today).buttonValue());
    assertEquals("2025-11", Period.fromButtonValue("2025-11-01..2025-11-30;2025-11").get().slug());
  }

  @Test
  void a_button_posted_before_periods_kept_their_slug_still_works() {
    Period period = Period.fromButtonValue("2026-01-01..2026-06-30").orElseThrow();
    assertEquals(LocalDate.of(2026, 1, 1), period.start());
    assertEquals(LocalDate.of(2026, 6, 30), period.end());
    assertEquals("2026-01-01_2026-06-30", period.slug());
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
        "2026-01-01..2026-06-30;",
        "2026-01-01..2026-06-30;../../etc/passwd",
        "2026-01-01..2026-06-30;a b",
        "2026-01-01..2026-06-30;x;y",
      })
  void anything_else_names_no_period(String value) {
    assertEquals(Optional.empty(), Period.fromButtonValue(value));
  }
}
