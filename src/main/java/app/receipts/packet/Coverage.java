package app.receipts.packet;

import app.receipts.entries.Competency;
import app.receipts.entries.Entry;
import app.receipts.slack.Dates;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The evidence held against the rubric: each competency's share of it next to its weight, how much
 * of it is recent, and the wins that still lack a number.
 *
 * @param shares one per competency, in rubric order
 * @param recentFrom the first day of the period's last quarter
 * @param recent how many entries fall in that last quarter
 * @param unmeasured wins without a number, strongest first
 */
record Coverage(
    List<Share> shares, int total, LocalDate recentFrom, int recent, List<Entry> unmeasured) {

  /** Below this many entries a share or a recency figure says nothing worth advice. */
  static final int ENOUGH_FOR_ADVICE = 4;

  Coverage {
    shares = List.copyOf(shares);
    unmeasured = List.copyOf(unmeasured);
  }

  /** One competency's part of the evidence. A share under half its weight is a gap. */
  record Share(Competency competency, int entries, int total) {
    double percent() {
      return total == 0 ? 0 : 100.0 * entries / total;
    }

    boolean gap() {
      return percent() < competency.weightPercent() / 2.0;
    }

    /** How far the share falls short of the weight, relative to it: 1 for none, 0 for on par. */
    double shortfall() {
      return 1 - Math.min(1, percent() / competency.weightPercent());
    }
  }

  static Coverage of(
      Period period, List<Packet.Section> sections, List<Entry> evidence, List<Entry> unmeasured) {
    int total = 0;
    for (Packet.Section section : sections) {
      total += section.total();
    }
    List<Share> shares = new ArrayList<>(sections.size());
    for (Packet.Section section : sections) {
      shares.add(new Share(section.competency(), section.total(), total));
    }
    LocalDate from = lastQuarter(period, evidence);
    int recent = 0;
    for (Entry entry : evidence) {
      if (!Packet.dayOf(entry).isBefore(from)) {
        recent++;
      }
    }
    return new Coverage(shares, total, from, recent, unmeasured);
  }

  /**
   * The start of the last quarter of the period as lived so far: a period that ends in the future
   * ("this year" in March) is cut at the newest entry saved, the packet's best idea of today.
   */
  private static LocalDate lastQuarter(Period period, List<Entry> evidence) {
    LocalDate end = period.end();
    LocalDate saved = null;
    for (Entry entry : evidence) {
      if (entry.createdAt() != null) {
        LocalDate day = LocalDate.ofInstant(entry.createdAt(), ZoneOffset.UTC);
        saved = saved == null || day.isAfter(saved) ? day : saved;
      }
    }
    if (saved != null && saved.isBefore(end) && !saved.isBefore(period.start())) {
      end = saved;
    }
    long days = ChronoUnit.DAYS.between(period.start(), end) + 1;
    return end.minusDays(Math.max(0, days / 4 - 1));
  }

  int recentPercent() {
    return total == 0 ? 0 : (int) Math.round(100.0 * recent / total);
  }

  Share share(Competency competency) {
    return shares.get(competency.ordinal());
  }

  /** The competency furthest below its weight, the heavier one on a tie; empty without evidence. */
  Share weakest() {
    Share weakest = shares.get(0);
    for (Share share : shares) {
      if (share.shortfall() > weakest.shortfall() + 1e-9) {
        weakest = share;
      }
    }
    return weakest;
  }

  /** Advice when the evidence leans on the last quarter or leaves it empty; empty when balanced. */
  String recencyAdvice() {
    if (total < ENOUGH_FOR_ADVICE) {
      return "";
    }
    String since = " (since " + Dates.day(recentFrom) + ")";
    // the share itself is said just before this, so the advice does not say it again
    if (recentPercent() > 50) {
      return "That is most of it"
          + since
          + ": reviews tend to over-weight recent work, so add earlier wins from your notes,"
          + " tickets or merged pull requests.";
    }
    if (recentPercent() < 10) {
      return "That is very little" + since + ": log what you have done lately before the review.";
    }
    return "";
  }

  /** "4% of the evidence (1 of 23) against a 25% weight". */
  static String figure(Share share) {
    return Math.round(share.percent())
        + "% of the evidence ("
        + share.entries()
        + " of "
        + share.total()
        + ") against a "
        + share.competency().weightPercent()
        + "% weight";
  }
}
