package app.receipts.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.BotProcess;
import app.receipts.testing.FakeSlack;
import app.receipts.testing.SignedClient;
import app.receipts.testing.TestApp;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acked means stored: the bot is killed with SIGKILL in the middle of a burst of /win commands;
 * after a restart on the same SQLite file every command that got a 200 is there and the file is
 * sound.
 */
class CrashSafetyTest {
  private static final int THREADS = 6;
  private static final int KILL_AFTER_ACKS = 200;

  @Test
  void every_acked_win_survives_a_kill_9_in_the_middle_of_a_capture_burst(@TempDir Path dir)
      throws Exception {
    Set<String> acked = ConcurrentHashMap.newKeySet();
    AtomicInteger failed = new AtomicInteger();
    try (FakeSlack slack = new FakeSlack()) {
      try (BotProcess bot =
          BotProcess.serve(
              BotProcess.From.CLASSPATH, slack, dir, Map.of("SCHEDULER_THREADS", "0"))) {
        SignedClient client = bot.client;
        CountDownLatch enoughAcks = new CountDownLatch(KILL_AFTER_ACKS);
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService senders = Executors.newFixedThreadPool(THREADS);
        for (int t = 0; t < THREADS; t++) {
          int thread = t;
          senders.execute(
              () -> {
                for (int i = 0; !killed.get() && i < 10_000; i++) {
                  String text = "Crash-test win " + thread + "-" + i;
                  try {
                    String body =
                        client.commandBody(
                            "UCRASH" + thread, text, "trig-crash-" + thread + "-" + i);
                    if (client.send(body, Map.of()).statusCode() == 200) {
                      acked.add(text);
                      enoughAcks.countDown();
                    }
                  } catch (RuntimeException connectionLost) {
                    failed.incrementAndGet();
                  }
                }
              });
        }
        assertTrue(
            enoughAcks.await(60, TimeUnit.SECONDS), "only " + acked.size() + " acks in 60 s");
        bot.kill9();
        killed.set(true);
        senders.shutdown();
        assertTrue(senders.awaitTermination(30, TimeUnit.SECONDS), "senders did not stop");
      }

      try (TestApp restarted = TestApp.startOn(slack, dir, Map.of())) {
        List<String> stored =
            restarted
                .jdbi()
                .withHandle(
                    handle ->
                        handle
                            .createQuery("SELECT text FROM entries WHERE user_id LIKE 'UCRASH%'")
                            .mapTo(String.class)
                            .list());
        List<String> lost = new ArrayList<>(acked);
        lost.removeAll(Set.copyOf(stored));
        assertTrue(
            acked.size() >= KILL_AFTER_ACKS,
            "acks: " + acked.size() + ", cut off by the kill: " + failed.get());
        assertEquals(List.of(), lost, "acked but not stored");
        assertEquals(
            stored.size(), Set.copyOf(stored).size(), "a command was stored more than once");
        assertEquals(
            "ok",
            restarted
                .jdbi()
                .withHandle(
                    handle ->
                        handle.createQuery("PRAGMA integrity_check").mapTo(String.class).one()));
      }
    }
  }
}
