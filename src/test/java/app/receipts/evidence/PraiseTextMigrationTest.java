package app.receipts.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.receipts.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** V15: praise stored with entities decoded gets back the &amp; Slack sent; wins stay as typed. */
class PraiseTextMigrationTest {
  private static final String INSERT =
      "INSERT INTO entries (team_id, user_id, kind, status, text, competency, links, occurred_on,"
          + " author_user_id, channel_id, message_ts, permalink, saved_by, created_at, updated_at)"
          + " VALUES ('T0001', 'U1', '%s', 'KEPT', '%s', 'delivery', '', '2026-05-02', %s, %s,"
          + " %s, NULL, 'U1', 0, 0)";

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void old_praise_gets_its_ampersands_back_and_wins_are_untouched(TestDatabases.Kind kind)
      throws Exception {
    String url = TestDatabases.freshUrl(kind);
    String folder = kind == TestDatabases.Kind.SQLITE ? "sqlite" : "postgresql";
    Flyway.configure()
        .dataSource(url, null, null)
        .locations("classpath:db/" + folder)
        .target("14")
        .load()
        .migrate();
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute(
          INSERT.formatted(
              "PRAISE", "R&D thanks <@U0JUN> for the <fast> fix", "'U9'", "'C1'", "'1.1'"));
      s.execute(INSERT.formatted("WIN", "Cut R&D costs", "NULL", "NULL", "NULL"));
    }
    Flyway.configure()
        .dataSource(url, null, null)
        .locations("classpath:db/" + folder)
        .load()
        .migrate();
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("SELECT kind, text FROM entries ORDER BY id")) {
      rows.next();
      assertEquals("R&amp;D thanks <@U0JUN> for the <fast> fix", rows.getString("text"));
      rows.next();
      assertEquals("Cut R&D costs", rows.getString("text"));
    }
  }
}
