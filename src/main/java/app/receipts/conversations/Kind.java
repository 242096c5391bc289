package app.receipts.conversations;

import app.receipts.packet.Period;

/** The two conversations a packet of this feature prepares for. */
enum Kind {
  REBUTTAL("rebuttal", "Answering my review"),
  BONUS("bonus", "The case for a bonus");

  private final String word;
  private final String title;

  Kind(String word, String title) {
    this.word = word;
    this.title = title;
  }

  /** What follows {@code /win packet}, and the start of the files' names. */
  String word() {
    return word;
  }

  String title() {
    return title;
  }

  String fileName(Period period, String extension) {
    return word + "-" + period.slug() + "." + extension;
  }
}
