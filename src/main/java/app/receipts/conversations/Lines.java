package app.receipts.conversations;

import java.util.ArrayList;
import java.util.List;

/** A multi-line modal field as the list it stands for: one item a line, blank lines dropped. */
final class Lines {
  private Lines() {}

  static List<String> of(String text) {
    List<String> lines = new ArrayList<>();
    if (text == null) {
      return lines;
    }
    for (String line : text.split("\\R")) {
      String item = line.strip().replaceFirst("^(?:[-*•]|\\d{1,2}[.)])\\s+", "").strip();
      if (!item.isEmpty()) {
        lines.add(item);
      }
    }
    return lines;
  }
}
