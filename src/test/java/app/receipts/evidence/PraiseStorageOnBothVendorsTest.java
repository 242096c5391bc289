package app.receipts.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.entries.Competency;
import app.receipts.entries.Entry;
import app.receipts.entries.EntryEvents;
import app.receipts.entries.EntryService;
import app.receipts.store.Database;
import app.receipts.testing.MutableClock;
import app.receipts.testing.TestDatabases;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Praise drafts and kept praise behave the same on SQLite and PostgreSQL. */
class PraiseStorageOnBothVendorsTest {
  private static final LocalDate DAY = LocalDate.of(2026, 6, 15);
  private final MutableClock clock = new MutableClock(Instant.parse("2026-06-15T12:00:00Z"));
  private Database database;

  @AfterEach
  void stop() {
    database.close();
  }

  private PraiseService praise(TestDatabases.Kind kind) {
    database = Database.open(TestDatabases.freshUrl(kind));
    return new PraiseService(
        database.jdbi(), new EntryService(database, new EntryEvents(), clock).praise(), clock);
  }

  private PraiseDraft draft(PraiseService praise, String saver, String ts) {
    return praise.draft("T1", saver, "C1", ts, "UBOSS", "Great launch — ünïcode 🚀", null);
  }

  private int rows(String sql) {
    return database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void drafts_belong_to_their_saver_and_expire_after_a_day(TestDatabases.Kind kind) {
    PraiseService praise = praise(kind);
    PraiseDraft draft = draft(praise, "U1", "1.1");

    assertEquals(draft, praise.draft(draft.id(), "T1", "U1").orElseThrow());
    assertTrue(praise.draft(draft.id(), "T1", "U2").isEmpty(), "another saver");
    assertTrue(praise.draft(draft.id(), "T2", "U1").isEmpty(), "another workspace");

    clock.advance(Duration.ofDays(1).plusMinutes(1));
    PraiseDraft later = draft(praise, "U1", "1.2");
    assertTrue(praise.draft(draft.id(), "T1", "U1").isEmpty(), "pruned");
    assertEquals(1, rows("SELECT COUNT(*) FROM praise_drafts"));
    assertEquals(1, praise.forgetDrafts("T1", "U1"));
    assertTrue(praise.draft(later.id(), "T1", "U1").isEmpty());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void a_message_is_kept_once_per_person_and_a_second_save_updates_the_note(
      TestDatabases.Kind kind) {
    PraiseService praise = praise(kind);

    PraiseService.Saved first =
        praise.save(draft(praise, "U1", "1.1"), "U1", Competency.DELIVERY, "first", DAY);
    PraiseService.Saved second =
        praise.save(draft(praise, "U1", "1.1"), "U1", Competency.COLLABORATION, "second", DAY);

    assertEquals(PraiseService.Outcome.KEPT, first.outcome());
    assertEquals(Entry.Status.KEPT, first.entry().status());
    assertEquals("Great launch — ünïcode 🚀", first.entry().text());
    assertEquals(PraiseService.Outcome.NOTE_UPDATED, second.outcome());
    assertEquals(first.entry().id(), second.entry().id());
    assertEquals("second", second.entry().note());
    assertEquals(Competency.COLLABORATION, second.entry().competency());
    assertEquals(1, rows("SELECT COUNT(*) FROM entries"));
    assertEquals(0, rows("SELECT COUNT(*) FROM praise_drafts"), "spent drafts are deleted");
    assertThrows(
        UnableToExecuteStatementException.class,
        () ->
            database
                .jdbi()
                .useHandle(
                    h ->
                        h.execute(
                            "INSERT INTO entries (team_id, user_id, kind, status, text,"
                                + " competency, links, occurred_on, channel_id, message_ts,"
                                + " created_at, updated_at) VALUES ('T1', 'U1', 'PRAISE', 'KEPT',"
                                + " 'again', 'delivery', '', '2026-06-15', 'C1', '1.1', 0, 0)")),
        "entries_praise_once");
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void praise_saved_for_someone_else_waits_for_them_to_keep_or_discard_it(TestDatabases.Kind kind) {
    PraiseService praise = praise(kind);

    PraiseService.Saved held =
        praise.save(draft(praise, "USAVER", "2.1"), "UOWNER", Competency.DELIVERY, null, DAY);
    PraiseService.Saved again =
        praise.save(draft(praise, "UOTHER", "2.1"), "UOWNER", Competency.DELIVERY, "x", DAY);
    PraiseService.Saved discarded =
        praise.save(draft(praise, "USAVER", "2.2"), "UOWNER", Competency.DELIVERY, null, DAY);

    assertEquals(PraiseService.Outcome.HELD_FOR_OWNER, held.outcome());
    assertEquals(Entry.Status.PENDING, held.entry().status());
    assertEquals("USAVER", held.entry().savedBy());
    assertEquals(PraiseService.Outcome.ALREADY_WITH_OWNER, again.outcome());
    assertTrue(praise.keep("T1", "USAVER", held.entry().id()).isEmpty(), "not the saver's");
    assertEquals(
        Entry.Status.KEPT, praise.keep("T1", "UOWNER", held.entry().id()).orElseThrow().status());
    assertTrue(praise.keep("T1", "UOWNER", held.entry().id()).isEmpty(), "kept once");
    assertFalse(praise.discard("T1", "UOWNER", held.entry().id()), "kept praise stays");
    assertTrue(praise.discard("T1", "UOWNER", discarded.entry().id()));
    praise.setPermalink(held.entry(), "https://x.slack.com/archives/C1/p21");
    assertEquals(
        1,
        rows(
            "SELECT COUNT(*) FROM entries WHERE permalink = 'https://x.slack.com/archives/C1/p21'"));
    assertEquals(1, rows("SELECT COUNT(*) FROM entries"));
  }
}
