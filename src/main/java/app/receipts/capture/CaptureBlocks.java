package app.receipts.capture;

import static com.slack.api.model.block.Blocks.asBlocks;

import app.receipts.entries.Entry;
import app.receipts.entries.EntryFormat;
import app.receipts.slack.BlockKit;
import app.receipts.slack.Dates;
import app.receipts.slack.Mrkdwn;
import app.receipts.slack.SlackLimits;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;

/** What the user sees in Slack right after saving, and in /win list. */
public final class CaptureBlocks {
  private CaptureBlocks() {}

  public static String savedText(Entry entry) {
    return "Saved your win #" + entry.id() + ".";
  }

  public static List<LayoutBlock> saved(Entry entry, boolean updated) {
    String heading =
        updated
            ? ":pencil2: *Updated win #" + entry.id() + "*"
            : ":white_check_mark: *Saved win #" + entry.id() + "*";
    List<LayoutBlock> blocks = new ArrayList<>();
    String quote = EntryFormat.quote(entry, SlackLimits.SECTION_TEXT - heading.length() - 1);
    blocks.add(BlockKit.text(heading + "\n" + quote));
    blocks.add(BlockKit.note(detail(entry)));
    blocks.add(
        BlockKit.buttons(
            BlockKit.button(CaptureIds.EDIT_BUTTON, "Edit", Long.toString(entry.id())),
            BlockKit.danger(CaptureIds.UNDO_BUTTON, "Undo", Long.toString(entry.id()))));
    return blocks;
  }

  private static String detail(Entry entry) {
    String metric =
        entry.hasMetric()
            ? "Metric: *" + Mrkdwn.escape(entry.metric()) + "*"
            : "No metric found: numbers (before → after, %, x) make a win stronger";
    return metric
        + " · Competency: *"
        + entry.competency().label()
        + "* · "
        + Dates.day(entry.occurredOn());
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
              + "\n      ";
      String line = head + EntryFormat.facts(entry, SlackLimits.SECTION_TEXT - head.length());
      blocks.add(BlockKit.text(line));
    }
    blocks.add(BlockKit.note("`/win edit <id>` or `/win delete <id>` to change one."));
    return blocks;
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ");
  }
}
