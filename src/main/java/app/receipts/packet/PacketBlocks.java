package app.receipts.packet;

import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import app.receipts.entries.Competency;
import app.receipts.entries.Entry;
import app.receipts.slack.BlockKit;
import app.receipts.slack.Mrkdwn;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import java.util.ArrayList;
import java.util.List;

/** The packet summary sent as a DM; the full evidence travels in the attached files. */
final class PacketBlocks {

  /** Slack rejects a section whose text exceeds 3000 characters. */
  static final int MAX_SECTION_TEXT = 3000;

  static final int ENTRIES_PER_COMPETENCY = 3;

  List<LayoutBlock> render(Packet packet) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(header(h -> h.text(plainText("Review packet · " + packet.period().label(), true))));
    String who = Mrkdwn.escape(Mrkdwn.truncate(PacketText.oneLine(packet.userDisplayName()), 80));
    blocks.add(
        BlockKit.text(
            (who.isEmpty() ? "Your" : "*" + who + "*, your")
                + " evidence for *"
                + packet.period().label()
                + "*: "
                + MarkdownPacketRenderer.plural(packet.winCount(), "win", "wins")
                + " and "
                + packet.praiseCount()
                + " praise."));
    List<TextObject> glance = new ArrayList<>();
    for (Packet.Section section : packet.sections()) {
      Competency competency = section.competency();
      glance.add(
          markdownText(
              "*"
                  + competency.label()
                  + "* · "
                  + competency.weightPercent()
                  + "%\n"
                  + counts(section.wins().size(), section.praise().size())));
    }
    blocks.add(section(s -> s.text(markdownText("*At a glance*")).fields(glance)));
    blocks.add(
        BlockKit.text(
            budgeted("*Timeline*", SlackEvidence.timelineLines(packet.timeline()), "months")));
    blocks.add(divider());
    List<String> highlights =
        packet.highlights().stream().map(e -> "• " + SlackEvidence.line(packet, e)).toList();
    blocks.add(
        BlockKit.text(
            budgeted(
                "*Highlights*",
                highlights.isEmpty() ? List.of("_Nothing logged in this period yet._") : highlights,
                "highlights")));
    blocks.add(divider());
    for (Packet.Section section : packet.sections()) {
      Competency competency = section.competency();
      String title =
          "*"
              + competency.label()
              + "* ("
              + competency.weightPercent()
              + "%) · "
              + counts(section.wins().size(), section.praise().size());
      blocks.add(
          BlockKit.text(
              budgeted(
                  title, newest(packet, concat(section.wins(), section.praise())), "entries")));
    }
    blocks.add(divider());
    List<String> gaps =
        packet.gaps().stream()
            .map(g -> "• *" + g.competency().label() + "*: " + Mrkdwn.escape(g.suggestion()))
            .toList();
    blocks.add(
        BlockKit.text(
            budgeted(
                "*Gaps*",
                gaps.isEmpty() ? List.of("Every competency has evidence in this period.") : gaps,
                "gaps")));
    if (!packet.starters().isEmpty()) {
      List<String> starters =
          packet.starters().stream()
              .map(
                  g ->
                      "• _"
                          + g.competency().label()
                          + "_: "
                          + Mrkdwn.escape(
                              Mrkdwn.truncate(g.sentences().get(0), SlackEvidence.MAX_ENTRY_CHARS)))
              .toList();
      blocks.add(BlockKit.text(budgeted("*Self-review starters*", starters, "starters")));
    }
    blocks.add(
        BlockKit.note(
            "Every entry, the chart and all starters are in `"
                + packet.fileName("md")
                + "` and `"
                + packet.fileName("pdf")
                + "`."));
    return blocks;
  }

  private List<String> newest(Packet packet, List<Entry> entries) {
    if (entries.isEmpty()) {
      return List.of("_Nothing yet; see Gaps below._");
    }
    List<String> lines =
        entries.stream()
            .sorted(PacketCompiler.NEWEST_FIRST)
            .limit(ENTRIES_PER_COMPETENCY)
            .map(e -> "• " + SlackEvidence.line(packet, e))
            .toList();
    if (entries.size() > ENTRIES_PER_COMPETENCY) {
      List<String> withMore = new ArrayList<>(lines);
      withMore.add(
          "_…and " + (entries.size() - ENTRIES_PER_COMPETENCY) + " more in the attached packet_");
      return withMore;
    }
    return lines;
  }

  /** Adds lines while they fit the section limit, then says how many were left out. */
  static String budgeted(String title, List<String> lines, String noun) {
    StringBuilder text = new StringBuilder(title);
    int reserve = 60;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (text.length() + 1 + line.length() > MAX_SECTION_TEXT - reserve) {
        return text.append("\n_…and ")
            .append(lines.size() - i)
            .append(" more ")
            .append(noun)
            .append(" in the attached packet_")
            .toString();
      }
      text.append('\n').append(line);
    }
    return text.toString();
  }

  private static String counts(int wins, int praise) {
    return MarkdownPacketRenderer.plural(wins, "win", "wins") + " · " + praise + " praise";
  }

  private static List<Entry> concat(List<Entry> first, List<Entry> second) {
    List<Entry> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
