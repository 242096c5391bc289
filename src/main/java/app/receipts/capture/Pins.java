package app.receipts.capture;

import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.overflowMenu;

import app.receipts.entries.Entry;
import app.receipts.entries.EntryService;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.OptionObject;
import java.util.List;
import java.util.Optional;

/**
 * Pinning an entry (always a highlight in the person's packets) and leaving it out of packets, from
 * the /win ack, /win list and App Home: the menu options an entry's state offers, what its state
 * reads as, and the change itself, always on the clicking person's own entry.
 */
public final class Pins {
  /** The menu on a /win ack; its answer redraws the ack. */
  static final String ACK_MENU = "win-pin-menu";

  /** The menu on each /win list row; its answer redraws the list. */
  static final String LIST_MENU = "win-list-pin-menu";

  public static final String NOT_YOURS =
      "That entry was removed, or it isn't yours to pin or leave out. `/win list` shows yours.";

  private final EntryService entries;

  Pins(EntryService entries) {
    this.entries = entries;
  }

  /** The choice applied to the person's own entry; empty when it is not theirs or is gone. */
  public Optional<Entry> apply(String teamId, String userId, PinValue value) {
    long id = value.entryId();
    return switch (value.choice()) {
      case PIN -> entries.pin(teamId, userId, id, true);
      case UNPIN -> entries.pin(teamId, userId, id, false);
      case LEAVE_OUT -> entries.leaveOut(teamId, userId, id, true);
      case INCLUDE -> entries.leaveOut(teamId, userId, id, false);
    };
  }

  /** The two choices the entry's state offers: pin or unpin, leave out or include again. */
  public static List<OptionObject> options(Entry entry) {
    PinChoice pin = entry.pinned() ? PinChoice.UNPIN : PinChoice.PIN;
    PinChoice leave = entry.leftOut() ? PinChoice.INCLUDE : PinChoice.LEAVE_OUT;
    return List.of(menuOption(pin, entry), menuOption(leave, entry));
  }

  private static OptionObject menuOption(PinChoice choice, Entry entry) {
    return option(plainText(choice.label()), new PinValue(choice, entry.id()).encode());
  }

  /** The section with a pin menu for the entry as its accessory. */
  static SectionBlock withMenu(SectionBlock section, String actionId, Entry entry) {
    section.setAccessory(overflowMenu(o -> o.actionId(actionId).options(options(entry))));
    return section;
  }

  /** The state as mrkdwn, or "" when the entry is neither pinned nor left out. */
  public static String state(Entry entry) {
    if (entry.pinned()) {
      return ":pushpin: Pinned";
    }
    return entry.leftOut() ? "Left out of packets" : "";
  }

  /** What a choice did, told to the person who made it. */
  public static String done(PinChoice choice, Entry entry) {
    String which = "#" + entry.id();
    return switch (choice) {
      case PIN -> ":pushpin: Pinned " + which + ": it is always a highlight in your packets.";
      case UNPIN -> "Unpinned " + which + ": packets rank it with the rest again.";
      case LEAVE_OUT ->
          "Left " + which + " out of your packets. It stays in your list and App Home.";
      case INCLUDE -> which + " is back in your packets.";
    };
  }
}
