package app.receipts.capture;

import app.receipts.entries.Entry;
import app.receipts.entries.EntryReads;
import app.receipts.entries.EntryService;
import app.receipts.rules.Metric;
import app.receipts.rules.Rules;
import app.receipts.slack.NotSavedException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A win drafted by /win, its modal or an edit: checked by {@link WinRules}, then stored. */
public final class Wins {
  private static final Logger log = LoggerFactory.getLogger(Wins.class);
  private final EntryService entries;
  private final EntryReads reads;
  private final WinRules rules;

  public Wins(EntryService entries, EntryReads reads, WinRules rules) {
    this.entries = entries;
    this.reads = reads;
    this.rules = rules;
  }

  WinRules rules() {
    return rules;
  }

  /**
   * Validates and stores a new win. The capture key (Slack's trigger or view id) makes a retried
   * delivery return the entry stored the first time instead of storing it twice.
   */
  public Entry captureWin(
      String teamId, String userId, WinDraft draft, LocalDate today, String captureKey) {
    return captureWin(teamId, userId, draft, today, captureKey, null);
  }

  /**
   * The same, for a caller that has already read the draft's text with the win rules; with a null
   * {@code reading} the text is read here when the draft lacks a metric or a competency.
   */
  Entry captureWin(
      String teamId,
      String userId,
      WinDraft draft,
      LocalDate today,
      String captureKey,
      Rules.Reading reading) {
    Map<String, String> problems = rules.problems(draft, today);
    if (!problems.isEmpty()) {
      throw new InvalidWinException(problems);
    }
    // checked first: a refused draft is never read
    Rules.Reading read =
        reading == null && needsReading(draft) ? read(teamId, userId, readable(draft)) : reading;
    WinDraft full = rules.complete(draft, today, read);
    Entry win =
        Entry.win(
            teamId,
            userId,
            full.text(),
            full.impact(),
            full.metric(),
            full.competency(),
            full.links(),
            full.occurredOn(),
            entries.now());
    try {
      return entries.insertWin(win, WinRules.metricsOf(draft, full, read), captureKey);
    } catch (RuntimeException e) {
      // a retry of the same delivery: the unique capture key kept the first one, which is the
      // answer (one statement on the usual path, the lookup only after a failure); otherwise
      // nothing is known to be stored, and the person must hear exactly that
      Optional<Entry> winner = storedBefore(teamId, userId, captureKey);
      if (winner.isEmpty()) {
        log.warn("A win could not be stored, and the person was told so: {}", e.toString());
      }
      return winner.orElseThrow(() -> NotSavedException.win(e));
    }
  }

  /** The rules' reading of a person's win, taught by their own corrections. */
  Rules.Reading read(String teamId, String userId, String text) {
    return rules.read(text, reads.lexicon(teamId, userId));
  }

  /**
   * What the rules read of a draft: its text, and its impact when there is one, since "MTTR from 45
   * min to 12 min" typed as the impact is as much the person's number as one in the text.
   */
  static String readable(WinDraft draft) {
    String impact = draft.impact();
    return impact == null || impact.isBlank() ? draft.text() : draft.text() + "\n" + impact;
  }

  private static boolean needsReading(WinDraft draft) {
    return draft.metric() == null || draft.competency() == null;
  }

  private Optional<Entry> storedBefore(String teamId, String userId, String captureKey) {
    try {
      return entries.storedUnder(teamId, userId, captureKey);
    } catch (RuntimeException unreadable) {
      return Optional.empty();
    }
  }

  /** Replaces the editable fields of the owner's win; empty when it is not theirs or is gone. */
  public Optional<Entry> updateWin(
      String teamId, String userId, long id, WinDraft draft, LocalDate today) {
    Map<String, String> problems = rules.problems(draft, today);
    if (!problems.isEmpty()) {
      throw new InvalidWinException(problems);
    }
    Optional<Entry> existing = reads.find(teamId, userId, id);
    if (existing.isEmpty()) {
      return Optional.empty();
    }
    Rules.Reading read = needsReading(draft) ? read(teamId, userId, readable(draft)) : null;
    WinDraft full = rules.complete(draft, existing.get().occurredOn(), read);
    // the rows follow the line: kept while it is, rewritten when the edit changed it
    List<Metric> metrics =
        Objects.equals(full.metric(), existing.get().metric())
            ? null
            : WinRules.metricsOf(draft, full, read);
    return entries.update(
        existing.get().toBuilder()
            .text(full.text())
            .impact(full.impact())
            .metric(full.metric())
            .competency(full.competency())
            .links(full.links())
            .occurredOn(full.occurredOn())
            .build(),
        metrics,
        List.of());
  }
}
