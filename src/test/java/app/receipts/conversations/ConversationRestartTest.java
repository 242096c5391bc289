package app.receipts.conversations;

import static app.receipts.testing.BotProcess.From.CLASSPATH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.jobs.Jobs;
import app.receipts.testing.BotProcess;
import app.receipts.testing.Eventually;
import app.receipts.testing.FakeSlack;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuttal whose bot is killed after posting the summary, in the middle of uploading the files,
 * is finished by the restarted bot: the files arrive, the summary is not posted twice.
 */
class ConversationRestartTest {
  private static final Duration WAIT = Jobs.DEAD_AFTER.plusSeconds(60);
  private static final Map<String, String> ENV =
      Map.of("SCHEDULER_THREADS", "1", "SLACK_TIMEOUT_MS", "60000");

  @Test
  void a_rebuttal_killed_mid_upload_is_delivered_after_restart(@TempDir Path dir) throws Exception {
    try (FakeSlack slack = new FakeSlack()) {
      slack.fail("files.completeUploadExternal", FakeSlack.Fault.TIMEOUT);
      try (BotProcess bot = BotProcess.serve(CLASSPATH, slack, dir, ENV)) {
        History.seed(BotProcess.database(dir));
        bot.client.interactive(
            RebuttalPacketTest.submission(
                "U1", "V900", RebuttalPacketTest.POINTS, "2026-01-01..2026-06-30"));
        slack.await("files.completeUploadExternal", c -> true, WAIT);
        bot.kill9();
      }
      assertEquals("POSTED", status(dir), "killed after the summary, before the files");
      assertEquals(1, staleHeartbeats(dir), "the job was left picked by the dead bot");
      slack.clearResponses();

      try (BotProcess restarted = BotProcess.serve(CLASSPATH, slack, dir, ENV)) {
        Eventually.await("delivered after restart", () -> "DELIVERED".equals(status(dir)), WAIT);
        FakeSlack.Call last =
            slack
                .calls("files.completeUploadExternal")
                .get(slack.calls("files.completeUploadExternal").size() - 1);
        assertEquals("DU1", last.param("channel_id"));
        assertTrue(last.param("files").contains("rebuttal-2026-01-01_2026-06-30.pdf"));
        long summaries =
            slack.calls("chat.postMessage").stream()
                .filter(c -> String.valueOf(c.param("text")).startsWith("Answering my review"))
                .count();
        assertEquals(1, summaries, "the summary is posted once");
      }
    }
  }

  private static String status(Path dir) {
    return BotProcess.database(dir)
        .withHandle(
            h ->
                h.createQuery("SELECT status FROM conversation_requests")
                    .mapTo(String.class)
                    .one());
  }

  /**
   * Ages the dead bot's heartbeats past {@link Jobs#DEAD_AFTER}, so the restart revives at once.
   */
  private static int staleHeartbeats(Path dir) {
    return BotProcess.database(dir)
        .withHandle(
            h ->
                h.createUpdate(
                        "UPDATE scheduled_tasks SET last_heartbeat = last_heartbeat - :millis"
                            + " WHERE picked AND typeof(last_heartbeat) = 'integer'")
                    .bind("millis", Jobs.DEAD_AFTER.plusSeconds(1).toMillis())
                    .execute());
  }
}
