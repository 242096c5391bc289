package app.receipts.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.store.Database;
import app.receipts.testing.Eventually;
import app.receipts.testing.TestDatabases;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A burst of newcomers: only as many requests wait for a timezone lookup as lookups run at once;
 * the rest are answered at once (with a guessed date, re-dated when the zone arrives).
 */
class NewcomerBurstTest {
  /** Lookups that never start until the test lets them: Slack as slow as it gets. */
  private final Queue<Runnable> held = new ConcurrentLinkedQueue<>();

  private final Executor stalled = held::add;
  private final Database database = Database.open(TestDatabases.freshSqliteUrl());

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void newcomers_beyond_the_lookups_running_at_once_do_not_wait_for_theirs() throws Exception {
    People people =
        new People(
            database.jdbi().onDemand(PersonDao.class),
            null,
            Clock.systemUTC(),
            stalled,
            Duration.ofMinutes(5));
    List<CompletableFuture<Void>> waiting = new ArrayList<>();
    for (int i = 0; i < People.WAITING_FOR_LOOKUPS; i++) {
      String user = "UWAIT" + i;
      waiting.add(CompletableFuture.runAsync(() -> people.seen("T1", user)));
    }
    // every one of those holds a turn to wait, as its lookup is queued
    Eventually.await(
        "every waiting newcomer's lookup queued",
        () -> held.size() >= People.WAITING_FOR_LOOKUPS,
        Duration.ofSeconds(30));

    CompletableFuture<Void> beyond = CompletableFuture.runAsync(() -> people.seen("T1", "ULATE"));

    beyond.get(30, TimeUnit.SECONDS);
    assertEquals(People.WAITING_FOR_LOOKUPS + 1, held.size(), "its lookup is still queued");
    assertTrue(waiting.stream().noneMatch(CompletableFuture::isDone), "the first ones still wait");

    // the lookups run (and fail without a Slack): the waiting requests go on
    held.forEach(
        lookup -> {
          try {
            lookup.run();
          } catch (RuntimeException noSlack) {
            // no Slack in this test: the lookup fails, and the request stops waiting for it
          }
        });
    CompletableFuture.allOf(waiting.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
  }
}
