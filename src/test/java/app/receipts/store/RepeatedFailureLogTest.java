package app.receipts.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteDataSource;

/** A failure repeating 50 times a second is logged once, then summarised once a minute. */
class RepeatedFailureLogTest {
  private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
  private Logger logger;

  @BeforeEach
  void capture() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    captured.setContext(context);
    captured.start();
    logger = context.getLogger(WalCheckpointer.class);
    logger.addAppender(captured);
  }

  @AfterEach
  void release() {
    logger.detachAppender(captured);
  }

  private List<String> lines(Level level) {
    return captured.list.stream()
        .filter(event -> event.getLevel() == level)
        .map(ILoggingEvent::getFormattedMessage)
        .toList();
  }

  @Test
  void first_failure_then_one_summary_a_minute_then_one_line_on_recovery() {
    AtomicLong now = new AtomicLong(1_000);
    RepeatedFailureLog failures =
        new RepeatedFailureLog(logger, "Background WAL checkpoint", now::get);

    for (int i = 0; i < 50 * 59; i++) {
      failures.failed("[SQLITE_FULL] database or disk is full");
      now.addAndGet(TimeUnit.MILLISECONDS.toNanos(20));
    }
    assertEquals(1, lines(Level.WARN).size(), lines(Level.WARN).toString());

    now.addAndGet(TimeUnit.SECONDS.toNanos(1));
    failures.failed("[SQLITE_FULL] database or disk is full");
    List<String> warnings = lines(Level.WARN);
    assertEquals(2, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).startsWith("Background WAL checkpoint failed: [SQLITE_FULL]"));
    assertTrue(warnings.get(1).contains("still failing"), warnings.get(1));

    failures.succeeded();
    failures.succeeded();
    List<String> recovered = lines(Level.INFO);
    assertEquals(1, recovered.size(), recovered.toString());
    assertTrue(recovered.get(0).contains("works again after 2951 failures"), recovered.get(0));
  }

  @Test
  void a_checkpointer_whose_every_checkpoint_fails_logs_one_warning() throws Exception {
    SQLiteDataSource file = new SQLiteDataSource();
    file.setUrl("jdbc:sqlite:" + Files.createTempDirectory("receipts-wal").resolve("w.db"));
    Connection connection = file.getConnection();
    // a checkpointer ticking only when told, on a connection that can no longer do anything
    SQLiteDataSource handsOutThatConnection =
        new SQLiteDataSource() {
          @Override
          public Connection getConnection() {
            return connection;
          }
        };
    WalCheckpointer checkpointer =
        WalCheckpointer.start(handsOutThatConnection, TimeUnit.HOURS.toMillis(1));
    connection.close();
    try {
      for (int i = 0; i < 200; i++) {
        checkpointer.checkpointQuietly();
      }

      assertEquals(1, lines(Level.WARN).size(), lines(Level.WARN).toString());
    } finally {
      checkpointer.close();
    }
  }
}
