package app.receipts.jobs;

import static app.receipts.testing.BotProcess.From.JAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.mydata.ExportJob;
import app.receipts.packet.PacketIds;
import app.receipts.testing.BotProcess;
import app.receipts.testing.FakeSlack;
import app.receipts.testing.Payloads;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Work acked to a person survives the process: the packaged jar is killed with SIGKILL in the
 * middle of an upload, or stopped with SIGTERM with packets queued, then started again on the same
 * database and Slack. Everything acked is delivered once, or its owner is told it failed and the
 * Try again button works; no request stays REQUESTED.
 */
@Execution(ExecutionMode.CONCURRENT) // three bots on their own folders, ports and fake Slacks
class JobsSurviveRestartIT {
  /** Dead-execution revival waits for a stale heartbeat, then the job runs: well within this. */
  private static final Duration WAIT = Jobs.DEAD_AFTER.plusSeconds(60);

  /** The container's grace period in the SIGTERM test: the bot is told it, and must beat it. */
  private static final Duration GRACE = Duration.ofSeconds(12);

  private static final Map<String, String> ENV =
      Map.of("SCHEDULER_THREADS", "1", "SLACK_TIMEOUT_MS", "60000");

  @Test
  void a_packet_killed_mid_upload_is_told_after_restart_and_its_retry_delivers(@TempDir Path dir)
      throws Exception {
    try (FakeSlack slack = new FakeSlack()) {
      slack.fail("files.completeUploadExternal", FakeSlack.Fault.TIMEOUT);
      try (BotProcess bot = BotProcess.serve(JAR, slack, dir, ENV)) {
        bot.client.command("U1", "Cut build time from 14 min to 3 min");
        HttpResponse<String> ack = bot.client.command("U1", "packet this year");
        assertTrue(ack.body().contains("Building your packet"), ack.body());
        slack.await("files.completeUploadExternal", c -> true, WAIT);
        bot.kill9();
      }
      assertEquals(List.of("REQUESTED"), statuses(dir), "the kill left the request unfinished");
      assertEquals(1, deadSinceHeartbeatsStopped(dir), "the packet's execution was left picked");
      slack.clearResponses();

      try (BotProcess restarted = BotProcess.serve(JAR, slack, dir, ENV)) {
        FakeSlack.Call told = slack.await("chat.postMessage", JobsSurviveRestartIT::failure, WAIT);
        assertEquals("DU1", told.param("channel"));
        assertTrue(told.param("text").contains("restarted"), told.param("text"));
        assertEquals(List.of("FAILED"), statuses(dir), "told, and not stuck REQUESTED");
        JsonNode button = told.json("blocks").get(1).path("elements").get(0);
        assertEquals(PacketIds.RETRY_BUTTON, button.path("action_id").asText());

        restarted.client.interactive(
            Payloads.blockAction(
                "U1",
                PacketIds.RETRY_BUTTON,
                button.path("value").asText(),
                "DU1",
                slack.responseUrl("retry")));

        awaitCount(slack, "files.completeUploadExternal", 2);
        awaitStatuses(dir, List.of("DELIVERED", "FAILED"));
        assertEquals(1, slack.calls("chat.postMessage").stream().filter(c -> failure(c)).count());
      }
    }
  }

  @Test
  void an_export_killed_mid_upload_is_told_after_restart_and_its_retry_delivers(@TempDir Path dir)
      throws Exception {
    try (FakeSlack slack = new FakeSlack()) {
      slack.fail("files.completeUploadExternal", FakeSlack.Fault.TIMEOUT);
      try (BotProcess bot = BotProcess.serve(JAR, slack, dir, ENV)) {
        bot.client.command("U1", "Cut build time from 14 min to 3 min");
        HttpResponse<String> ack = bot.client.command("U1", "export");
        assertTrue(ack.body().contains("Preparing your export"), ack.body());
        slack.await("files.completeUploadExternal", c -> true, WAIT);
        bot.kill9();
      }
      assertEquals(1, deadSinceHeartbeatsStopped(dir), "the export's execution was left picked");
      slack.clearResponses();

      try (BotProcess restarted = BotProcess.serve(JAR, slack, dir, ENV)) {
        FakeSlack.Call told =
            slack.await(
                "chat.postMessage",
                c -> String.valueOf(c.param("text")).contains("export failed"),
                WAIT);
        assertEquals("DU1", told.param("channel"));
        assertTrue(told.param("text").contains("restarted"), told.param("text"));
        JsonNode button = told.json("blocks").get(1).path("elements").get(0);
        assertEquals(ExportJob.RETRY_BUTTON, button.path("action_id").asText());

        // the first export's claim does not block this one
        restarted.client.interactive(
            Payloads.blockAction(
                "U1",
                ExportJob.RETRY_BUTTON,
                button.path("value").asText(),
                "DU1",
                slack.responseUrl("retry")));

        FakeSlack.Call delivered = awaitCount(slack, "files.completeUploadExternal", 2);
        assertEquals("DU1", delivered.param("channel_id"));
        assertTrue(delivered.param("files").contains("receipts-"), delivered.param("files"));
        // the job is removed once the upload it is waiting on answers
        until("no export left behind", () -> scheduled(dir) == 0, WAIT);
      }
    }
  }

  @Test
  void sigterm_with_30_packets_queued_exits_in_the_grace_period_and_drops_none(@TempDir Path dir)
      throws Exception {
    int people = 30;
    try (FakeSlack slack = new FakeSlack()) {
      // the first packet hangs in its upload, so the other 29 are still queued at SIGTERM; the
      // upload ignores the interrupt, the worst case, and a short grace keeps that wait short
      slack.fail("files.completeUploadExternal", FakeSlack.Fault.TIMEOUT);
      Map<String, String> env = new HashMap<>(ENV);
      env.put("STOP_GRACE_SECONDS", Long.toString(GRACE.toSeconds()));
      try (BotProcess bot = BotProcess.serve(JAR, slack, dir, env)) {
        for (int i = 0; i < people; i++) {
          bot.client.command("U" + i, "Shipped part " + i);
          HttpResponse<String> ack = bot.client.command("U" + i, "packet this year");
          assertTrue(ack.body().contains("Building your packet"), ack.body());
        }
        slack.await("files.completeUploadExternal", c -> true, WAIT);
        assertEquals(people, statuses(dir).size(), "every request is recorded");

        assertTrue(bot.sigterm(GRACE), () -> "no exit " + GRACE + " after SIGTERM: " + bot.log());
        String log = bot.log();
        assertTrue(log.contains("running jobs get PT4S to finish, the stop PT10S"), log);
        assertTrue(log.contains("Stopped"), log);
      }
      // the packet still uploading at SIGTERM may be left picked, to be revived after restart
      deadSinceHeartbeatsStopped(dir);
      slack.clearResponses();
      int uploadsBefore = slack.calls("files.completeUploadExternal").size();

      try (BotProcess restarted =
          BotProcess.serve(JAR, slack, dir, Map.of("SCHEDULER_THREADS", "4"))) {
        try {
          awaitStatuses(dir, people);
        } catch (AssertionError e) {
          throw new AssertionError(
              e.getMessage() + ": " + statuses(dir) + " " + scheduledRows(dir) + restarted.log(),
              e);
        }
        List<Map<String, Object>> rows =
            BotProcess.database(dir)
                .withHandle(
                    h ->
                        h.createQuery("SELECT user_id, status FROM packet_requests")
                            .mapToMap()
                            .list());
        int failed = 0;
        for (Map<String, Object> row : rows) {
          String dm = "D" + row.get("user_id");
          if (row.get("status").equals("DELIVERED")) {
            assertEquals(
                1,
                slack.calls("files.completeUploadExternal").stream()
                    .skip(uploadsBefore)
                    .filter(c -> dm.equals(c.param("channel_id")))
                    .count(),
                "one packet in " + dm);
          } else {
            assertEquals("FAILED", row.get("status"));
            failed++;
            slack.await("chat.postMessage", c -> dm.equals(c.param("channel")) && failure(c), WAIT);
          }
        }
        assertTrue(failed <= 1, "only the packet that was running may fail: " + failed);
        until("nothing left queued", () -> scheduled(dir) == 0, WAIT);
      }
    }
  }

  /**
   * Makes the stopped process's executions look as they do once its heartbeats have been missing
   * for {@link Jobs#DEAD_AFTER} and a second: that long ago is when their last heartbeat was. The
   * restarted instance's dead-execution check, which runs as its scheduler starts, then revives
   * them at once instead of after half a minute of wall time; the check and its limit are the app's
   * own. Returns how many executions were left picked.
   */
  private static int deadSinceHeartbeatsStopped(Path dir) {
    return BotProcess.database(dir)
        .withHandle(
            h ->
                h.createUpdate(
                        "UPDATE scheduled_tasks SET last_heartbeat = last_heartbeat - :millis"
                            + " WHERE picked AND typeof(last_heartbeat) = 'integer'")
                    .bind("millis", Jobs.DEAD_AFTER.plusSeconds(1).toMillis())
                    .execute());
  }

  private static boolean failure(FakeSlack.Call call) {
    return String.valueOf(call.param("text")).contains("couldn't finish");
  }

  private static List<String> statuses(Path dir) {
    Jdbi db = BotProcess.database(dir);
    return db.withHandle(
        h ->
            h.createQuery("SELECT status FROM packet_requests ORDER BY status")
                .mapTo(String.class)
                .list());
  }

  private static int scheduled(Path dir) {
    return BotProcess.database(dir)
        .withHandle(
            h ->
                h.createQuery("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name <> 'reminder'")
                    .mapTo(Integer.class)
                    .one());
  }

  private static List<Map<String, Object>> scheduledRows(Path dir) {
    return BotProcess.database(dir)
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT task_name, task_instance, picked, picked_by, execution_time,"
                            + " consecutive_failures, last_heartbeat FROM scheduled_tasks")
                    .mapToMap()
                    .list());
  }

  private static void awaitStatuses(Path dir, List<String> expected) {
    until("packet statuses " + expected, () -> statuses(dir).equals(expected), WAIT);
  }

  /** Waits until no request of the {@code people} is REQUESTED any more. */
  private static void awaitStatuses(Path dir, int people) {
    until(
        "every packet delivered or told",
        () -> {
          List<String> now = statuses(dir);
          return now.size() == people && !now.contains("REQUESTED");
        },
        WAIT.plusSeconds(90));
  }

  /**
   * Polls the database every 100 ms rather than Eventually's 5 ms: it is another process's file.
   */
  private static void until(String what, BooleanSupplier condition, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Timed out after " + timeout + " waiting for " + what);
      }
      LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
    }
  }

  private static FakeSlack.Call awaitCount(FakeSlack slack, String method, int count) {
    until(count + " " + method, () -> slack.calls(method).size() >= count, WAIT);
    List<FakeSlack.Call> calls = slack.calls(method);
    return calls.get(calls.size() - 1);
  }
}
