package app.receipts.people;

import java.time.ZoneId;

/** What learns of a person's timezone once Slack has told it (see People#onZoneLearned). */
@FunctionalInterface
public interface ZoneLearned {
  void learned(String teamId, String userId, ZoneId zone);
}
