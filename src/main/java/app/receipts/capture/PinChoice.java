package app.receipts.capture;

import java.util.Optional;

/** What one option of a pin menu does to an entry; {@code wire} is its name in option values. */
public enum PinChoice {
  PIN("pin", "📌 Pin as a highlight"),
  UNPIN("unpin", "Unpin"),
  LEAVE_OUT("leave-out", "Leave out of packets"),
  INCLUDE("include", "Include in packets again");

  private final String wire;
  private final String label;

  PinChoice(String wire, String label) {
    this.wire = wire;
    this.label = label;
  }

  String wire() {
    return wire;
  }

  String label() {
    return label;
  }

  static Optional<PinChoice> fromWire(String wire) {
    for (PinChoice choice : values()) {
      if (choice.wire.equals(wire)) {
        return Optional.of(choice);
      }
    }
    return Optional.empty();
  }
}
