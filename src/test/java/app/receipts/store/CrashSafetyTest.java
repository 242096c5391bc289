package app.receipts.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.Main;
import app.receipts.testing.Eventually;
import app.receipts.testing.FakeSlack;
import app.receipts.testing.SignedClient;
import app.receipts.testing.TestApp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
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
      int port = freePort();
      Process bot = startBot(slack, dir, port);
      try {
        awaitHealthy(port);
        SignedClient client = new SignedClient(port, slack);
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
        bot.destroyForcibly();
        killed.set(true);
        assertTrue(bot.waitFor(10, TimeUnit.SECONDS), "the bot did not die");
        senders.shutdown();
        assertTrue(senders.awaitTermination(30, TimeUnit.SECONDS), "senders did not stop");
      } finally {
        bot.destroyForcibly();
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

  private static Process startBot(FakeSlack slack, Path dir, int port) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder builder =
        new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("bot.log").toFile());
    builder.environment().clear();
    builder
        .environment()
        .putAll(
            TestApp.env(
                slack, dir, Map.of("PORT", Integer.toString(port), "SCHEDULER_THREADS", "0")));
    return builder.start();
  }

  private static void awaitHealthy(int port) {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest health =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz"))
            .timeout(Duration.ofSeconds(2))
            .build();
    Eventually.await(
        "the bot's /healthz",
        () -> {
          try {
            return http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
          } catch (IOException notYetListening) {
            return false;
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
          }
        },
        Duration.ofSeconds(60));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
