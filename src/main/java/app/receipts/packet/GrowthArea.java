package app.receipts.packet;

import app.receipts.entries.Competency;
import java.util.ArrayList;
import java.util.List;

/**
 * The draft's one growth-area paragraph, in the person's voice: the competency furthest below its
 * weight, its share of the evidence with the entries cited, and a plan ({@link Gaps#plan}).
 */
final class GrowthArea {
  private GrowthArea() {}

  /** The growth-area paragraph for the weakest weighted competency; null without evidence. */
  static Packet.Growth of(Coverage coverage, List<Packet.Section> sections) {
    if (coverage.total() == 0) {
      return null;
    }
    Coverage.Share weakest = coverage.weakest();
    Competency competency = weakest.competency();
    Packet.Section section = sections.get(competency.ordinal());
    List<Long> ids = new ArrayList<>();
    section.wins().stream().limit(3).forEach(e -> ids.add(e.id()));
    section.praise().stream().limit(3 - ids.size()).forEach(e -> ids.add(e.id()));
    StringBuilder text =
        new StringBuilder(competency.label())
            .append(" carries ")
            .append(competency.weightPercent())
            .append("% of the rubric, but ");
    if (weakest.entries() == 0) {
      text.append("I logged no evidence for it in this period");
    } else {
      text.append(weakest.entries())
          .append(" of my ")
          .append(weakest.total())
          .append(" entries (")
          .append(Math.round(weakest.percent()))
          .append("%) in this period are about it");
    }
    if (!ids.isEmpty()) {
      text.append(' ').append(cite(ids));
    }
    text.append(". ").append(Gaps.plan(competency));
    return new Packet.Growth(competency, text.toString(), ids);
  }

  private static String cite(List<Long> ids) {
    StringBuilder cite = new StringBuilder("[");
    for (int i = 0; i < ids.size(); i++) {
      cite.append(i == 0 ? "#" : ", #").append(ids.get(i));
    }
    return cite.append(']').toString();
  }
}
