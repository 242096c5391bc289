package app.receipts.playground;

import app.receipts.store.Database;
import java.util.List;

/**
 * What the warm-up's copy still held when a packet or an export had not arrived in time: the packet
 * requests by status and the jobs still scheduled (exports have only the latter), so that a slow or
 * stuck job says which it was.
 */
final class Undelivered {
  private Undelivered() {}

  static String describe(Database database) {
    try {
      return "packet requests by status "
          + rows(
              database,
              "SELECT status || ' ' || COUNT(*) || COALESCE(' (' || error || ')', '')"
                  + " FROM packet_requests GROUP BY status, error ORDER BY 1")
          + ", jobs still scheduled "
          + rows(
              database,
              "SELECT task_name || (CASE WHEN picked THEN ' running' ELSE ' waiting' END)"
                  + " FROM scheduled_tasks WHERE task_name <> 'reminder' ORDER BY 1");
    } catch (RuntimeException e) {
      // a diagnosis that fails must not turn a finished warm-up into a skipped one
      return "(its database could not say: " + e.getMessage() + ")";
    }
  }

  private static List<String> rows(Database database, String sql) {
    return database.jdbi().withHandle(handle -> handle.createQuery(sql).mapTo(String.class).list());
  }
}
