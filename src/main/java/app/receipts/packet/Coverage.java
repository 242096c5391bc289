package app.receipts.packet;

import app.receipts.entries.Competency;
import app.receipts.entries.Entry;
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
 * @param recency how much of the evidence is from the last fourth of the period
 * @param unmeasured wins without a number, strongest first
 */
record Coverage(List<Share> shares, int total, Recency recency, List<Entry> unmeasured) {

  /** Below this many entries a share or a recency figure says nothing worth advice. */
  static final int ENOUGH_FOR_ADVICE = 4;

  Coverage {
    shares = List.copyOf(shares);
    unmeasured = List.copyOf(unmeasured);
  }

  /**
   * The last fourth of the period as lived so far, and how many entries fall in it. Said with its
   * dates, never as "the last quarter", which reads as the calendar's; not said at all for a period
   * of three months or less, where "recent" is most of it.
   *
   * @param cut whether the period was cut short at the newest entry saved
   */
  record Recency(LocalDate from, LocalDate to, boolean cut, int entries, boolean shown) {}

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
    return new Coverage(shares, total, recency(period, evidence), unmeasured);
  }

  /**
   * The last fourth of the period as lived so far: a period that ends in the future ("this year" in
   * March) is cut at the newest entry saved, the packet's best idea of today.
   */
  private static Recency recency(Period period, List<Entry> evidence) {
    LocalDate end = period.end();
    LocalDate saved = null;
    for (Entry entry : evidence) {
      if (entry.createdAt() != null) {
        LocalDate day = LocalDate.ofInstant(entry.createdAt(), ZoneOffset.UTC);
        saved = saved == null || day.isAfter(saved) ? day : saved;
      }
    }
    boolean cut = saved != null && saved.isBefore(end) && !saved.isBefore(period.start());
    if (cut) {
      end = saved;
    }
    long days = ChronoUnit.DAYS.between(period.start(), end) + 1;
    LocalDate from = end.minusDays(Math.max(0, days / 4 - 1));
    int recent = 0;
    for (Entry entry : evidence) {
      if (!Packet.dayOf(entry).isBefore(from)) {
        recent++;
      }
    }
    boolean shown = !end.isBefore(period.start().plusMonths(3));
    return new Recency(from, end, cut, recent, shown);
  }

  int recentPercent() {
    return total == 0 ? 0 : (int) Math.round(100.0 * recency.entries() / total);
  }

  /**
   * "31% of the evidence is from May 3 – Jun 17, the last fourth of the period." with {@code
   * evidence} as what "of" refers to; empty where recency is not shown.
   */
  String recencyFigure(String evidence) {
    if (!recency.shown()) {
      return "";
    }
    return recentPercent()
        + "% of "
        + evidence
        + " is from "
        + Period.label(recency.from(), recency.to())
        + ", the last fourth of the period"
        + (recency.cut() ? " up to the newest entry" : "")
        + ".";
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

  /** Advice when the evidence leans on the period's last fourth or leaves it empty; else empty. */
  String recencyAdvice() {
    if (total < ENOUGH_FOR_ADVICE || !recency.shown()) {
      return "";
    }
    // the share and its dates are said just before this, so the advice does not say them again
    if (recentPercent() > 50) {
      return "That is most of it: reviews tend to over-weight recent work, so add earlier wins from"
          + " your notes, tickets or merged pull requests.";
    }
    if (recentPercent() < 10) {
      return "That is very little: log what you have done lately before the review.";
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
