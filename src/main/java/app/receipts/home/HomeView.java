package app.receipts.home;

import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.overflowMenu;

import app.receipts.capture.Pins;
import app.receipts.conversations.ConversationIds;
import app.receipts.entries.Competency;
import app.receipts.entries.Entry;
import app.receipts.entries.EntryFormat;
import app.receipts.slack.BlockKit;
import app.receipts.slack.SlackLimits;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;

/** App Home as a pure function of a {@link HomePage}: inside 100 blocks and 3000-char sections. */
final class HomeView {
  private static final int BAR_WIDTH = 12;

  private HomeView() {}

  /**
   * What App Home shows once forget-me has run: nothing of the person, no schedule (their reminders
   * went too), and how to start again.
   */
  static View forgotten() {
    return View.builder()
        .type("home")
        .blocks(
            List.of(
                header(h -> h.text(plainText("Your receipts"))),
                BlockKit.text(
                    ":wastebasket: Receipts keeps nothing about you in this workspace any more:"
                        + " your wins, praise, reminders and packet history were deleted at your"
                        + " request. `/win <what you shipped>` starts again from nothing.")))
        .build();
  }

  static View render(HomePage page) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(header(h -> h.text(plainText("Your receipts"))));
    blocks.add(
        BlockKit.buttons(
            BlockKit.primary(HomeIds.LOG_WIN, "Log a win", "log"),
            BlockKit.button(HomeIds.BUILD_PACKET, "Build review packet", "packet"),
            BlockKit.button(ConversationIds.OPEN_REBUTTAL, "Answer a review", "rebuttal"),
            BlockKit.button(ConversationIds.OPEN_BONUS, "Ask for a bonus", "bonus"),
            BlockKit.button(HomeIds.REMINDER_SETTINGS, "Reminder settings", "remind")));
    blocks.add(BlockKit.text(counts(page)));
    blocks.add(BlockKit.note(":alarm_clock: Reminders: " + page.reminders()));
    blocks.add(divider());
    if (page.entries().isEmpty()) {
      blocks.add(
          BlockKit.text(
              "Nothing here yet. Log your first win with *Log a win* or `/win <what you"
                  + " shipped>`, or keep a teammate's praise with the *Save as evidence*"
                  + " message shortcut."));
    }
    for (Entry entry : page.entries()) {
      blocks.add(section(s -> s.text(markdownText(line(entry))).accessory(menu(entry))));
      blocks.add(BlockKit.note(facts(entry)));
    }
    List<BlockElement> paging = new ArrayList<>();
    if (page.hasNewer()) {
      paging.add(BlockKit.button(HomeIds.NEWER, "← Newer", Integer.toString(page.page() - 1)));
    }
    if (page.hasOlder()) {
      paging.add(BlockKit.button(HomeIds.OLDER, "Older →", Integer.toString(page.page() + 1)));
    }
    if (!paging.isEmpty()) {
      int first = page.page() * HomePage.PAGE_SIZE + 1;
      int last = first + page.entries().size() - 1;
      blocks.add(BlockKit.note("Entries " + first + "–" + last + " of " + page.totalEntries()));
      blocks.add(BlockKit.buttons(paging));
    }
    return View.builder().type("home").blocks(blocks).build();
  }

  private static String line(Entry entry) {
    String icon = entry.kind() == Entry.Kind.PRAISE ? ":speech_balloon: " : ":trophy: ";
    String text = EntryFormat.line(entry, 600);
    return icon + "`#" + entry.id() + "` " + text;
  }

  /** The pin state first, where it is seen; room is left for it inside one text object. */
  private static String facts(Entry entry) {
    String state = Pins.state(entry);
    if (state.isEmpty()) {
      return EntryFormat.facts(entry);
    }
    return state + " · " + EntryFormat.facts(entry, SlackLimits.TEXT_OBJECT - state.length() - 3);
  }

  /** Edit (praise: its note and competency), the two pin choices, Delete: within Slack's five. */
  private static BlockElement menu(Entry entry) {
    List<OptionObject> options = new ArrayList<>();
    options.add(option(plainText("Edit"), "edit:" + entry.id()));
    options.addAll(Pins.options(entry));
    options.add(option(plainText("Delete"), "delete:" + entry.id()));
    return overflowMenu(o -> o.actionId(HomeIds.ENTRY_MENU).options(options));
  }

  static String counts(HomePage page) {
    StringBuilder text =
        new StringBuilder("*This quarter (" + page.quarterLabel() + ")* · *All time*\n```");
    int max = page.allTime().values().stream().mapToInt(Integer::intValue).max().orElse(0);
    for (Competency competency : Competency.values()) {
      int quarter = page.thisQuarter().getOrDefault(competency, 0);
      int all = page.allTime().getOrDefault(competency, 0);
      int width = max == 0 ? 0 : (int) Math.round((double) all * BAR_WIDTH / max);
      text.append(
          String.format(
              "%-23s %3d  %4d %s%n", competency.label(), quarter, all, "▇".repeat(width)));
    }
    return text.append("```").toString();
  }
}
