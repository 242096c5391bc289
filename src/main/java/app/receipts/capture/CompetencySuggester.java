package app.receipts.capture;

public final class CompetencySuggester {
  public Competency suggest(String text) {
    return Competency.DELIVERY;
  }
}
