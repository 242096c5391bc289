package app.receipts.capture;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.asBlocks;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.asContextElements;
import static com.slack.api.model.block.element.BlockElements.asElements;
import static com.slack.api.model.block.element.BlockElements.button;

import app.receipts.entries.Entry;
import app.receipts.entries.EntryFormat;
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
    blocks.add(section(s -> s.text(markdownText(heading + "\n" + quote))));
    blocks.add(context(c -> c.elements(asContextElements(markdownText(detail(entry))))));
    blocks.add(
        actions(
            a ->
                a.elements(
                    asElements(
                        button(
                            b ->
                                b.actionId(CaptureIds.EDIT_BUTTON)
                                    .text(plainText("Edit"))
                                    .value(Long.toString(entry.id()))),
                        button(
                            b ->
                                b.actionId(CaptureIds.UNDO_BUTTON)
                                    .text(plainText("Undo"))
                                    .style("danger")
                                    .value(Long.toString(entry.id())))))));
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
        + EntryFormat.date(entry.occurredOn());
  }

  public static List<LayoutBlock> list(List<Entry> entries, int total) {
    if (entries.isEmpty()) {
      return asBlocks(
          section(
              s ->
                  s.text(
                      markdownText(
                          "You have no entries yet. Log one with `/win <what you shipped>`."))));
    }
    // one section per entry: a long entry shortens its own links, never empties the list
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(
        section(
            s ->
                s.text(
                    markdownText("*Your last " + entries.size() + " of " + total + " entries*"))));
    for (Entry entry : entries) {
      String head =
          "`#"
              + entry.id()
              + "` "
              + (entry.kind() == Entry.Kind.PRAISE ? ":speech_balloon: " : "")
              + EntryFormat.line(entry, 300)
              + "\n      ";
      String line = head + EntryFormat.facts(entry, SlackLimits.SECTION_TEXT - head.length());
      blocks.add(section(s -> s.text(markdownText(line))));
    }
    blocks.add(
        context(
            c ->
                c.elements(
                    asContextElements(
                        markdownText("`/win edit <id>` or `/win delete <id>` to change one.")))));
    return blocks;
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ");
  }
}
