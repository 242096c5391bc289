package app.receipts.entries;

import java.util.Optional;

/** Entry ids as users and buttons send them: "12" or "#12". */
public final class EntryIds {
  private EntryIds() {}

  public static Optional<Long> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String digits = raw.strip().replaceFirst("^#", "");
    if (!digits.matches("\\d{1,18}")) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(digits));
  }
}
