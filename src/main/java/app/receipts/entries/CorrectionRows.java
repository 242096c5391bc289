package app.receipts.entries;

import app.receipts.rules.PersonalLexicon;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** The rule_corrections table: written with the entry they were made on, read per person. */
final class CorrectionRows {
  /** The most recent corrections a capture reads: enough to learn from, bounded in cost. */
  static final int LEARNED_FROM = 500;

  private CorrectionRows() {}

  static void insert(
      Handle handle,
      String teamId,
      String userId,
      long entryId,
      List<RuleCorrection> corrections,
      Instant at) {
    for (RuleCorrection correction : corrections) {
      handle
          .createUpdate(
              """
              INSERT INTO rule_corrections (team_id, user_id, entry_id, kind, words, from_value,
                  to_value, created_at)
              VALUES (:teamId, :userId, :entryId, :kind, :words, :from, :to, :at)
              """)
          .bind("teamId", teamId)
          .bind("userId", userId)
          .bind("entryId", entryId)
          .bind("kind", correction.kind().id())
          .bind("words", correction.words())
          .bind("from", correction.from())
          .bind("to", correction.to())
          .bind("at", at.toEpochMilli())
          .execute();
    }
  }

  /** The person's latest corrections, oldest first. */
  static List<RuleCorrection> of(Handle handle, String teamId, String userId) {
    List<RuleCorrection> newestFirst =
        handle
            .createQuery(
                """
                SELECT kind, words, from_value, to_value FROM rule_corrections
                WHERE team_id = :teamId AND user_id = :userId
                ORDER BY id DESC LIMIT :limit
                """)
            .bind("teamId", teamId)
            .bind("userId", userId)
            .bind("limit", LEARNED_FROM)
            .map(
                (set, context) ->
                    new RuleCorrection(
                        RuleCorrection.Kind.of(set.getString("kind")),
                        set.getString("words"),
                        set.getString("from_value"),
                        set.getString("to_value")))
            .list();
    List<RuleCorrection> oldestFirst = new ArrayList<>(newestFirst);
    Collections.reverse(oldestFirst);
    return oldestFirst;
  }

  /** What the corrections teach the rules: the person's words and subjects. */
  static PersonalLexicon lexicon(List<RuleCorrection> corrections) {
    if (corrections.isEmpty()) {
      return PersonalLexicon.EMPTY;
    }
    List<PersonalLexicon.Correction> filed = new ArrayList<>();
    List<PersonalLexicon.SubjectRename> renamed = new ArrayList<>();
    for (RuleCorrection correction : corrections) {
      switch (correction.kind()) {
        case COMPETENCY ->
            Competency.fromId(correction.to())
                .ifPresent(c -> filed.add(new PersonalLexicon.Correction(correction.words(), c)));
        case SUBJECT ->
            renamed.add(new PersonalLexicon.SubjectRename(correction.from(), correction.to()));
        case METRIC -> {
          // the fixed line itself teaches nothing beyond the subject row stored beside it
        }
      }
    }
    return PersonalLexicon.of(filed, renamed);
  }
}
