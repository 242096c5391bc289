package app.receipts.entries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.store.Database;
import app.receipts.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Many callers at once: every caller gets the id of its own committed row, and a capture key sent
 * twice in the same burst fails only its second copy, never its neighbours in the batch.
 */
class GroupCommitTest {
  private static final int CALLERS = 16;
  private static final int ROWS_EACH = 40;

  static Entry win(String userId, String text) {
    return Entry.win(
        "T1",
        userId,
        text,
        null,
        null,
        Competency.DELIVERY,
        List.of(),
        LocalDate.of(2026, 6, 15),
        Instant.parse("2026-06-15T12:00:00Z"));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void concurrent_callers_each_get_their_own_committed_row(TestDatabases.Kind kind)
      throws Exception {
    Database database = Database.open(TestDatabases.freshUrl(kind));
    ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
    try {
      GroupCommit commit = new GroupCommit(database);
      CountDownLatch start = new CountDownLatch(1);
      Map<Long, String> idToText = new ConcurrentHashMap<>();
      Set<String> refusedKeys = ConcurrentHashMap.newKeySet();
      List<Future<?>> callers = new ArrayList<>();
      for (int c = 0; c < CALLERS; c++) {
        int caller = c;
        callers.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < ROWS_EACH; i++) {
                    // every fourth row repeats a key that caller 0 also sends: a retried delivery
                    String key = i % 4 == 0 ? "shared-" + i : "k-" + caller + "-" + i;
                    String text = "win " + caller + "/" + i;
                    try {
                      // a retried delivery comes from the same person as the first one
                      String userId = i % 4 == 0 ? "U0" : "U" + caller;
                      idToText.put(commit.insert(win(userId, text), key), text);
                    } catch (EntryInserts.InsertFailedException refused) {
                      refusedKeys.add(key + "#" + caller);
                    }
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> caller : callers) {
        caller.get(60, TimeUnit.SECONDS);
      }

      int sharedKeys = ROWS_EACH / 4;
      int expectedRows = CALLERS * ROWS_EACH - (CALLERS - 1) * sharedKeys;
      assertEquals(expectedRows, idToText.size(), "one committed row per accepted caller");
      assertEquals((CALLERS - 1) * sharedKeys, refusedKeys.size(), "only repeated keys refused");
      Set<String> sharedRefused = new HashSet<>();
      refusedKeys.forEach(k -> sharedRefused.add(k.substring(0, k.indexOf('#'))));
      assertTrue(sharedRefused.stream().allMatch(k -> k.startsWith("shared-")), "" + refusedKeys);
      Map<Long, String> stored = new ConcurrentHashMap<>();
      database
          .jdbi()
          .useHandle(
              handle ->
                  handle
                      .createQuery("SELECT id, text FROM entries WHERE team_id = 'T1'")
                      .map((rs, ctx) -> Map.entry(rs.getLong("id"), rs.getString("text")))
                      .forEach(e -> stored.put(e.getKey(), e.getValue())));
      List<String> wrong =
          idToText.entrySet().stream()
              .filter(e -> !e.getValue().equals(stored.get(e.getKey())))
              .map(
                  e ->
                      "#"
                          + e.getKey()
                          + " told "
                          + e.getValue()
                          + ", holds "
                          + stored.get(e.getKey()))
              .limit(5)
              .toList();
      assertEquals(List.of(), wrong, "each caller's id points at its own text");
      assertEquals(idToText.size(), stored.size(), "no row stored that no caller was told of");
    } finally {
      pool.shutdownNow();
      database.close();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void a_refused_row_leaves_no_transaction_open(TestDatabases.Kind kind) throws Exception {
    String url = TestDatabases.freshUrl(kind);
    Database database = Database.open(url);
    try {
      GroupCommit commit = new GroupCommit(database);
      commit.insert(win("U1", "first"), "key-1");
      assertThrows(
          EntryInserts.InsertFailedException.class,
          () -> commit.insert(win("U1", "retried"), "key-1"));
      commit.insert(win("U1", "after"), "key-2");

      // another connection sees both rows committed and can write: nothing was left mid-way
      try (Connection other = DriverManager.getConnection(url);
          Statement statement = other.createStatement()) {
        try (ResultSet rows =
            statement.executeQuery("SELECT text FROM entries WHERE team_id = 'T1' ORDER BY id")) {
          List<String> texts = new ArrayList<>();
          while (rows.next()) {
            texts.add(rows.getString(1));
          }
          assertEquals(List.of("first", "after"), texts);
        }
        statement.executeUpdate("UPDATE entries SET note = 'checked' WHERE team_id = 'T1'");
      }
    } finally {
      database.close();
    }
  }
}
