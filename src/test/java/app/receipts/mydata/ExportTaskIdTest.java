package app.receipts.mydata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Export task ids are built, read back and matched in one place. */
class ExportTaskIdTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "T0001|U1|13345224609.738474920.8088930838d88f008e0",
        "T0001|U1|action:13345224609.738474920.8088930838d88f008e0",
        "T0001|U1|0b6f6a1e-7c1d-4c55-9d8e-3f1c2b7a9e10",
      })
  void every_id_stored_today_reads_back_as_the_same_id(String stored) {
    ExportTaskId id = ExportTaskId.parse(stored);

    assertEquals("T0001", id.teamId());
    assertEquals("U1", id.userId());
    assertEquals(stored, id.value());
    assertEquals(id, ExportTaskId.parse(id.value()));
  }

  @Test
  void an_export_asked_for_by_a_slack_request_is_named_by_it_and_one_without_by_a_fresh_id() {
    assertEquals("T1|U1|Tr1", ExportTaskId.of("T1", "U1", "Tr1").value());
    assertEquals("T1|U1|action:Tr1", ExportTaskId.of("T1", "U1", "action:Tr1").value());

    ExportTaskId mine = ExportTaskId.of("T1", "U1", null);
    assertTrue(mine.request().matches("[0-9a-f-]{36}"), mine.request());
    assertEquals(mine, ExportTaskId.parse(mine.value()));
    assertNotEquals(mine, ExportTaskId.of("T1", "U1", null));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "T1", "T1|U1", "T1|U1|", "T1||Tr1", "|U1|Tr1", "T%|U1|Tr1"})
  void anything_that_is_not_an_export_task_id_is_refused(String value) {
    assertThrows(IllegalArgumentException.class, () -> ExportTaskId.parse(value));
  }

  @Test
  void ids_cannot_be_built_from_parts_that_would_read_back_differently_or_match_others() {
    assertThrows(IllegalArgumentException.class, () -> new ExportTaskId("T1|X", "U1", "Tr1"));
    assertThrows(IllegalArgumentException.class, () -> new ExportTaskId("T1", "U_", "Tr1"));
    assertThrows(IllegalArgumentException.class, () -> ExportTaskId.likePerson("T1", "%"));
    assertThrows(IllegalArgumentException.class, () -> ExportTaskId.likeTeam("T1|"));
  }

  @Test
  void the_patterns_match_every_export_of_one_person_and_one_team_and_no_other() {
    for (String mine : new String[] {"T1|U1|Tr1", "T1|U1|action:Tr2"}) {
      assertTrue(like(mine, ExportTaskId.likePerson("T1", "U1")), mine);
      assertTrue(like(mine, ExportTaskId.likeTeam("T1")), mine);
    }
    assertTrue(like("T1|U2|Tr1", ExportTaskId.likeTeam("T1")));
    for (String theirs : new String[] {"T1|U10|Tr1", "T1|U2|Tr1", "T2|U1|Tr1", "T10|U1|Tr1"}) {
      assertFalse(like(theirs, ExportTaskId.likePerson("T1", "U1")), theirs);
    }
    assertFalse(like("T10|U1|Tr1", ExportTaskId.likeTeam("T1")));
    assertFalse(like("weekly|T1|U1", ExportTaskId.likeTeam("T1")));
  }

  /** SQL LIKE with % only, which is all the patterns use. */
  private static boolean like(String value, String pattern) {
    return value.matches(("\\Q" + pattern + "\\E").replace("%", "\\E.*\\Q").replace("\\Q\\E", ""));
  }
}
