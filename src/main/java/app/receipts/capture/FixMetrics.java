package app.receipts.capture;

import app.receipts.entries.Entry;
import app.receipts.entries.EntryReads;
import app.receipts.entries.EntryService;
import app.receipts.entries.RuleCorrection;
import app.receipts.rules.Metric;
import app.receipts.rules.PersonalLexicon;
import app.receipts.rules.Rules;
import app.receipts.slack.SlackText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A person's fix of the metric the rules read in their win: the line, its rows and the correction
 * (with any subject it renamed, which the rules apply to that person's next wins) change in one
 * transaction.
 */
final class FixMetrics {
  static final String EMPTY = "Write the metric, e.g. \"error rate 2.3% → 0.4%\".";
  static final String TOO_LONG =
      "Keep the metric short: at most " + WinRules.MAX_METRIC + " characters.";

  private final EntryService entries;
  private final EntryReads reads;

  FixMetrics(EntryService entries, EntryReads reads) {
    this.entries = entries;
    this.reads = reads;
  }

  /**
   * The owner's win with its metric line now {@code typed}; empty when it is not theirs or is gone;
   * throws {@link InvalidWinException} for a line that cannot be stored.
   */
  Optional<Entry> fix(String teamId, String userId, long id, String typed) {
    String line = typed == null ? "" : WinRules.typedMetric(typed.strip());
    if (line.isEmpty()) {
      throw new InvalidWinException(Map.of(CaptureIds.METRIC_BLOCK, EMPTY));
    }
    if (SlackText.characters(line) > WinRules.MAX_METRIC) {
      throw new InvalidWinException(Map.of(CaptureIds.METRIC_BLOCK, TOO_LONG));
    }
    Optional<Entry> existing =
        reads.find(teamId, userId, id).filter(entry -> entry.kind() == Entry.Kind.WIN);
    if (existing.isEmpty() || line.equals(existing.get().metric())) {
      return existing;
    }
    Entry win = existing.get();
    List<Metric> fixed = Rules.metrics(line);
    List<RuleCorrection> corrections = new ArrayList<>();
    corrections.add(
        new RuleCorrection(
            RuleCorrection.Kind.METRIC, PersonalLexicon.wordsOf(win.text()), win.metric(), line));
    for (PersonalLexicon.SubjectRename rename :
        PersonalLexicon.renames(reads.metrics(teamId, userId, id), fixed)) {
      corrections.add(
          new RuleCorrection(
              RuleCorrection.Kind.SUBJECT, rename.from(), rename.from(), rename.to()));
    }
    return entries.update(win.toBuilder().metric(line).build(), fixed, corrections);
  }
}
