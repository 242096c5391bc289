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
  private static final String SLUG_SEPARATOR = ";";

  /** What a file name may hold of a period: letters, digits, '-' and '_'. */
  private static final Pattern SAFE_SLUG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");

  public Period {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(slug, "slug");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("end " + end + " is before start " + start);
    }
    if (!SAFE_SLUG.matcher(slug).matches()) {
      throw new IllegalArgumentException("unsafe slug " + slug);
    }
  }

  /** A period whose slug is its two ISO dates, for ranges that have no shorter name. */
  public static Period between(LocalDate start, LocalDate end) {
    return named(start, end, start + "_" + end);
  }

  public static Period named(LocalDate start, LocalDate end, String slug) {
    return new Period(start, end, label(start, end), slug);
  }

  /**
   * What a button asking for this period again carries: "2026-01-01..2026-06-30;2026-H1", the slug
   * kept so the files are named as they were the first time.
   */
  public String buttonValue() {
    return start + BUTTON_SEPARATOR + end + SLUG_SEPARATOR + slug;
  }

  /** The period a {@link #buttonValue} names, with or without its slug; empty for anything else. */
  public static Optional<Period> fromButtonValue(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String[] withSlug = value.split(SLUG_SEPARATOR, -1);
    String[] parts = withSlug[0].split(Pattern.quote(BUTTON_SEPARATOR), -1);
    if (parts.length != 2 || withSlug.length > 2) {
      return Optional.empty();
    }
    try {
      LocalDate start = LocalDate.parse(parts[0]);
      LocalDate end = LocalDate.parse(parts[1]);
      return Optional.of(
          withSlug.length == 2 ? named(start, end, withSlug[1]) : between(start, end));
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
