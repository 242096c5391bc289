package app.receipts.packet;

import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import app.receipts.capture.CaptureIds;
import app.receipts.entries.Competency;
import app.receipts.entries.Entry;
import app.receipts.slack.BlockKit;
import app.receipts.slack.Mrkdwn;
import app.receipts.slack.SlackMarkup;
import app.receipts.slack.SlackText;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * The packet summary sent as a DM: counts, the top highlights and why, the largest gap, coverage in
 * a few lines, the wins that lack a number (each with Add metric) and the files. The evidence
 * itself travels in the files, so the whole message stays short enough to read at a glance.
 */
final class PacketBlocks {

  /** All the text the message shows, as sent (escaped), which is at least what Slack displays. */
  static final int MAX_TEXT = 1_500;

  static final int TOP_HIGHLIGHTS = 3;

  /** Add metric buttons: one section each, well inside a message's 50 blocks. */
  static final int MAX_ADD_METRIC = 5;

  static final String ADD_METRIC = "Add metric";

  static final String ANSWER_A_REVIEW = "Answer a review";
  static final String ASK_FOR_A_BONUS = "Ask for a bonus";
  private static final String NEXT_CONVERSATIONS = ANSWER_A_REVIEW + ASK_FOR_A_BONUS;

  private static final int HIGHLIGHT_CHARS = 80;
  private static final int REASON_CHARS = 70;
  private static final int UNMEASURED_CHARS = 60;

  List<LayoutBlock> render(Packet packet) {
    List<LayoutBlock> blocks = new ArrayList<>();
    int[] used = {0};
    String title = SlackText.fit("Review packet · " + packet.period().label(), 150, "");
    used[0] += title.length();
    blocks.add(header(h -> h.text(plainText(title, true))));
    add(blocks, used, intro(packet));
    add(blocks, used, highlights(packet));
    add(blocks, used, gap(packet));
    add(blocks, used, coverage(packet));
    String files =
        "Below: `"
            + packet.fileName("md")
            + "` to paste and `"
            + packet.fileName("pdf")
            + "` to print, with every entry and your self-review draft.";
    unmeasured(
        blocks, used, packet, MAX_TEXT - used[0] - files.length() - NEXT_CONVERSATIONS.length());
    blocks.add(BlockKit.note(files));
    // the other two conversations a packet prepares for, one click from the self-review's
    blocks.add(
        BlockKit.buttons(
            BlockKit.button(PacketIds.OPEN_REBUTTAL, ANSWER_A_REVIEW, "rebuttal"),
            BlockKit.button(PacketIds.OPEN_BONUS, ASK_FOR_A_BONUS, "bonus")));
    return blocks;
  }

  private static void add(List<LayoutBlock> blocks, int[] used, String mrkdwn) {
    used[0] += mrkdwn.length();
    blocks.add(BlockKit.text(mrkdwn));
  }

  private static String intro(Packet packet) {
    String who = Mrkdwn.escape(Mrkdwn.truncate(PacketText.oneLine(packet.userDisplayName()), 60));
    return (who.isEmpty() ? "Your" : "*" + who + "*, your")
        + " evidence for *"
        + packet.period().label()
        + "*: "
        + MarkdownPacketRenderer.plural(packet.winCount(), "win", "wins")
        + " and "
        + packet.praiseCount()
        + " praise.";
  }

  private static String highlights(Packet packet) {
    StringBuilder text = new StringBuilder("*Top highlights*");
    if (packet.highlights().isEmpty()) {
      return text.append("\n_Nothing logged in this period yet._").toString();
    }
    int rank = 1;
    for (Entry entry : packet.highlights()) {
      if (rank > TOP_HIGHLIGHTS) {
        break;
      }
      text.append('\n')
          .append(rank++)
          .append(". ")
          .append(what(packet, entry))
          .append(" — _")
          .append(SlackText.escaped(packet.reason(entry), REASON_CHARS))
          .append('_');
    }
    return text.toString();
  }

  private static String what(Packet packet, Entry entry) {
    if (entry.kind() == Entry.Kind.PRAISE) {
      String words = SlackMarkup.live(PacketText.oneLine(entry.text()));
      return "“" + SlackText.fit(words, HIGHLIGHT_CHARS, "") + "”";
    }
    return SlackText.escaped(Clauses.clause(entry.text()), HIGHLIGHT_CHARS);
  }

  private static String gap(Packet packet) {
    if (packet.gaps().isEmpty()) {
      return "*No gaps*: every competency holds at least half its rubric weight of the evidence.";
    }
    Packet.Gap gap = packet.gaps().get(0);
    String more =
        packet.gaps().size() == 1
            ? ""
            : " _(" + (packet.gaps().size() - 1) + " more in the packet)_";
    return "*Largest gap*: *"
        + gap.competency().label()
        + "*, "
        + Coverage.figure(packet.coverage().share(gap.competency()))
        + ". "
        + Mrkdwn.escape(gap.suggestion())
        + more;
  }

  /** "Code quality 4% of 25% · gap" per line; the recency figure when it is lopsided. */
  private static String coverage(Packet packet) {
    Coverage coverage = packet.coverage();
    StringBuilder text = new StringBuilder("*Coverage* (share of evidence · rubric weight)");
    for (Competency competency : Competency.values()) {
      Coverage.Share share = coverage.share(competency);
      text.append("\n`")
          .append(competency.label())
          .append("` ")
          .append(Math.round(share.percent()))
          .append("% · ")
          .append(competency.weightPercent())
          .append('%')
          .append(share.gap() ? " · *gap*" : "");
    }
    if (!coverage.recencyAdvice().isEmpty()) {
      String recency = coverage.recencyFigure("it");
      text.append("\nRecency: ")
          .append(recency, 0, recency.length() - 1)
          .append("; see the packet for advice.");
    }
    return text.toString();
  }

  /** As many wins without a number as the budget holds, each with Add metric, up to five. */
  private static void unmeasured(List<LayoutBlock> blocks, int[] used, Packet packet, int budget) {
    List<Entry> wins = packet.coverage().unmeasured();
    if (wins.isEmpty()) {
      return;
    }
    String title = "*Wins without a number* (" + wins.size() + "): add one where you can.";
    int left = budget - title.length();
    if (left < UNMEASURED_CHARS + ADD_METRIC.length() + 10) {
      return;
    }
    blocks.add(BlockKit.text(title));
    used[0] += title.length();
    int shown = 0;
    for (Entry win : wins) {
      String line = "• " + SlackText.escaped(Clauses.clause(win.text()), UNMEASURED_CHARS);
      if (shown == MAX_ADD_METRIC || line.length() + ADD_METRIC.length() > left) {
        break;
      }
      left -= line.length() + ADD_METRIC.length();
      used[0] += line.length() + ADD_METRIC.length();
      shown++;
      blocks.add(
          section(
              s ->
                  s.text(markdownText(line))
                      .accessory(
                          BlockKit.button(
                              CaptureIds.EDIT_BUTTON, ADD_METRIC, Long.toString(win.id())))));
    }
  }
}
