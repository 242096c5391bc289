package app.receipts.conversations;

import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import app.receipts.packet.Period;
import app.receipts.slack.BlockKit;
import app.receipts.slack.Mrkdwn;
import app.receipts.slack.SlackLimits;
import app.receipts.slack.SlackText;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;

/** The DM summary above the files: short, escaped, inside Slack's limits. */
final class ConversationBlocks {
  /** A disputed point as the summary quotes it. */
  private static final int CLAIM = 300;

  String text(Kind kind, Period period) {
    return kind.title() + " · " + period.label();
  }

  List<LayoutBlock> rebuttal(Rebuttal rebuttal) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(title(Kind.REBUTTAL, rebuttal.period()));
    blocks.add(
        BlockKit.text(
            "Prepared from your "
                + rebuttal.entriesRead()
                + " entries of this period, for the "
                + rebuttal.points().size()
                + (rebuttal.points().size() == 1 ? " point" : " points")
                + " you disagree with. The files have the evidence, a meeting outline and a"
                + " follow-up message. Only you can see this."));
    for (Rebuttal.Point point : rebuttal.points()) {
      blocks.add(
          BlockKit.text(
              "*"
                  + point.number()
                  + ".* "
                  + SlackText.escaped(point.claim(), CLAIM)
                  + "\n"
                  + (point.unanswered() ? ":grey_question: " : ":white_check_mark: ")
                  + RebuttalMarkdown.summary(point)));
    }
    Rebuttal.Growth growth = rebuttal.growth();
    String area =
        growth.own() != null
            ? "the one you named"
            : growth.competency() == null
                ? "one you choose, as the points touch every competency"
                : growth.competency().label()
                    + " ("
                    + growth.count()
                    + (growth.count() == 1 ? " entry" : " entries")
                    + " for "
                    + growth.competency().weightPercent()
                    + "% of the review)";
    blocks.add(
        BlockKit.text(
            "*Growth area to acknowledge:* "
                + Mrkdwn.escape(area)
                + ". The files leave a sentence for you to finish about it."));
    blocks.add(BlockKit.note("Every line in the files cites its entry, like [#12]."));
    return blocks;
  }

  List<LayoutBlock> bonus(BonusCase bonus) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(title(Kind.BONUS, bonus.period()));
    long measured = bonus.groups().stream().mapToLong(g -> g.wins().size()).sum();
    blocks.add(
        BlockKit.text(
            "Prepared from your "
                + bonus.entriesRead()
                + " entries of this period: "
                + measured
                + " measured results in "
                + bonus.groups().size()
                + " outcome groups. The files have the totals, the goals they served and an"
                + " outline of the ask. Only you can see this."));
    for (BonusCase.Group group : bonus.groups()) {
      StringBuilder line = new StringBuilder("*").append(group.outcome().label()).append("*: ");
      line.append(group.wins().size()).append(group.wins().size() == 1 ? " result" : " results");
      for (BonusCase.Total total : group.totals()) {
        line.append(" · ").append(Mrkdwn.escape(total.said()));
      }
      blocks.add(BlockKit.text(line.toString()));
    }
    if (!bonus.top().isEmpty()) {
      StringBuilder top = new StringBuilder("*Lead with:*");
      for (BonusCase.Win win : bonus.top()) {
        top.append("\n• ")
            .append(SlackText.escaped(win.metric().display(), 200))
            .append(" [#")
            .append(win.entry().id())
            .append("]");
      }
      blocks.add(BlockKit.text(top.toString()));
    }
    blocks.add(BlockKit.note("Every number in the files cites its entry, like [#12]."));
    return blocks;
  }

  static LayoutBlock title(Kind kind, Period period) {
    String title =
        SlackText.fit(kind.title() + " · " + period.label(), SlackLimits.HEADER_TEXT, "");
    return header(h -> h.text(plainText(title, true)));
  }
}
