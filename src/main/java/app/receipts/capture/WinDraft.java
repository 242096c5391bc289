package app.receipts.capture;

import app.receipts.entries.Competency;
import java.time.LocalDate;
import java.util.List;

/** What a user typed for a win, before validation. Null fields were left empty. */
public record WinDraft(
    String text,
    String impact,
    String metric,
    Competency competency,
    List<String> links,
    LocalDate occurredOn) {

  public WinDraft {
    text = blankToNull(text);
    impact = blankToNull(impact);
    metric = blankToNull(metric);
    links = links == null ? List.of() : List.copyOf(links);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
