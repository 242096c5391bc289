package app.receipts.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
      assertEquals("REQUESTED", requests.lastStatus("T1", "U1"));

      assertEquals(1, requests.finished(id, "DELIVERED", null, NOW.plusSeconds(3)));
      assertEquals("DELIVERED", requests.lastStatus("T1", "U1"));
      assertEquals(1, requests.requested("T1", "U1", "cmd:trig-2", FROM, TO, NOW));
      assertEquals("REQUESTED", requests.lastStatus("T1", "U1"), "the newest request");

      assertEquals(2, requests.forget("T1", "U1"));
      assertNull(requests.lastStatus("T1", "U1"));
      assertEquals("REQUESTED", requests.lastStatus("T2", "U1"));
    } finally {
      database.close();
    }
  }
}
