package app.receipts.capture;

import app.receipts.entries.EntryIds;
import java.util.Optional;

/**
 * The value of a pin menu option: "pin:12", "unpin:12", "leave-out:12" or "include:12". App Home's
 * entry menu shares the "verb:id" shape, so one menu holds these beside its Edit and Delete.
 */
public record PinValue(PinChoice choice, long entryId) {
  public String encode() {
    return choice.wire() + ":" + entryId;
  }

  /** Empty for anything that is not a pin choice on an entry id (Home's "edit:12", garbage). */
  public static Optional<PinValue> decode(String value) {
    if (value == null || value.indexOf(':') < 0) {
      return Optional.empty();
    }
    int colon = value.indexOf(':');
    Optional<PinChoice> choice = PinChoice.fromWire(value.substring(0, colon));
    Optional<Long> id = EntryIds.parse(value.substring(colon + 1));
    return choice.isPresent() && id.isPresent()
        ? Optional.of(new PinValue(choice.get(), id.get()))
        : Optional.empty();
  }
}
