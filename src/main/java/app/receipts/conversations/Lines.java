package app.receipts.conversations;

import app.receipts.slack.SlackText;
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

  /** The index of the first item over {@code max} characters as Slack counts them, else -1. */
  static int firstLongerThan(List<String> items, int max) {
    for (int i = 0; i < items.size(); i++) {
      if (SlackText.characters(items.get(i)) > max) {
        return i;
      }
    }
    return -1;
  }
}
