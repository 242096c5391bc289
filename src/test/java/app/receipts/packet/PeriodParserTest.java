package app.receipts.packet;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
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
        "2026-01..2026-03;2026-01-01;2026-03-31;2026-01-01_2026-03-31;Jan 1 – Mar 31, 2026",
        "from 2026-02-01 to 2026-04-30;2026-02-01;2026-04-30;2026-02-01_2026-04-30;Feb 1 – Apr 30, 2026",
        "between 2026-01 and 2026-02;2026-01-01;2026-02-28;2026-01-01_2026-02-28;Jan 1 – Feb 28, 2026",
        "this quarter;2026-07-01;2026-08-15;2026-Q3;Jul 1 – Aug 15, 2026",
        "Last Quarter;2026-04-01;2026-06-30;2026-Q2;Apr 1 – Jun 30, 2026",
        "previous quarter;2026-04-01;2026-06-30;2026-Q2;Apr 1 – Jun 30, 2026",
        "this year;2026-01-01;2026-08-15;2026;Jan 1 – Aug 15, 2026",
        "last year;2025-01-01;2025-12-31;2025;Jan 1 – Dec 31, 2025",
        "this month;2026-08-01;2026-08-15;2026-08;Aug 1 – Aug 15, 2026",
        "last month;2026-07-01;2026-07-31;2026-07;Jul 1 – Jul 31, 2026",
        "since june;2026-06-01;2026-08-15;2026-06-01_2026-08-15;Jun 1 – Aug 15, 2026",
        "since Jun 15;2026-06-15;2026-08-15;2026-06-15_2026-08-15;Jun 15 – Aug 15, 2026",
        "since 15 June;2026-06-15;2026-08-15;2026-06-15_2026-08-15;Jun 15 – Aug 15, 2026",
        "since june 15th;2026-06-15;2026-08-15;2026-06-15_2026-08-15;Jun 15 – Aug 15, 2026",
        "since 2026-06-15;2026-06-15;2026-08-15;2026-06-15_2026-08-15;Jun 15 – Aug 15, 2026",
        "since 2026-03;2026-03-01;2026-08-15;2026-03-01_2026-08-15;Mar 1 – Aug 15, 2026",
        "since nov;2025-11-01;2026-08-15;2025-11-01_2026-08-15;Nov 1, 2025 – Aug 15, 2026",
        "since Sep 3;2025-09-03;2026-08-15;2025-09-03_2026-08-15;Sep 3, 2025 – Aug 15, 2026",
        "since june 2025;2025-06-01;2026-08-15;2025-06-01_2026-08-15;Jun 1, 2025 – Aug 15, 2026",
        "since Jun 15, 2025;2025-06-15;2026-08-15;2025-06-15_2026-08-15;Jun 15, 2025 – Aug 15, 2026",
        "last 2 weeks;2026-08-02;2026-08-15;2026-08-02_2026-08-15;Aug 2 – Aug 15, 2026",
        "past 1 week;2026-08-09;2026-08-15;2026-08-09_2026-08-15;Aug 9 – Aug 15, 2026",
        "last 3 months;2026-05-16;2026-08-15;2026-05-16_2026-08-15;May 16 – Aug 15, 2026",
        "last 2 years;2024-08-16;2026-08-15;2024-08-16_2026-08-15;Aug 16, 2024 – Aug 15, 2026",
        "nov;2025-11-01;2025-11-30;2025-11;Nov 1 – Nov 30, 2025",
        "November;2025-11-01;2025-11-30;2025-11;Nov 1 – Nov 30, 2025",
        "november 2025;2025-11-01;2025-11-30;2025-11;Nov 1 – Nov 30, 2025",
        "Nov. 2026;2026-11-01;2026-11-30;2026-11;Nov 1 – Nov 30, 2026",
        "sept;2025-09-01;2025-09-30;2025-09;Sep 1 – Sep 30, 2025",
        "aug;2026-08-01;2026-08-31;2026-08;Aug 1 – Aug 31, 2026",
        "Jan;2026-01-01;2026-01-31;2026-01;Jan 1 – Jan 31, 2026",
        "2026-11;2026-11-01;2026-11-30;2026-11;Nov 1 – Nov 30, 2026",
        "2026-2;2026-02-01;2026-02-28;2026-02;Feb 1 – Feb 28, 2026",
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

  @ParameterizedTest(name = "on {0}, \"{1}\" is {2}..{3}")
  @CsvSource(
      delimiter = ';',
      value = {
        "2026-01-01;last quarter;2025-10-01;2025-12-31",
        "2026-01-01;this quarter;2026-01-01;2026-01-01",
        "2026-03-31;this quarter;2026-01-01;2026-03-31",
        "2026-04-01;last quarter;2026-01-01;2026-03-31",
        "2026-01-15;last month;2025-12-01;2025-12-31",
        "2026-01-15;dec;2025-12-01;2025-12-31",
        "2026-01-15;since december;2025-12-01;2026-01-15",
        "2026-06-14;since jun 15;2025-06-15;2026-06-14",
        "2026-06-15;since jun 15;2026-06-15;2026-06-15",
        "2024-03-31;last month;2024-02-01;2024-02-29",
      })
  void relative_periods_count_from_the_day_given(
      LocalDate today, String text, LocalDate start, LocalDate end) {
    Period period = parser.parse(text, today);
    assertEquals(start, period.start(), "start");
    assertEquals(end, period.end(), "end");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "this quarter",
        "last quarter",
        "this year",
        "since june",
        "since Jun 15",
        "last 2 weeks",
        "nov",
        "november 2025",
        "2026-11",
        "2026-01..2026-03",
        "last month"
      })
  void every_slug_is_safe_for_a_file_name(String text) {
    assertTrue(parser.parse(text, TODAY).slug().matches("[A-Za-z0-9_-]+"));
  }

  static java.util.stream.Stream<Arguments> badInputs() {
    return java.util.stream.Stream.of(
        Arguments.of("2026-13-01", "not a real date", "`since 2026-06-15`"),
        Arguments.of("2026-02-30..2026-03-01", "not a real date", "`2026-01-01..2026-06-30`"),
        Arguments.of("2026-06-01", "single day", "`since 2026-06-15`"),
        Arguments.of(
            "2026-06-30..2026-01-01",
            "ends (2026-01-01) before it starts (2026-06-30)",
            "`2026-01-01..2026-06-30`"),
        Arguments.of("2026-01-01..", "couldn't read", "`2026-11`"),
        Arguments.of("..", "couldn't read", "`last quarter`"),
        Arguments.of("Q5", "no quarter Q5", "`2026-Q3`"),
        Arguments.of("2026-Q0", "no quarter Q0", "`this quarter`"),
        Arguments.of("H3", "couldn't read", "`2026-H2`"),
        Arguments.of("1999-H1", "year 1999 is out of range", "`H1`"),
        Arguments.of("last 0 days", "between 1 and 3660 days", "`last 90 days`"),
        Arguments.of("last 99999 days", "between 1 and 3660 days", "`last 2 weeks`"),
        Arguments.of("last 0 months", "between 1 and 120 months", "`last 2 months`"),
        Arguments.of("last 600 weeks", "between 1 and 522 weeks", "`last 2 weeks`"),
        Arguments.of("last 3 fortnights", "couldn't read", "`last 3 weeks`"),
        Arguments.of("last semester", "couldn't read", "`last quarter`"),
        Arguments.of("2000-01-01..2026-01-01", "longer than 10 years", "`2026-Q3`"),
        Arguments.of("2026-13", "no month 13", "`2026-11`"),
        Arguments.of("novemeber", "couldn't read “novemeber”", "`nov`, `november 2026`"),
        Arguments.of("Setpember 2025", "couldn't read", "`sep`, `september 2026`"),
        Arguments.of("since junee", "as a day or month", "`since june`, `since Jun 15`"),
        Arguments.of("since 2026-09-01", "after today", "`since 2026-06-15`"),
        Arguments.of("since Feb 30", "no Feb 30", "`since february`"),
        Arguments.of("since 2012-01-01", "more than 10 years ago", "`since june`"),
        Arguments.of("next sprint", "couldn't read “next sprint”", "`last 2 weeks`"),
        Arguments.of("<!channel> 2026", "couldn't read", "`since june`"),
        Arguments.of("a".repeat(100_000), "too long", "`last quarter`"));
  }

  @ParameterizedTest(name = "rejects \"{0}\"")
  @MethodSource("badInputs")
  void rejects_bad_input_with_examples_close_to_what_was_typed(
      String text, String problem, String examples) {
    PeriodFormatException error =
        assertThrows(PeriodFormatException.class, () -> parser.parse(text, TODAY));
    String message = error.getMessage();
    assertTrue(message.contains(problem), () -> "message was: " + message);
    assertTrue(message.contains(examples), () -> "message was: " + message);
    assertTrue(message.length() < 400, () -> "message too long: " + message.length());
  }

  @Test
  void every_example_offered_is_itself_a_period() {
    for (String typed :
        new String[] {
          "since junee",
          "last 3 fortnights",
          "Q5",
          "H3",
          "novemeber",
          "2026-13",
          "next sprint",
          "what"
        }) {
      String message =
          assertThrows(PeriodFormatException.class, () -> parser.parse(typed, TODAY)).getMessage();
      java.util.regex.Matcher example =
          java.util.regex.Pattern.compile("`([^`]+)`").matcher(message);
      while (example.find()) {
        String offered = example.group(1);
        assertDoesNotThrow(() -> parser.parse(offered, TODAY), offered + " offered for " + typed);
      }
    }
  }
}
