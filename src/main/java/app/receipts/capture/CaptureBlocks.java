package app.receipts.capture;

import static com.slack.api.model.block.Blocks.asBlocks;

import app.receipts.entries.Competency;
import app.receipts.entries.Entry;
import app.receipts.entries.EntryFormat;
import app.receipts.slack.BlockKit;
import app.receipts.slack.Dates;
import app.receipts.slack.Mrkdwn;
import app.receipts.slack.SlackLimits;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import java.util.ArrayList;
import java.util.List;

/** What the user sees in Slack right after saving, and in /win list. */
public final class CaptureBlocks {
  private CaptureBlocks() {}

  public static String savedText(Entry entry) {
    return "Saved your win #" + entry.id() + ".";
  }

  public static List<LayoutBlock> saved(Entry entry, boolean updated) {
    return saved(entry, updated, List.of());
  }

  /**
   * {@code alternatives} non-empty: the competency was a guess, so the ack says so and offers the
   * likely others as one-click re-files.
   */
  static List<LayoutBlock> saved(Entry entry, boolean updated, List<Competency> alternatives) {
    return saved(entry, updated, alternatives, false);
  }

  /** {@code fixableMetric}: the metric shown was read from the text, so it offers Fix metric. */
  static List<LayoutBlock> saved(
      Entry entry, boolean updated, List<Competency> alternatives, boolean fixableMetric) {
    String heading =
        updated
            ? ":pencil2: *Updated win #" + entry.id() + "*"
            : ":white_check_mark: *Saved win #" + entry.id() + "*";
    List<LayoutBlock> blocks = new ArrayList<>();
    String quote = EntryFormat.quote(entry, SlackLimits.SECTION_TEXT - heading.length() - 1);
    blocks.add(Pins.withMenu(BlockKit.text(heading + "\n" + quote), Pins.ACK_MENU, entry));
    boolean guess = !alternatives.isEmpty();
    blocks.add(BlockKit.note(detail(entry, guess)));
    if (guess) {
      List<BlockElement> refiles = new ArrayList<>();
      for (Competency alternative : alternatives.subList(0, Math.min(3, alternatives.size()))) {
        refiles.add(
            BlockKit.button(
                CaptureIds.REFILE_PREFIX + alternative.id(),
                alternative.label(),
                new RefileValue(entry.id(), alternative).encode()));
      }
      blocks.add(BlockKit.buttons(refiles));
    }
    List<BlockElement> actions = new ArrayList<>();
    actions.add(BlockKit.button(CaptureIds.EDIT_BUTTON, "Edit", Long.toString(entry.id())));
    if (fixableMetric && entry.hasMetric()) {
      actions.add(
          BlockKit.button(CaptureIds.FIX_METRIC_BUTTON, "Fix metric", Long.toString(entry.id())));
    }
    if (!updated && asSaved(entry)) {
      // Undo takes back a save; under an update it would delete the win the person just changed
      // (and the delete refuses a win changed since: the button and the query agree)
      actions.add(BlockKit.danger(CaptureIds.UNDO_BUTTON, "Undo", Long.toString(entry.id())));
    }
    blocks.add(BlockKit.buttons(actions));
    return blocks;
  }

  /** Never changed since it was saved: what Undo may still take back. */
  static boolean asSaved(Entry entry) {
    return entry.updatedAt() == null || entry.updatedAt().equals(entry.createdAt());
  }

  /** "win #42" or "saved praise #42": what /win delete names in its question and its answer. */
  static String deletable(Entry entry) {
    return (entry.kind() == Entry.Kind.PRAISE ? "saved praise #" : "win #") + entry.id();
  }

  /**
   * /win delete asks first: the entry quoted, so a mistyped id shows the wrong win before anything
   * is gone, with Delete and Keep.
   */
  static List<LayoutBlock> deleteQuestion(Entry entry) {
    String heading = ":wastebasket: *Delete " + deletable(entry) + "?*";
    String quote = EntryFormat.quote(entry, SlackLimits.SECTION_TEXT - heading.length() - 1);
    String value = Long.toString(entry.id());
    return asBlocks(
        BlockKit.text(heading + "\n" + quote),
        BlockKit.note(
            "Deleting can't be undone: it leaves your history, your packets and your exports."),
        BlockKit.buttons(
            BlockKit.danger(CaptureIds.DELETE_CONFIRM, "Delete it", value),
            BlockKit.button(CaptureIds.DELETE_KEEP, "Keep it", value)));
  }

  private static String detail(Entry entry, boolean guess) {
    String metric =
        entry.hasMetric()
            ? "Metric: *" + Mrkdwn.escape(entry.metric()) + "*"
            : "No metric found: numbers (before → after, %, x) make a win stronger";
    String competency =
        guess
            ? " · Filed under *" + entry.competency().label() + "* — a guess"
            : " · Competency: *" + entry.competency().label() + "*";
    String pin = Pins.state(entry).isEmpty() ? "" : " · " + Pins.state(entry);
    return metric + competency + " · " + Dates.day(entry.occurredOn()) + pin;
  }

  public static List<LayoutBlock> list(List<Entry> entries, int total) {
    if (entries.isEmpty()) {
      return asBlocks(
          BlockKit.text("You have no entries yet. Log one with `/win <what you shipped>`."));
    }
    // one section per entry: a long entry shortens its own links, never empties the list
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(BlockKit.text("*Your last " + entries.size() + " of " + total + " entries*"));
    for (Entry entry : entries) {
      String head =
          "`#"
              + entry.id()
              + "` "
              + (entry.kind() == Entry.Kind.PRAISE ? ":speech_balloon: " : "")
              + EntryFormat.line(entry, 300)
              + "\n      "
              + (Pins.state(entry).isEmpty() ? "" : Pins.state(entry) + " · ");
      String line = head + EntryFormat.facts(entry, SlackLimits.SECTION_TEXT - head.length());
      blocks.add(Pins.withMenu(BlockKit.text(line), Pins.LIST_MENU, entry));
    }
    blocks.add(
        BlockKit.note(
            "`/win edit <id>` or `/win delete <id>` to change one; its ⋯ menu pins it or leaves"
                + " it out of packets."));
    return blocks;
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ");
  }
}
