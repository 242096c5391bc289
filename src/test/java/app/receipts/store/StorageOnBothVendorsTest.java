package app.receipts.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.capture.WinDraft;
import app.receipts.capture.WinRules;
import app.receipts.capture.Wins;
import app.receipts.entries.Competency;
import app.receipts.entries.Entry;
import app.receipts.entries.EntryEvents;
import app.receipts.entries.EntryReads;
import app.receipts.entries.EntryService;
import app.receipts.people.PersonDao;
import app.receipts.testing.MutableClock;
import app.receipts.testing.TestDatabases;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The storage layer behaves the same on SQLite and PostgreSQL. */
class StorageOnBothVendorsTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

  /** Wins stored through capture's rules, read and deleted through the entries package. */
  private record Service(Wins wins, EntryReads reads, EntryService entries) {
    Entry captureWin(String teamId, String userId, WinDraft draft, LocalDate today, String key) {
      return wins.captureWin(teamId, userId, draft, today, key);
    }

    Optional<Entry> updateWin(
        String teamId, String userId, long id, WinDraft draft, LocalDate today) {
      return wins.updateWin(teamId, userId, id, draft, today);
    }

    Optional<Entry> find(String teamId, String userId, long id) {
      return reads.find(teamId, userId, id);
    }

    List<Entry> recent(String teamId, String userId, int limit, int offset) {
      return reads.recent(teamId, userId, limit, offset);
    }

    int count(String teamId, String userId) {
      return reads.count(teamId, userId);
    }

    Optional<Entry> delete(String teamId, String userId, long id) {
      return entries.delete(teamId, userId, id);
    }
  }

  private static Service entries(Database database) {
    EntryService entries =
        new EntryService(
            database, new EntryEvents(), new MutableClock(Instant.parse("2026-06-15T12:00:00Z")));
    EntryReads reads = new EntryReads(database);
    return new Service(new Wins(entries, reads, new WinRules()), reads, entries);
  }

  private static WinDraft draft(String text) {
    return new WinDraft(
        text, "impact", null, Competency.DELIVERY, List.of("https://x.example/1"), TODAY);
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void wins_round_trip_and_stay_scoped_to_their_owner(TestDatabases.Kind kind) {
    Database database = Database.open(TestDatabases.freshUrl(kind));
    try {
      Service service = entries(database);
      Entry stored =
          service.captureWin("T1", "U1", draft("Shipped 'quotes' and émoji 🚀"), TODAY, "k1");

      assertEquals(
          "Shipped 'quotes' and émoji 🚀",
          service.find("T1", "U1", stored.id()).orElseThrow().text());
      assertEquals(List.of("https://x.example/1"), stored.links());
      assertEquals(TODAY, stored.occurredOn());
      assertTrue(service.find("T1", "U2", stored.id()).isEmpty(), "another user");
      assertTrue(service.find("T2", "U1", stored.id()).isEmpty(), "another workspace");
      assertFalse(service.delete("T1", "U2", stored.id()).isPresent());
      assertEquals(1, service.count("T1", "U1"));
    } finally {
      database.close();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void a_repeated_capture_key_returns_the_first_entry(TestDatabases.Kind kind) {
    Database database = Database.open(TestDatabases.freshUrl(kind));
    try {
      Service service = entries(database);
      Entry first = service.captureWin("T1", "U1", draft("Once"), TODAY, "same-key");
      Entry second = service.captureWin("T1", "U1", draft("Once"), TODAY, "same-key");

      assertEquals(first.id(), second.id());
      assertEquals(1, service.count("T1", "U1"));
    } finally {
      database.close();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void edits_deletes_and_paging(TestDatabases.Kind kind) {
    Database database = Database.open(TestDatabases.freshUrl(kind));
    try {
      Service service = entries(database);
      for (int i = 0; i < 25; i++) {
        WinDraft dated = draft("Win " + i);
        service.captureWin(
            "T1",
            "U1",
            new WinDraft(dated.text(), null, null, null, List.of(), TODAY.minusDays(i)),
            TODAY,
            null);
      }
      List<Entry> page = service.recent("T1", "U1", 10, 10);
      assertEquals(10, page.size());
      assertEquals("Win 10", page.get(0).text());

      Entry edited =
          service.updateWin("T1", "U1", page.get(0).id(), draft("Edited"), TODAY).orElseThrow();
      assertEquals("Edited", edited.text());
      assertTrue(service.updateWin("T1", "U9", page.get(0).id(), draft("Hijack"), TODAY).isEmpty());
      assertTrue(service.delete("T1", "U1", page.get(0).id()).isPresent());
      assertEquals(24, service.count("T1", "U1"));
    } finally {
      database.close();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void people_are_recorded_once_with_their_timezone(TestDatabases.Kind kind) {
    Database database = Database.open(TestDatabases.freshUrl(kind));
    try {
      PersonDao people = database.jdbi().onDemand(PersonDao.class);
      Instant now = Instant.parse("2026-06-15T12:00:00Z");
      assertEquals(1, people.touch("T1", "U1", now));
      assertEquals(0, people.touch("T1", "U1", now.plusSeconds(5)));
      people.updateProfile("T1", "U1", "Asia/Kathmandu", 20700, false, now);

      var person = people.find("T1", "U1").orElseThrow();
      assertEquals("Asia/Kathmandu", person.tz());
      assertEquals(now, person.firstSeenAt());
      assertFalse(person.deactivated());
      people.updateProfile("T1", "U1", null, null, true, now);
      assertTrue(people.find("T1", "U1").orElseThrow().deactivated());
    } finally {
      database.close();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void health_check_query_answers(TestDatabases.Kind kind) {
    Database database = Database.open(TestDatabases.freshUrl(kind));
    try {
      assertTrue(database.storage().writable());
    } finally {
      database.close();
    }
    assertFalse(database.storage().writable());
  }
}
