package app.receipts.packet;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/** An inclusive range of days a packet covers, with a human label and a file-name slug. */
public record Period(LocalDate start, LocalDate end, String label, String slug) {

  private static final DateTimeFormatter MONTH_DAY =
      DateTimeFormatter.ofPattern("MMM d", Locale.US);
  private static final DateTimeFormatter FULL =
      DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

  public Period {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(slug, "slug");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("end " + end + " is before start " + start);
    }
  }

  /** A period whose slug is its two ISO dates, for ranges that have no shorter name. */
  public static Period between(LocalDate start, LocalDate end) {
    return named(start, end, start + "_" + end);
  }

  public static Period named(LocalDate start, LocalDate end, String slug) {
    return new Period(start, end, label(start, end), slug);
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  static String label(LocalDate start, LocalDate end) {
    if (start.equals(end)) {
      return FULL.format(start);
    }
    String from = start.getYear() == end.getYear() ? MONTH_DAY.format(start) : FULL.format(start);
    return from + " – " + FULL.format(end);
  }
}
