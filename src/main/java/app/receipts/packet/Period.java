package app.receipts.packet;

import app.receipts.slack.Dates;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** An inclusive range of days a packet covers, with a human label and a file-name slug. */
public record Period(LocalDate start, LocalDate end, String label, String slug) {
  private static final String BUTTON_SEPARATOR = "..";

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

  /** What a button asking for this period again carries: "2026-01-01..2026-06-30". */
  public String buttonValue() {
    return start + BUTTON_SEPARATOR + end;
  }

  /** The period a {@link #buttonValue} names; empty for anything else. */
  public static Optional<Period> fromButtonValue(String value) {
    String[] parts =
        value == null ? new String[0] : value.split(Pattern.quote(BUTTON_SEPARATOR), -1);
    if (parts.length != 2) {
      return Optional.empty();
    }
    try {
      return Optional.of(between(LocalDate.parse(parts[0]), LocalDate.parse(parts[1])));
    } catch (DateTimeParseException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  static String label(LocalDate start, LocalDate end) {
    if (start.equals(end)) {
      return Dates.day(start);
    }
    String from = start.getYear() == end.getYear() ? Dates.monthDay(start) : Dates.day(start);
    return from + " – " + Dates.day(end);
  }
}
