package app.receipts.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.TestDatabases;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The two vendor folders under db/ build the same schema: a fresh SQLite file and a fresh
 * PostgreSQL database, migrated to the latest version by the app's own {@link Database#open}, have
 * the same tables, and each table the same columns (name, nullability, type family), primary key
 * and indexes. Any difference fails, unless {@link #ALLOWED} names it with why it is deliberate.
 */
class MigrationParityTest {
  /**
   * Differences that are deliberate and harmless, by the key {@link SchemaSnapshot#differences}
   * reports them under ("table", "table.column", "table.primary key", "table.index name") and why.
   * Empty: the vendors agree on everything compared. An entry that no longer matches a difference
   * fails too, so the list cannot outlive the reason for it.
   */
  private static final Map<String, String> ALLOWED = Map.of();

  @Test
  void both_vendors_migrate_to_the_same_tables_and_columns() throws SQLException {
    Map<String, SchemaSnapshot.Table> sqlite = schema(TestDatabases.freshSqliteUrl(), null);
    Map<String, SchemaSnapshot.Table> postgres = schema(TestDatabases.freshPostgresUrl(), "public");
    // a snapshot that read nothing would agree with anything
    assertTrue(
        sqlite.keySet().containsAll(Set.of("entries", "people", "scheduled_tasks")),
        "SQLite tables read: " + sqlite.keySet());
    assertTrue(sqlite.get("entries").columns().size() > 10, "entries columns read on SQLite");

    Map<String, String> found = SchemaSnapshot.differences(sqlite, postgres);
    List<String> unexplained = new ArrayList<>();
    found.forEach(
        (key, what) -> {
          if (!ALLOWED.containsKey(key)) {
            unexplained.add(key + ": " + what);
          }
        });
    assertEquals(List.of(), unexplained, "the vendors' migrations have drifted");
    Set<String> stale = new TreeSet<>(ALLOWED.keySet());
    stale.removeAll(found.keySet());
    assertEquals(Set.of(), stale, "allowed differences that no longer exist");
  }

  @Test
  void the_comparison_sees_the_drift_that_v17_removed() throws SQLException {
    // the schemas just before V17: the test must tell them apart, or its passing says nothing
    Map<String, String> found =
        SchemaSnapshot.differences(
            schemaAt(TestDatabases.freshSqliteUrl(), "sqlite", null),
            schemaAt(TestDatabases.freshPostgresUrl(), "postgresql", "public"));
    assertEquals(
        Set.of("scheduled_tasks.state", "scheduled_tasks.picked", "scheduled_tasks.version"),
        found.keySet(),
        found.toString());
    assertTrue(found.get("scheduled_tasks.state").contains("only on postgresql"), found.toString());
    assertTrue(found.get("scheduled_tasks.picked").contains("bit"), found.toString());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void tasks_scheduled_before_v17_are_still_due_after_it(TestDatabases.Kind kind)
      throws SQLException {
    String url = TestDatabases.freshUrl(kind);
    String folder = kind == TestDatabases.Kind.SQLITE ? "sqlite" : "postgresql";
    OneTimeTask<String> task = Tasks.oneTime("upgrade-probe", String.class).execute((i, c) -> {});
    Instant due = Instant.parse("2026-12-04T15:00:00Z");
    try (HikariDataSource dataSource = pool(url)) {
      flyway(dataSource, folder).target("16").load().migrate();
      SchedulerClient.Builder.create(dataSource, task)
          .build()
          .scheduleIfNotExists(task.instance("T0001|U1", "packet for U1"), due);

      flyway(dataSource, folder).load().migrate();

      var executions =
          SchedulerClient.Builder.create(dataSource, task).build().getScheduledExecutions();
      assertEquals(1, executions.size());
      var execution = executions.get(0);
      assertEquals("T0001|U1", execution.getTaskInstance().getId());
      assertEquals(due, execution.getExecutionTime());
      assertEquals("packet for U1", execution.getData());
      assertFalse(execution.isPicked());
    }
  }

  @Test
  void a_sqlite_task_row_without_picked_or_version_survives_v17() throws SQLException {
    String url = TestDatabases.freshSqliteUrl();
    try (HikariDataSource dataSource = pool(url)) {
      flyway(dataSource, "sqlite").target("16").load().migrate();
      try (Connection c = dataSource.getConnection();
          Statement s = c.createStatement()) {
        s.execute(
            "INSERT INTO scheduled_tasks (task_name, task_instance, execution_time)"
                + " VALUES ('reminder', 'T0001|U1|slot', 0)");
      }
      flyway(dataSource, "sqlite").load().migrate();
      try (Connection c = dataSource.getConnection();
          Statement s = c.createStatement();
          ResultSet row = s.executeQuery("SELECT picked, version FROM scheduled_tasks")) {
        assertTrue(row.next());
        assertFalse(row.getBoolean("picked"));
        assertEquals(1, row.getLong("version"));
      }
    }
  }

  /** The schema the app's own start-up migrates to. */
  private static Map<String, SchemaSnapshot.Table> schema(String url, String schema)
      throws SQLException {
    Database database = Database.open(url);
    try (Connection connection = database.dataSource().getConnection()) {
      return SchemaSnapshot.read(connection.getMetaData(), schema);
    } finally {
      database.close();
    }
  }

  private static Map<String, SchemaSnapshot.Table> schemaAt(
      String url, String folder, String schema) throws SQLException {
    try (HikariDataSource dataSource = pool(url)) {
      flyway(dataSource, folder).target("16").load().migrate();
      try (Connection connection = dataSource.getConnection()) {
        return SchemaSnapshot.read(connection.getMetaData(), schema);
      }
    }
  }

  private static HikariDataSource pool(String url) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(4); // Flyway on PostgreSQL holds a second connection for its lock
    return new HikariDataSource(config);
  }

  private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(
      HikariDataSource dataSource, String folder) {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/" + folder)
        .failOnMissingLocations(true);
  }
}
