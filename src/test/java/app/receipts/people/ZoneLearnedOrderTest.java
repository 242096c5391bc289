package app.receipts.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.receipts.slack.SlackClients;
import app.receipts.store.Database;
import app.receipts.testing.FakeSlack;
import app.receipts.testing.TestDatabases;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What waits on a newcomer's timezone (their UTC-dated wins moving to their own date) runs before
 * any request can read the zone, and once more after: a packet for "this year" asked in between
 * once ended on their today while their first win still sat on the UTC date after it ("No entries
 * between Jan 1 and Dec 3; your first is Dec 4").
 */
class ZoneLearnedOrderTest {
  private final FakeSlack slack = new FakeSlack();
  private final Database database = Database.open(TestDatabases.freshSqliteUrl());

  @AfterEach
  void close() {
    database.close();
    slack.close();
  }

  @Test
  void listeners_hear_of_the_zone_before_requests_can_read_it_and_again_after() {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(slack.apiUrl());
    People people =
        new People(
            database.jdbi().onDemand(PersonDao.class),
            new SlackClients(Slack.getInstance(config), "xoxb-test"),
            Clock.systemUTC(),
            Runnable::run,
            Duration.ZERO);
    slack.userTimezone("UNEW", "America/Los_Angeles");
    List<String> heard = new ArrayList<>();
    people.onZoneLearned(
        (team, user, zone) -> heard.add(zone + " while requests read " + people.zone(team, user)));
    people.refreshProfile("T1", "UNEW");

    ZoneId la = ZoneId.of("America/Los_Angeles");
    assertEquals(
        List.of(la + " while requests read " + ZoneOffset.UTC, la + " while requests read " + la),
        heard);

    people.refreshProfile("T1", "UNEW");
    assertEquals(2, heard.size(), "a zone already known is not learned again");
  }
}
