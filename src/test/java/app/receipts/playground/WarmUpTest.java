package app.receipts.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.Config;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class WarmUpTest {
  @TempDir Path root;

  @Test
  void a_private_copy_answers_every_request_delivers_every_packet_and_leaves_nothing()
      throws Exception {
    Files.createDirectories(root.resolve("receipts-warm-up123")).resolve("receipts.db");
    Files.writeString(root.resolve("receipts-warm-up123").resolve("receipts.db"), "killed midway");

    Duration generous = Duration.ofMinutes(2);
    Logger logger = (Logger) LoggerFactory.getLogger(WarmUp.class);
    ListAppender<ILoggingEvent> logged = new ListAppender<>();
    logged.start();
    logger.addAppender(logged);
    WarmUp.Result result;
    try {
      result = WarmUp.run(root, 300, generous, generous).orElseThrow();
    } finally {
      logger.detachAppender(logged);
    }

    assertEquals(300, result.sent());
    // every kind of request went through the real handlers and was acked
    assertEquals(300, result.acked());
    // an ack can say "not saved": every win sent is in the copy's database
    assertEquals(210, result.winsSent());
    assertEquals(210, result.winsStored());
    // of every 100, a packet or an export (two packets and an export), each rendered and
    // uploaded to the stand-in
    assertEquals(3, result.jobsAsked());
    assertEquals(3, result.filesDelivered(), () -> "what it said: " + logged.list);
    try (Stream<Path> left = Files.list(root)) {
      assertEquals(0, left.count(), "its scratch folder and one a killed warm-up left are removed");
    }
  }

  @Test
  void a_scratch_folder_it_cannot_create_skips_the_warm_up_with_one_warning() throws Exception {
    Path notAFolder = Files.writeString(root.resolve("file"), "x");
    Logger logger = (Logger) LoggerFactory.getLogger(WarmUp.class);
    ListAppender<ILoggingEvent> logged = new ListAppender<>();
    logged.start();
    logger.addAppender(logged);
    try {
      assertTrue(WarmUp.run(notAFolder.resolve("scratch")).isEmpty());
    } finally {
      logger.detachAppender(logged);
    }
    assertEquals(1, logged.list.size(), logged.list.toString());
    assertTrue(logged.list.get(0).getFormattedMessage().startsWith("Warm-up skipped: "));
  }

  @Test
  void warm_up_is_off_unless_asked_and_only_on_or_off() {
    Map<String, String> env = new HashMap<>();
    env.put("SLACK_BOT_TOKEN", "xoxb-test");
    env.put("SLACK_SIGNING_SECRET", "secret");
    assertFalse(Config.fromEnv(env).warmUp());
    env.put("WARM_UP", "on");
    assertTrue(Config.fromEnv(env).warmUp());
    env.put("WARM_UP", "yes");
    String problem =
        assertThrows(Config.ConfigException.class, () -> Config.fromEnv(env)).getMessage();
    assertTrue(problem.contains("WARM_UP must be on or off"), problem);
  }
}
