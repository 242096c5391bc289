package app.receipts.entries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.rules.Metric;
import app.receipts.store.Database;
import app.receipts.testing.TestDatabases;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A win's metrics as rows: committed with the win or not at all, rewritten with its line, gone with
 * it, and read in bulk for one person and period.
 */
class MetricRowsTest {
  private static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");
  private static final LocalDate JUNE_15 = LocalDate.of(2026, 6, 15);
  private static final Metric ERROR_RATE =
      new Metric(
          "error rate",
          2.3,
          0.4,
          null,
          null,
          Metric.Dimension.PERCENT,
          "%",
          Metric.Direction.BETTER,
          null,
          null);
  private static final Metric AWS_BILL =
      new Metric(
          "AWS bill",
          null,
          null,
          -14_000.0,
          null,
          Metric.Dimension.MONEY,
          "USD",
          Metric.Direction.BETTER,
          Metric.Period.MONTH,
          null);
  private static final Metric UNDER_TEN_MINUTES =
      new Metric(
          "deploy",
          null,
          null,
          null,
          600.0,
          Metric.Dimension.DURATION,
          "min",
          Metric.Direction.NONE,
          null,
          Metric.Bound.UNDER);

  private Database database;
  private EntryService entries;
  private EntryReads reads;

  private void open(TestDatabases.Kind kind) {
    open(TestDatabases.migratedUrl(kind));
  }

  private void open(String url) {
    database = Database.open(url);
    entries = new EntryService(database, new EntryEvents(), Clock.fixed(NOW, ZoneOffset.UTC));
    reads = new EntryReads(database);
  }

  @AfterEach
  void close() {
    if (database != null) {
      database.close();
    }
  }

  private static Entry win(String userId, String metric, LocalDate day) {
    return Entry.win(
        "T1", userId, "Cut the error rate", null, metric, Competency.DELIVERY, List.of(), day, NOW);
  }

  private int rows(String sql) {
    return database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void metrics_commit_with_the_win_and_read_back_in_bulk_for_a_person_and_period(
      TestDatabases.Kind kind) {
    open(kind);
    Entry both = entries.insertWin(win("U1", "two", JUNE_15), List.of(ERROR_RATE, AWS_BILL), "k1");
    Entry bound =
        entries.insertWin(
            win("U1", "bound", JUNE_15.minusDays(3)), List.of(UNDER_TEN_MINUTES), "k2");
    entries.insertWin(win("U1", "old", JUNE_15.minusYears(1)), List.of(AWS_BILL), "k3");
    entries.insertWin(win("U1", null, JUNE_15), List.of(), "k4");
    Entry theirs = entries.insertWin(win("U2", "theirs", JUNE_15), List.of(ERROR_RATE), "k5");

    Map<Long, List<Metric>> read =
        reads.metricsBetween("T1", "U1", JUNE_15.minusMonths(1), JUNE_15);

    assertEquals(
        Map.of(both.id(), List.of(ERROR_RATE, AWS_BILL), bound.id(), List.of(UNDER_TEN_MINUTES)),
        read);
    assertEquals(List.of(ERROR_RATE), reads.metrics("T1", "U2", theirs.id()));
    assertEquals(List.of(), reads.metrics("T1", "U2", both.id()), "nobody reads another's rows");
    assertEquals(5, rows("SELECT COUNT(*) FROM entry_metrics"));
  }

  @Test
  void a_win_whose_metric_rows_fail_to_store_is_not_stored_either() throws Exception {
    String url = TestDatabases.migratedUrl(TestDatabases.Kind.SQLITE);
    open(url);
    database
        .jdbi()
        .useHandle(
            h ->
                h.execute(
                    "CREATE TRIGGER refuse_metrics BEFORE INSERT ON entry_metrics"
                        + " BEGIN SELECT RAISE(ABORT, 'disk says no'); END"));

    assertThrows(
        RuntimeException.class,
        () -> entries.insertWin(win("U1", "two", JUNE_15), List.of(ERROR_RATE), "k1"));

    assertEquals(0, rows("SELECT COUNT(*) FROM entries"), "no win without its rows");
    Entry plain = entries.insertWin(win("U1", null, JUNE_15), List.of(), "k2");
    assertEquals(1, rows("SELECT COUNT(*) FROM entries WHERE id = " + plain.id()));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void an_update_rewrites_the_rows_and_stores_corrections_and_a_delete_takes_both(
      TestDatabases.Kind kind) {
    open(kind);
    Entry stored =
        entries.insertWin(win("U1", "two", JUNE_15), List.of(ERROR_RATE, AWS_BILL), "k1");
    RuleCorrection fixed =
        new RuleCorrection(RuleCorrection.Kind.METRIC, "cut error rate", "two", "one");

    entries.update(
        stored.toBuilder().metric("one").build(), List.of(UNDER_TEN_MINUTES), List.of(fixed));
    assertEquals(List.of(UNDER_TEN_MINUTES), reads.metrics("T1", "U1", stored.id()));
    assertEquals(List.of(fixed), reads.corrections("T1", "U1"));
    assertEquals(List.of(), reads.corrections("T1", "U2"));

    entries.update(stored.toBuilder().metric("one").impact("more").build());
    assertEquals(List.of(UNDER_TEN_MINUTES), reads.metrics("T1", "U1", stored.id()), "kept");

    entries.delete("T1", "U1", stored.id());
    assertEquals(0, rows("SELECT COUNT(*) FROM entry_metrics"));
    assertEquals(0, rows("SELECT COUNT(*) FROM rule_corrections"));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void someone_elses_update_stores_neither_rows_nor_corrections(TestDatabases.Kind kind) {
    open(kind);
    Entry stored = entries.insertWin(win("U1", "two", JUNE_15), List.of(ERROR_RATE), "k1");
    Entry forged = stored.toBuilder().build();
    Entry asU2 =
        Entry.builder("T1", "U2", Entry.Kind.WIN, NOW)
            .id(forged.id())
            .text("mine now")
            .metric("x")
            .competency(Competency.DELIVERY)
            .occurredOn(JUNE_15)
            .build();

    assertTrue(
        entries
            .update(
                asU2,
                List.of(AWS_BILL),
                List.of(new RuleCorrection(RuleCorrection.Kind.METRIC, "w", "two", "x")))
            .isEmpty());

    assertEquals(List.of(ERROR_RATE), reads.metrics("T1", "U1", stored.id()));
    assertEquals(0, rows("SELECT COUNT(*) FROM rule_corrections"));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void forget_me_takes_the_rows_and_corrections_of_that_person_only(TestDatabases.Kind kind) {
    open(kind);
    Entry mine = entries.insertWin(win("U1", "two", JUNE_15), List.of(ERROR_RATE), "k1");
    entries.insertWin(win("U2", "theirs", JUNE_15), List.of(AWS_BILL), "k2");
    entries.update(
        mine.toBuilder().competency(Competency.COLLABORATION).build(),
        null,
        List.of(
            new RuleCorrection(
                RuleCorrection.Kind.COMPETENCY, "cut error rate", "delivery", "collaboration")));

    entries.forget("T1", "U1");

    assertEquals(1, rows("SELECT COUNT(*) FROM entry_metrics"));
    assertEquals(0, rows("SELECT COUNT(*) FROM rule_corrections"));
  }

  /**
   * No backfill: a line stored before V18 was read by the old extractor (subjects dropped, "−65%")
   * or typed by the person; rows read from it now would sum numbers nobody checked.
   */
  @Test
  void a_win_stored_before_v18_keeps_its_line_and_has_no_rows() throws Exception {
    String url = TestDatabases.freshSqliteUrl();
    Flyway flyway =
        Flyway.configure()
            .dataSource(url, null, null)
            .locations("classpath:db/sqlite")
            .target("17")
            .load();
    flyway.migrate();
    try (Connection c = flyway.getConfiguration().getDataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO entries (team_id, user_id, kind, status, text, metric, competency, links,"
              + " occurred_on, created_at, updated_at) VALUES ('T1', 'U1', 'WIN', 'KEPT',"
              + " 'Cut read load by 65%', '−65%', 'delivery', '', '2026-06-01', 0, 0)");
    }

    open(url);

    Entry old = reads.all("T1", "U1").get(0);
    assertEquals("−65%", old.metric());
    assertEquals(Map.of(), reads.metricsBetween("T1", "U1", JUNE_15.minusYears(1), JUNE_15));
    assertEquals(0, rows("SELECT COUNT(*) FROM entry_metrics"));
    assertEquals(List.of(), reads.metrics("T1", "U1", old.id()));
  }
}
