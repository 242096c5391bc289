package app.receipts.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.store.Database;
import app.receipts.testing.TestDatabases;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The packet request store behaves the same on SQLite and PostgreSQL. */
class PacketRequestsOnBothVendorsTest {
  private static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");
  private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  private static final LocalDate TO = LocalDate.of(2026, 6, 30);

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void a_request_key_is_recorded_once_and_finishes_with_its_status(TestDatabases.Kind kind) {
    Database database = Database.open(TestDatabases.freshUrl(kind));
    try {
      PacketRequestDao requests = database.jdbi().onDemand(PacketRequestDao.class);

      assertEquals(1, requests.requested("T1", "U1", "cmd:trig-1", FROM, TO, NOW));
      assertEquals(0, requests.requested("T1", "U1", "cmd:trig-1", FROM, TO, NOW), "redelivery");
      assertEquals(1, requests.requested("T2", "U1", "cmd:trig-1", FROM, TO, NOW), "other team");
      long id = requests.idOf("T1", "cmd:trig-1");
      assertEquals("REQUESTED", status(requests, id));

      assertEquals(1, requests.finished(id, "DELIVERED", null, NOW.plusSeconds(3)));
      assertEquals("DELIVERED", status(requests, id));
      assertEquals(1, requests.requested("T1", "U1", "cmd:trig-2", FROM, TO, NOW));
      long newest = requests.idOf("T1", "cmd:trig-2");
      assertEquals("REQUESTED", status(requests, newest), "the newest request");
      assertEquals("DELIVERED", status(requests, id), "the older one is unchanged");

      assertEquals(2, requests.forget("T1", "U1"));
      assertTrue(requests.find(id).isEmpty());
      assertTrue(requests.find(newest).isEmpty());
      assertEquals("REQUESTED", status(requests, requests.idOf("T2", "cmd:trig-1")));
    } finally {
      database.close();
    }
  }

  private static String status(PacketRequestDao requests, long id) {
    return requests.find(id).orElseThrow().status();
  }
}
