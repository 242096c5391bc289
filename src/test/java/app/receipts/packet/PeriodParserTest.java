package app.receipts.packet;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PeriodParserTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 8, 15);
  private final PeriodParser parser = new PeriodParser();

  @ParameterizedTest(name = "\"{0}\" is {1}..{2}")
  @CsvSource(
      delimiter = ';',
      ignoreLeadingAndTrailingWhitespace = false,
      value = {
        "'';2026-02-16;2026-08-15;2026-02-16_2026-08-15;Feb 16 – Aug 15, 2026",
        "'   ';2026-02-16;2026-08-15;2026-02-16_2026-08-15;Feb 16 – Aug 15, 2026",
        "last 6 months;2026-02-16;2026-08-15;2026-02-16_2026-08-15;Feb 16 – Aug 15, 2026",
        "2026-H1;2026-01-01;2026-06-30;2026-H1;Jan 1 – Jun 30, 2026",
        "2026-h2;2026-07-01;2026-12-31;2026-H2;Jul 1 – Dec 31, 2026",
        "H1;2026-01-01;2026-06-30;2026-H1;Jan 1 – Jun 30, 2026",
        "2025 H2;2025-07-01;2025-12-31;2025-H2;Jul 1 – Dec 31, 2025",
        "Q1;2026-01-01;2026-03-31;2026-Q1;Jan 1 – Mar 31, 2026",
        "q2;2026-04-01;2026-06-30;2026-Q2;Apr 1 – Jun 30, 2026",
        "Q3;2026-07-01;2026-09-30;2026-Q3;Jul 1 – Sep 30, 2026",
        "Q4;2026-10-01;2026-12-31;2026-Q4;Oct 1 – Dec 31, 2026",
        "2026-Q3;2026-07-01;2026-09-30;2026-Q3;Jul 1 – Sep 30, 2026",
        "2025q4;2025-10-01;2025-12-31;2025-Q4;Oct 1 – Dec 31, 2025",
        "2025;2025-01-01;2025-12-31;2025;Jan 1 – Dec 31, 2025",
        "last 90 days;2026-05-18;2026-08-15;2026-05-18_2026-08-15;May 18 – Aug 15, 2026",
        "  Last   90   Days ;2026-05-18;2026-08-15;2026-05-18_2026-08-15;May 18 – Aug 15, 2026",
        "last 1 day;2026-08-15;2026-08-15;2026-08-15_2026-08-15;Aug 15, 2026",
        "past 365 days;2025-08-16;2026-08-15;2025-08-16_2026-08-15;Aug 16, 2025 – Aug 15, 2026",
        "2026-01-01..2026-06-30;2026-01-01;2026-06-30;2026-01-01_2026-06-30;Jan 1 – Jun 30, 2026",
        "2025-11-01 .. 2026-01-31;2025-11-01;2026-01-31;2025-11-01_2026-01-31;Nov 1, 2025 – Jan 31, 2026",
        "2026-3-1 to 2026-3-31;2026-03-01;2026-03-31;2026-03-01_2026-03-31;Mar 1 – Mar 31, 2026",
        "2024-02-29..2024-02-29;2024-02-29;2024-02-29;2024-02-29_2024-02-29;Feb 29, 2024",
      })
  void parses_supported_forms(
      String text, LocalDate start, LocalDate end, String slug, String label) {
    Period period = parser.parse(text, TODAY);
    assertAll(
        () -> assertEquals(start, period.start(), "start"),
        () -> assertEquals(end, period.end(), "end"),
        () -> assertEquals(slug, period.slug(), "slug"),
        () -> assertEquals(label, period.label(), "label"));
  }

  static java.util.stream.Stream<Arguments> badInputs() {
    return java.util.stream.Stream.of(
        Arguments.of("2026-13-01", "not a real date"),
        Arguments.of("2026-02-30..2026-03-01", "not a real date"),
        Arguments.of("2026-06-01", "single day"),
        Arguments.of("2026-06-30..2026-01-01", "ends (2026-01-01) before it starts (2026-06-30)"),
        Arguments.of("2026-01-01..", "couldn't read"),
        Arguments.of("..", "couldn't read"),
        Arguments.of("Q5", "no quarter Q5"),
        Arguments.of("2026-Q0", "no quarter Q0"),
        Arguments.of("H3", "couldn't read"),
        Arguments.of("1999-H1", "year 1999 is out of range"),
        Arguments.of("last 0 days", "between 1 and 3660 days"),
        Arguments.of("last 99999 days", "between 1 and 3660 days"),
        Arguments.of("last 0 months", "between 1 and 120 months"),
        Arguments.of("2000-01-01..2026-01-01", "longer than 10 years"),
        Arguments.of("next sprint", "couldn't read “next sprint”"),
        Arguments.of("<!channel> 2026", "couldn't read"),
        Arguments.of("a".repeat(100_000), "too long"));
  }

  @ParameterizedTest(name = "rejects \"{0}\"")
  @MethodSource("badInputs")
  void rejects_bad_input_with_a_message_listing_examples(String text, String problem) {
    PeriodFormatException error =
        assertThrows(PeriodFormatException.class, () -> parser.parse(text, TODAY));
    String message = error.getMessage();
    assertTrue(message.contains(problem), () -> "message was: " + message);
    assertTrue(message.contains("`2026-H1`") && message.contains("`last 90 days`"), message);
    assertTrue(message.length() < 400, () -> "message too long: " + message.length());
  }
}
