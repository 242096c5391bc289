package app.receipts.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DatesTest {
  private static final LocalDate SEP_4 = LocalDate.of(2026, 9, 4);

  @Test
  void every_format_reads_the_same_whatever_the_server_locale() {
    Locale before = Locale.getDefault();
    for (Locale server : new Locale[] {Locale.US, Locale.UK, Locale.GERMANY, Locale.JAPAN}) {
      try {
        Locale.setDefault(server);
        assertEquals("Sep 4, 2026", Dates.day(SEP_4), server.toString());
        assertEquals("Fri Sep 4, 2026", Dates.dayWithWeekday(SEP_4), server.toString());
        assertEquals("Sep 4", Dates.monthDay(SEP_4), server.toString());
        assertEquals("Sep 2026", Dates.month(YearMonth.of(2026, 9)), server.toString());
        assertEquals(
            "Fri Sep 4 at 09:05",
            Dates.when(LocalDateTime.of(2026, 9, 4, 9, 5).atZone(ZoneId.of("Asia/Tokyo"))),
            server.toString());
        assertEquals("Friday", Dates.weekday(DayOfWeek.FRIDAY), server.toString());
      } finally {
        Locale.setDefault(before);
      }
    }
  }
}
