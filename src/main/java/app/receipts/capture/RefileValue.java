package app.receipts.capture;

import app.receipts.entries.Competency;
import app.receipts.entries.EntryIds;
import java.util.Optional;

/** The value of a re-file button: which win, and the competency to file it under. */
record RefileValue(long entryId, Competency competency) {
  String encode() {
    return entryId + " " + competency.id();
  }

  static Optional<RefileValue> decode(String value) {
    if (value == null || value.indexOf(' ') < 0) {
      return Optional.empty();
    }
    int space = value.indexOf(' ');
    Optional<Long> id = EntryIds.parse(value.substring(0, space));
    Optional<Competency> competency = Competency.fromId(value.substring(space + 1));
    return id.isPresent() && competency.isPresent()
        ? Optional.of(new RefileValue(id.get(), competency.get()))
        : Optional.empty();
  }
}
